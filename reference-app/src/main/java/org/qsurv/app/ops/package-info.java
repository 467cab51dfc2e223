/**
 * What an operator needs from the running application: its log events (the access log and the
 * security and decision events of {@link org.qsurv.app.ops.AuditLog}), their format
 * ({@link org.qsurv.app.ops.Logging}), and the health check a load balancer polls
 * ({@link org.qsurv.app.ops.HealthCheck}). Logging lives here, in the application, and never in
 * the libraries; the web layer calls these small methods rather than a logger, so that what is
 * logged (and what is never logged: passwords, query values, display names) is decided in one
 * place.
 */
package org.qsurv.app.ops;
