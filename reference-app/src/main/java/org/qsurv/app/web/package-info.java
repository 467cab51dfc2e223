/**
 * The web server's wiring: the JDK's {@code com.sun.net.httpserver.HttpServer} on a loopback
 * address, with one handler per route. Part 1 of the reference application has one page, the
 * overview of what the database holds; the web application (issue 6) adds its pages as further
 * routes in {@link org.qsurv.app.web.ReferencePages}.
 */
package org.qsurv.app.web;
