/**
 * The web application: Javalin on Jetty with a hardened entry point
 * ({@link org.qsurv.app.web.WebServer}, {@link org.qsurv.app.web.ServerLimits}), the pages a
 * quality team uses, each answering one question (overview, provider, risk register, escalation,
 * tracker, quality report, audit, import), wired by {@link org.qsurv.app.web.WebApplication}
 * behind the security filter of {@code web.security}.
 *
 * <p>A page is an ordinary Javalin handler, a method of one of the {@code *Pages} classes, and a
 * jte template of {@code src/main/jte}; its route is declared once, with its roles, in {@link
 * org.qsurv.app.web.WebRoutes}. By the time it runs, the security filter has decided the route,
 * the role and the provider scope, and read and CSRF-checked the form; {@code Pages} reads what it
 * established and answers in the layout:
 *
 * <pre>{@code
 * void visits(Context ctx) {
 *   OrganisationCode code = Pages.provider(ctx);
 *   Pages.render(ctx, "Visits", Section.PROVIDERS, "provider/visits.jte",
 *       Map.of("visits", ports.visits().visits(code)));
 * }
 * // in WebRoutes: on(GET, "/providers/{provider}/visits", Scope.PROVIDER, EVERYONE,
 * //     p -> p.provider()::visits),
 * }</pre>
 */
package org.qsurv.app.web;
