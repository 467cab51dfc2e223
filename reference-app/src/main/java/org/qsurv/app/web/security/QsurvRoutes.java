package org.qsurv.app.web.security;

import static org.qsurv.app.web.security.HttpMethod.GET;
import static org.qsurv.app.web.security.HttpMethod.POST;
import static org.qsurv.escalation.authority.CaseAction.ACCEPT_TRIGGER;
import static org.qsurv.escalation.authority.CaseAction.ADD_ACTION_EVIDENCE;
import static org.qsurv.escalation.authority.CaseAction.ADD_PLAN_ACTION;
import static org.qsurv.escalation.authority.CaseAction.AGREE_KEY_RISKS;
import static org.qsurv.escalation.authority.CaseAction.APPLY_CONTRACT_PERFORMANCE_NOTICE;
import static org.qsurv.escalation.authority.CaseAction.APPLY_DECOMMISSIONING;
import static org.qsurv.escalation.authority.CaseAction.APPLY_EXCEPTION_REPORT;
import static org.qsurv.escalation.authority.CaseAction.APPLY_INFORMAL_QUERY;
import static org.qsurv.escalation.authority.CaseAction.APPLY_REMEDIAL_ACTION_PLAN;
import static org.qsurv.escalation.authority.CaseAction.APPLY_SUSPENSION;
import static org.qsurv.escalation.authority.CaseAction.APPLY_WITHHELD_PAYMENT;
import static org.qsurv.escalation.authority.CaseAction.APPOINT_LEAD;
import static org.qsurv.escalation.authority.CaseAction.ASSURANCE_GAINED;
import static org.qsurv.escalation.authority.CaseAction.CALL_RAPID_RESPONSE_REVIEW;
import static org.qsurv.escalation.authority.CaseAction.CALL_RISK_SUMMIT;
import static org.qsurv.escalation.authority.CaseAction.CLOSE_REMAINING_ACTIONS;
import static org.qsurv.escalation.authority.CaseAction.COMPLETE_BASELINE_REVIEW;
import static org.qsurv.escalation.authority.CaseAction.COMPLETE_QUALITY_RISK_PROFILE;
import static org.qsurv.escalation.authority.CaseAction.CONFIRM_ENHANCED;
import static org.qsurv.escalation.authority.CaseAction.ESCALATE_TO_INTENSIVE;
import static org.qsurv.escalation.authority.CaseAction.GIVE_FEEDBACK;
import static org.qsurv.escalation.authority.CaseAction.HOLD_INTELLIGENCE_SHARING_CALL;
import static org.qsurv.escalation.authority.CaseAction.HOLD_SINGLE_ITEM_QSG;
import static org.qsurv.escalation.authority.CaseAction.NOTIFY_PROVIDER;
import static org.qsurv.escalation.authority.CaseAction.PLACE_ON_ENHANCED;
import static org.qsurv.escalation.authority.CaseAction.RECORD_CORRECTION;
import static org.qsurv.escalation.authority.CaseAction.RECORD_PROVIDER_RESPONSE;
import static org.qsurv.escalation.authority.CaseAction.RECORD_RISK_SUMMIT;
import static org.qsurv.escalation.authority.CaseAction.REQUEST_QUALITY_RISK_PROFILE;
import static org.qsurv.escalation.authority.CaseAction.RETURN_TO_ROUTINE;
import static org.qsurv.escalation.authority.CaseAction.SET_UP_GOVERNANCE_GROUP;
import static org.qsurv.escalation.authority.CaseAction.SIGN_OFF_ACTION;
import static org.qsurv.escalation.authority.CaseAction.STEP_DOWN;
import static org.qsurv.model.surveillance.Role.ICB_DIRECTOR;
import static org.qsurv.model.surveillance.Role.ICB_QUALITY_LEAD;
import static org.qsurv.model.surveillance.Role.NHSE_REGION;
import static org.qsurv.model.surveillance.Role.VIEWER;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * The reference application's route table: every page and form of the web application, and who
 * may use it. This is the one place to read (and change) who may do what; everything not listed
 * is refused.
 *
 * <p>Who may read: commissioner and NHS England users ({@code ICB_QUALITY_LEAD}, {@code
 * ICB_DIRECTOR}, {@code NHSE_REGION}, {@code VIEWER}) see every provider and the system-wide
 * pages; a {@code PROVIDER} user sees only their own provider's page and case. Who may write:
 * risks, intelligence and imports are the ICB's; {@code VIEWER} never writes. Each escalation
 * form admits exactly the roles that the escalation {@link AuthorityTable} of the policy allows
 * for the case actions the form takes, at some level: read from the table, never copied from it
 * (decisions, 003 §5.2.1 and 001 §7.3; the enhanced procedure's steps, key risks, responses and
 * plan, 003 §5.2.3 a-e; NHS England's meetings and Quality Risk Profile, 003 §5.2.3 a and
 * Appendix 1; the rapid response review, 003 Appendix 2; contractual levers, 001 §7.3). The
 * domain then checks the action at the case's actual level and refuses, with its reason, what the
 * role may not take there.
 *
 * <pre>{@code
 * AccessDecision decision = QsurvRoutes.table().decide(method, rawPath, user);
 * }</pre>
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

  private static final Role[] EVERYONE = Role.values();
  private static final Role[] OVERSIGHT = {ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION, VIEWER};
  private static final Role[] ICB = {ICB_QUALITY_LEAD, ICB_DIRECTOR};
  private static final AuthorityTable AUTHORITY = EscalationPolicy.nhsDefaults().authority();

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
      Route.of(POST, "/providers/{provider}/intelligence/{item}/triage", Scope.PROVIDER, ICB),
      Route.of(POST, "/providers/{provider}/actions", Scope.PROVIDER, ICB),
      Route.of(POST, "/providers/{provider}/actions/{action}/completion", Scope.PROVIDER, ICB),

      Route.of(GET, "/risks", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/risks.csv", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/risks/{risk}", Scope.SYSTEM, OVERSIGHT),
      Route.of(POST, "/risks", Scope.SYSTEM, ICB),
      Route.of(POST, "/risks/{risk}/reviews", Scope.SYSTEM, ICB),

      Route.of(GET, "/escalation", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/escalation/{provider}", Scope.PROVIDER, EVERYONE),
      caseActions("/escalation/{provider}/decisions", PLACE_ON_ENHANCED, CONFIRM_ENHANCED,
          RETURN_TO_ROUTINE, ESCALATE_TO_INTENSIVE, CALL_RISK_SUMMIT, ASSURANCE_GAINED, STEP_DOWN),
      caseActions("/escalation/{provider}/steps", APPOINT_LEAD, NOTIFY_PROVIDER,
          SET_UP_GOVERNANCE_GROUP, COMPLETE_BASELINE_REVIEW, GIVE_FEEDBACK),
      caseActions("/escalation/{provider}/feedback-responses", RECORD_PROVIDER_RESPONSE),
      caseActions("/escalation/{provider}/plan-actions", ADD_PLAN_ACTION),
      caseActions("/escalation/{provider}/accepted-triggers", ACCEPT_TRIGGER),
      caseActions("/escalation/{provider}/key-risks", AGREE_KEY_RISKS),
      caseActions("/escalation/{provider}/action-evidence", ADD_ACTION_EVIDENCE),
      caseActions("/escalation/{provider}/action-sign-offs", SIGN_OFF_ACTION),
      caseActions("/escalation/{provider}/action-closures", CLOSE_REMAINING_ACTIONS),
      caseActions("/escalation/{provider}/meetings", HOLD_INTELLIGENCE_SHARING_CALL,
          HOLD_SINGLE_ITEM_QSG, RECORD_RISK_SUMMIT),
      caseActions("/escalation/{provider}/quality-risk-profile-requests",
          REQUEST_QUALITY_RISK_PROFILE),
      caseActions("/escalation/{provider}/quality-risk-profiles", COMPLETE_QUALITY_RISK_PROFILE),
      caseActions("/escalation/{provider}/rapid-response-reviews", CALL_RAPID_RESPONSE_REVIEW),
      caseActions("/escalation/{provider}/levers", APPLY_INFORMAL_QUERY,
          APPLY_CONTRACT_PERFORMANCE_NOTICE, APPLY_REMEDIAL_ACTION_PLAN, APPLY_WITHHELD_PAYMENT,
          APPLY_EXCEPTION_REPORT, APPLY_SUSPENSION, APPLY_DECOMMISSIONING),
      caseActions("/escalation/{provider}/corrections", RECORD_CORRECTION),

      Route.of(GET, "/tracker", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/reports/quality", Scope.SYSTEM, OVERSIGHT),

      Route.of(GET, "/audit", Scope.SYSTEM, OVERSIGHT),
      Route.of(GET, "/audit/{provider}", Scope.PROVIDER, OVERSIGHT),

      Route.of(GET, "/import", Scope.SYSTEM, ICB),
      Route.of(POST, "/import", Scope.SYSTEM, ICB),
      Route.of(POST, "/import/confirm", Scope.SYSTEM, ICB));

  private static final RouteTable TABLE_WITH_SINGLE_SIGN_ON = RouteTable.of(
      ImmutableList.<Route>builder().addAll(TABLE.routes())
          .add(Route.publicRoute(GET, OIDC_START), Route.publicRoute(GET, OIDC_CALLBACK))
          .build());

  private QsurvRoutes() {}

  /**
   * A form of the escalation case that takes {@code actions}: it admits every role the authority
   * table allows for one of them at some level.
   */
  private static Route caseActions(String pattern, CaseAction... actions) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (CaseAction action : actions) {
      for (Level level : Level.values()) {
        roles.addAll(AUTHORITY.rolesFor(action, level));
      }
    }
    return new Route(POST, pattern, Scope.PROVIDER, Sets.immutableEnumSet(roles));
  }

  /** The application's route table, with local passwords only. */
  public static RouteTable table() {
    return TABLE;
  }

  /**
   * The application's route table, with the single sign-on routes when {@code singleSignOn}:
   * {@value #OIDC_START} sends the browser to the organisation's identity provider and {@value
   * #OIDC_CALLBACK} takes it back. Both are public (nobody is signed in yet); the callback is
   * protected by the one-time {@code state} bound to the browser's session, not by a CSRF token.
   */
  public static RouteTable table(boolean singleSignOn) {
    return singleSignOn ? TABLE_WITH_SINGLE_SIGN_ON : TABLE;
  }

  /**
   * Where a user lands after signing in: the system overview, or for a provider user (who may not
   * see it) their own provider's page.
   */
  public static String landingPath(CurrentUser user) {
    return user.isProviderUser() ? "/providers/" + user.organisation().value() : "/";
  }
}
