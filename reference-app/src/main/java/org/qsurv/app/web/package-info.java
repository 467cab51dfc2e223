/**
 * The web application: Javalin on Jetty with a hardened entry point
 * ({@link org.qsurv.app.web.WebServer}, {@link org.qsurv.app.web.ServerLimits}), the pages a quality team uses, each answering one
 * question (overview, provider, risk register, escalation, tracker, quality report, audit,
 * import), wired by {@link org.qsurv.app.web.WebApplication} behind the security filter of
 * {@code web.security}.
 */
package org.qsurv.app.web;
