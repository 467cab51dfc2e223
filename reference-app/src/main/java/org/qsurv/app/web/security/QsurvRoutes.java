package org.qsurv.app.web.security;

import static org.qsurv.app.web.security.HttpMethod.GET;
import static org.qsurv.app.web.security.HttpMethod.POST;
import static org.qsurv.model.surveillance.Role.ICB_DIRECTOR;
import static org.qsurv.model.surveillance.Role.ICB_QUALITY_LEAD;
import static org.qsurv.model.surveillance.Role.NHSE_REGION;
import static org.qsurv.model.surveillance.Role.PROVIDER;
import static org.qsurv.model.surveillance.Role.VIEWER;

import org.qsurv.model.surveillance.Role;

/**
 * The reference application's route table: every page and form of the web application, and who
 * may use it. This is the one place to read (and change) who may do what; everything not listed
 * is refused.
 *
 * <p>Who may read: commissioner and NHS England users ({@code ICB_QUALITY_LEAD}, {@code
 * ICB_DIRECTOR}, {@code NHSE_REGION}, {@code VIEWER}) see every provider and the system-wide
 * pages; a {@code PROVIDER} user sees only their own provider's page and case. Who may write:
 * escalation decisions are taken by the roles SNAPSHOT.md's decision table names ({@code
 * ICB_DIRECTOR} and {@code NHSE_REGION}: the domain then refuses a decision the role may not take,
 * with its reason); the ICB's procedure steps (lead, notice, governance group, baseline review,
 * feedback: 003 §5.2.3 a, b, d) are run by its quality lead or a director; the provider responds to feedback and owns its improvement plan (003 §5.2.3 d,
 * e), which the quality lead may also record; risks and imports are the ICB's. {@code VIEWER}
 * never writes. The other escalation forms admit exactly the roles the escalation {@code
 * AuthorityTable}'s national defaults allow for their actions: triggers (003 §5.2.1), key risks
 * (003 §5.2.3 c), the completed Quality Risk Profile and corrections by the quality lead, a
 * director or the region; action evidence by the provider or the quality lead and sign-off by the
 * quality lead or a director (003 §5.2.3 e); closing the remaining actions by a director only;
 * the NHS England meetings and the request for a Quality Risk Profile by the region only (003
 * §5.2.3 a); a rapid response review by a director or the region (003 Appendix 2); contractual
 * levers by the ICB (001 §7.3: an informal query by the quality lead or a director, every other
 * lever by a director, which the domain checks lever by lever).
 *
 * <pre>{@code
 * AccessDecision decision = QsurvRoutes.table().decide(method, exchange.getRequestURI().getRawPath(), user);
 * }</pre>
 */
public final class QsurvRoutes {
  /** The sign-in page and form. */
  public static final String SIGN_IN = "/sign-in";
  /** The sign-out form's action. */
  public static final String SIGN_OUT = "/sign-out";

  private static final Role[] EVERYONE = Role.values();
  private static final Role[] OVERSIGHT = {ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION, VIEWER};
  private static final Role[] ICB = {ICB_QUALITY_LEAD, ICB_DIRECTOR};
  private static final Role[] DECIDERS = {ICB_DIRECTOR, NHSE_REGION};
  private static final Role[] PROCEDURE = {ICB_QUALITY_LEAD, ICB_DIRECTOR};
  private static final Role[] PROVIDER_OR_LEAD = {PROVIDER, ICB_QUALITY_LEAD};
  // The rest follow the escalation AuthorityTable's national defaults, action by action: a route
  // admits exactly the roles the table allows for its action(s) at some level.
  private static final Role[] CASEWORK = {ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION};
  private static final Role[] DIRECTOR_ONLY = {ICB_DIRECTOR};
  private static final Role[] NHS_ENGLAND = {NHSE_REGION};

  private static final RouteTable TABLE = RouteTable.of(
      Route.publicRoute(GET, SIGN_IN),
      Route.publicRoute(POST, SIGN_IN),
      Route.publicRoute(GET, "/static/{asset}"),
      Route.publicRoute(GET, "/health"),
      Route.of(POST, SIGN_OUT, Scope.USER, EVERYONE),

      Route.of(GET, "/", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/providers", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/providers/{provider}", Scope.PROVIDER, EVERYONE),
      Route.of(GET, "/providers/{provider}/indicators/{indicator}", Scope.PROVIDER, EVERYONE),
      Route.of(POST, "/providers/{provider}/intelligence", Scope.PROVIDER, ICB),

      Route.of(GET, "/risks", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/risks.csv", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/risks/{risk}", Scope.SYSTEM, OVERSIGHT),
      Route.of(POST, "/risks", Scope.SYSTEM, ICB),
      Route.of(POST, "/risks/{risk}/reviews", Scope.SYSTEM, ICB),

      Route.of(GET, "/escalation", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/escalation/{provider}", Scope.PROVIDER, EVERYONE),
      Route.of(POST, "/escalation/{provider}/decisions", Scope.PROVIDER, DECIDERS),
      Route.of(POST, "/escalation/{provider}/steps", Scope.PROVIDER, PROCEDURE),
      Route.of(POST, "/escalation/{provider}/feedback-responses", Scope.PROVIDER, PROVIDER_OR_LEAD),
      Route.of(POST, "/escalation/{provider}/plan-actions", Scope.PROVIDER, PROVIDER_OR_LEAD),
      Route.of(POST, "/escalation/{provider}/accepted-triggers", Scope.PROVIDER, CASEWORK),
      Route.of(POST, "/escalation/{provider}/key-risks", Scope.PROVIDER, CASEWORK),
      Route.of(POST, "/escalation/{provider}/action-evidence", Scope.PROVIDER, PROVIDER_OR_LEAD),
      Route.of(POST, "/escalation/{provider}/action-sign-offs", Scope.PROVIDER, PROCEDURE),
      Route.of(POST, "/escalation/{provider}/action-closures", Scope.PROVIDER, DIRECTOR_ONLY),
      Route.of(POST, "/escalation/{provider}/meetings", Scope.PROVIDER, NHS_ENGLAND),
      Route.of(POST, "/escalation/{provider}/quality-risk-profile-requests", Scope.PROVIDER,
          NHS_ENGLAND),
      Route.of(POST, "/escalation/{provider}/quality-risk-profiles", Scope.PROVIDER, CASEWORK),
      Route.of(POST, "/escalation/{provider}/rapid-response-reviews", Scope.PROVIDER, DECIDERS),
      Route.of(POST, "/escalation/{provider}/levers", Scope.PROVIDER, ICB),
      Route.of(POST, "/escalation/{provider}/corrections", Scope.PROVIDER, CASEWORK),

      Route.of(GET, "/tracker", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/reports/quality", Scope.SYSTEM, OVERSIGHT),

      Route.of(GET, "/audit", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/audit/{provider}", Scope.PROVIDER, OVERSIGHT),

      Route.of(GET, "/import", Scope.SYSTEM, ICB),
      Route.of(POST, "/import", Scope.SYSTEM, ICB),
      Route.of(POST, "/import/confirm", Scope.SYSTEM, ICB));

  private QsurvRoutes() {}

  /** The application's route table. */
  public static RouteTable table() {
    return TABLE;
  }

  /**
   * Where a user lands after signing in: the system overview, or for a provider user (who may not
   * see it) their own provider's page.
   */
  public static String landingPath(CurrentUser user) {
    return user.isProviderUser() ? "/providers/" + user.organisation().value() : "/";
  }
}
