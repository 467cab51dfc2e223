/**
 * The web application's safety: who may sign in and how ({@link
 * org.qsurv.app.web.security.PasswordHasher}, {@link org.qsurv.app.web.security.SignIn}, {@link
 * org.qsurv.app.web.security.LoginThrottle}), sessions and their cookie ({@link
 * org.qsurv.app.web.security.Sessions}), cross-site request forgery ({@link
 * org.qsurv.app.web.security.Csrf}), and who may use which route, by role and organisation ({@link
 * org.qsurv.app.web.security.QsurvRoutes}, {@link org.qsurv.app.web.security.RouteTable}, {@link
 * org.qsurv.app.web.security.Visibility}). Roles are those of SNAPSHOT.md {@code role}; a
 * provider's users see only their own provider and never sensitive soft intelligence (a local
 * choice). The rules follow OWASP's cheat sheets on password storage, session management, CSRF
 * prevention and authentication; time comes from an injected {@link java.time.Clock}.
 */
package org.qsurv.app.web.security;
