package org.qsurv.app.web.security;

/**
 * Whose data a route touches, which decides the organisation check made after the role check
 * ({@link RouteTable}).
 */
public enum Scope {
  /** No data at all: anyone may use it, signed in or not (the sign-in page, static files). */
  PUBLIC,
  /** Only the signed-in user's own session (signing out). */
  USER,
  /**
   * Data about every provider (the overview, the risk register, reports). A {@link
   * org.qsurv.model.surveillance.Role#PROVIDER} user may never be given such a route: the route
   * table refuses to be built with one.
   */
  SYSTEM,
  /**
   * Data about the one provider named by the path variable {@code {provider}}: a provider user may
   * use it only for their own organisation.
   */
  PROVIDER
}
