package org.qsurv.app.web.security;

/**
 * The paths the security layer itself names (sign-in, sign-out, single sign-on) and where a user
 * lands after signing in. The routes of the application, with their roles and pages, are declared
 * once in {@code org.qsurv.app.web.WebRoutes}.
 */
public final class QsurvRoutes {
  /** The sign-in page and form. */
  public static final String SIGN_IN = "/sign-in";
  /** The sign-out form's action. */
  public static final String SIGN_OUT = "/sign-out";
  /** Where single sign-on starts (only when it is configured). */
  public static final String OIDC_START = "/auth/oidc/start";
  /** Where the identity provider sends the browser back (only when it is configured). */
  public static final String OIDC_CALLBACK = "/auth/oidc/callback";

  private QsurvRoutes() {}

  /**
   * Where a user lands after signing in: the system overview, or for a provider user (who may not
   * see it) their own provider's page.
   */
  public static String landingPath(CurrentUser user) {
    return user.isProviderUser() ? "/providers/" + user.organisation().value() : "/";
  }
}
