/**
 * The web application: the JDK's {@code com.sun.net.httpserver.HttpServer} on a loopback address
 * ({@link org.qsurv.app.web.WebServer}), the pages a quality team uses, each answering one
 * question (overview, provider, risk register, escalation, tracker, quality report, audit,
 * import), wired by {@link org.qsurv.app.web.WebApplication} behind the security filter of
 * {@code web.security}.
 */
package org.qsurv.app.web;
