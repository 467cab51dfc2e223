package org.qsurv.app.web;

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
import io.javalin.http.Handler;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.app.web.security.Scope;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * Every route of the web application, declared once: its method and path, whose data it touches
 * ({@link Scope}), the roles that may use it, and the page that answers it. The {@link RouteTable}
 * the security filter decides by, the navigation and the forms each page offers are all read from
 * this one list; everything not listed is refused.
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
 * @since 1.0.0
 */
public final class WebRoutes {
  private static final Role[] EVERYONE = Role.values();
  private static final Role[] OVERSIGHT = {ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION, VIEWER};
  private static final Role[] ICB = {ICB_QUALITY_LEAD, ICB_DIRECTOR};
  /** The national authority table, of {@link #table()}: tests and embedders without a profile. */
  private static final AuthorityTable NATIONAL = EscalationPolicy.nhsDefaults().authority();

  /** The classes whose methods answer the routes: each method is a Javalin {@link Handler}. */
  record Handlers(SignInPages signIn, Optional<SingleSignOnPages> singleSignOn,
      SystemPages system, ProviderPages provider, SurveillanceForms forms, RiskPages risks,
      EscalationPages escalation, ImportPages imports, ReminderPages reminders,
      IconMatrixPages matrix, BoardPackPages boardPacks, Handler asset, Handler health) {}

  /** One route and the page that answers it (none when the application is not configured for it). */
  record Endpoint(Route route, Function<Handlers, Optional<Handler>> page) {}

  /**
   * Every route with its page, the escalation forms admitting the roles {@code authority} allows
   * (the profile's, {@code PolicyProfile.escalation().authority()}).
   */
  static ImmutableList<Endpoint> endpoints(AuthorityTable authority) {
    return ImmutableList.of(
      open(GET, QsurvRoutes.SIGN_IN, p -> p.signIn()::form),
      open(POST, QsurvRoutes.SIGN_IN, p -> p.signIn()::signIn),
      open(GET, "/static/{asset}", Handlers::asset),
      open(GET, "/health", Handlers::health),
      new Endpoint(Route.publicRoute(GET, QsurvRoutes.OIDC_START),
          p -> p.singleSignOn().map(s -> s::start)),
      new Endpoint(Route.publicRoute(GET, QsurvRoutes.OIDC_CALLBACK),
          p -> p.singleSignOn().map(s -> s::callback)),
      on(POST, QsurvRoutes.SIGN_OUT, Scope.USER, EVERYONE, p -> p.signIn()::signOut),

      on(GET, "/", Scope.SYSTEM, OVERSIGHT, p -> p.system()::overview),
      on(GET, "/providers", Scope.SYSTEM, OVERSIGHT, p -> p.system()::providers),
      on(GET, "/providers/{provider}", Scope.PROVIDER, EVERYONE, p -> p.provider()::dashboard),
      on(GET, "/providers/{provider}/indicators/{indicator}", Scope.PROVIDER, EVERYONE,
          p -> p.provider()::indicator),
      providerForm("indicators/{indicator}/recalculations", p -> p.forms()::recalculate),
      providerForm("indicators/{indicator}/annotations", p -> p.forms()::annotate),
      providerForm("intelligence", p -> p.provider()::recordIntelligence),
      providerForm("intelligence/{item}/triage", p -> p.forms()::triage),
      providerForm("actions", p -> p.forms()::addAction),
      providerForm("actions/{action}/completion", p -> p.forms()::completeAction),
      providerForm("ratings", p -> p.forms()::recordRating),
      providerForm("visits", p -> p.forms()::planVisit),
      providerForm("visits/{visit}/done", p -> p.forms()::visitDone),
      providerForm("visits/{visit}/cancellation", p -> p.forms()::cancelVisit),
      providerForm("incidents", p -> p.forms()::reportIncident),
      providerForm("incidents/{incident}/response", p -> p.forms()::responseReceived),
      providerForm("incidents/{incident}/review", p -> p.forms()::reviewResponse),
      providerForm("incidents/{incident}/resubmission", p -> p.forms()::responseResubmitted),
      providerForm("incidents/{incident}/sign-off", p -> p.forms()::signOffActionPlan),
      providerForm("meetings", p -> p.forms()::recordMeeting),
      providerForm("meeting-actions/{action}/completion", p -> p.forms()::completeMeetingAction),
      // 001 §7.1: a deep dive is "only authorised at Director level": the domain's role.
      on(POST, "/providers/{provider}/deep-dives", Scope.PROVIDER,
          new Role[] {DeepDive.AUTHORISED_BY}, p -> p.forms()::authoriseDeepDive),

      on(GET, "/risks", Scope.SYSTEM, OVERSIGHT, p -> p.risks()::register),
      on(GET, "/risks.csv", Scope.SYSTEM, OVERSIGHT, p -> p.risks()::csv),
      on(GET, "/risks/{risk}", Scope.SYSTEM, OVERSIGHT, p -> p.risks()::risk),
      on(POST, "/risks", Scope.SYSTEM, ICB, p -> p.risks()::add),
      on(POST, "/risks/{risk}/reviews", Scope.SYSTEM, ICB, p -> p.risks()::review),

      on(GET, "/escalation", Scope.SYSTEM, OVERSIGHT, p -> p.escalation()::list),
      on(GET, "/escalation/{provider}", Scope.PROVIDER, EVERYONE,
          p -> p.escalation()::provider),
      caseForm(authority, "decisions", p -> p.escalation()::decide, PLACE_ON_ENHANCED, CONFIRM_ENHANCED,
          RETURN_TO_ROUTINE, ESCALATE_TO_INTENSIVE, CALL_RISK_SUMMIT, ASSURANCE_GAINED, STEP_DOWN),
      caseForm(authority, "steps", p -> p.escalation()::step, APPOINT_LEAD, NOTIFY_PROVIDER,
          SET_UP_GOVERNANCE_GROUP, COMPLETE_BASELINE_REVIEW, GIVE_FEEDBACK),
      caseForm(authority, "feedback-responses", p -> p.escalation()::respond, RECORD_PROVIDER_RESPONSE),
      caseForm(authority, "plan-actions", p -> p.escalation()::addAction, ADD_PLAN_ACTION),
      caseForm(authority, "accepted-triggers", p -> p.escalation()::acceptTrigger, ACCEPT_TRIGGER),
      caseForm(authority, "key-risks", p -> p.escalation()::agreeKeyRisks, AGREE_KEY_RISKS),
      caseForm(authority, "action-evidence", p -> p.escalation()::addEvidence, ADD_ACTION_EVIDENCE),
      caseForm(authority, "action-sign-offs", p -> p.escalation()::signOff, SIGN_OFF_ACTION),
      caseForm(authority, "action-closures", p -> p.escalation()::closeRemainingActions,
          CLOSE_REMAINING_ACTIONS),
      caseForm(authority, "meetings", p -> p.escalation()::recordMeeting, HOLD_INTELLIGENCE_SHARING_CALL,
          HOLD_SINGLE_ITEM_QSG, RECORD_RISK_SUMMIT),
      caseForm(authority, "quality-risk-profile-requests", p -> p.escalation()::requestQualityRiskProfile,
          REQUEST_QUALITY_RISK_PROFILE),
      caseForm(authority, "quality-risk-profiles", p -> p.escalation()::completeQualityRiskProfile,
          COMPLETE_QUALITY_RISK_PROFILE),
      caseForm(authority, "rapid-response-reviews", p -> p.escalation()::callRapidResponseReview,
          CALL_RAPID_RESPONSE_REVIEW),
      caseForm(authority, "levers", p -> p.escalation()::applyLever, APPLY_INFORMAL_QUERY,
          APPLY_CONTRACT_PERFORMANCE_NOTICE, APPLY_REMEDIAL_ACTION_PLAN, APPLY_WITHHELD_PAYMENT,
          APPLY_EXCEPTION_REPORT, APPLY_SUSPENSION, APPLY_DECOMMISSIONING),
      caseForm(authority, "corrections", p -> p.escalation()::recordCorrection, RECORD_CORRECTION),

      on(GET, "/tracker", Scope.SYSTEM, OVERSIGHT, p -> p.system()::tracker),
      on(GET, "/reports/quality", Scope.SYSTEM, OVERSIGHT, p -> p.system()::report),
      on(GET, "/reports/icon-matrix", Scope.SYSTEM, OVERSIGHT, p -> p.matrix()::page),
      on(GET, "/reports/icon-matrix.csv", Scope.SYSTEM, OVERSIGHT, p -> p.matrix()::csv),
      on(GET, "/reports/directors", Scope.SYSTEM, ICB, p -> p.system()::directorsReport),
      on(GET, "/reports/qsg-agenda", Scope.SYSTEM, ICB, p -> p.system()::qsgAgenda),
      on(GET, "/reports/host-notes", Scope.SYSTEM, ICB, p -> p.system()::hostNotes),
      on(GET, "/board-packs", Scope.SYSTEM, OVERSIGHT, p -> p.boardPacks()::list),
      on(POST, "/board-packs", Scope.SYSTEM, ICB, p -> p.boardPacks()::make),
      on(GET, "/board-packs/{pack}/pdf", Scope.SYSTEM, OVERSIGHT, p -> p.boardPacks()::pdf),
      on(GET, "/board-packs/{pack}/snapshot", Scope.SYSTEM, OVERSIGHT,
          p -> p.boardPacks()::snapshot),

      on(GET, "/audit", Scope.SYSTEM, OVERSIGHT, p -> p.system()::audit),
      on(GET, "/reminders", Scope.SYSTEM, OVERSIGHT, p -> p.reminders()::sent),
      on(GET, "/audit/{provider}", Scope.PROVIDER, OVERSIGHT, p -> p.escalation()::audit),

      on(GET, "/import", Scope.SYSTEM, ICB, p -> p.imports()::form),
      on(POST, "/import", Scope.SYSTEM, ICB, p -> p.imports()::preview),
      on(POST, "/import/confirm", Scope.SYSTEM, ICB, p -> p.imports()::confirm));
  }

  private static final RouteTable WITH_SINGLE_SIGN_ON = table(true, NATIONAL);
  private static final RouteTable TABLE = table(false, NATIONAL);

  private WebRoutes() {}

  private static Endpoint open(HttpMethod method, String pattern,
      Function<Handlers, Handler> page) {
    return new Endpoint(Route.publicRoute(method, pattern), p -> Optional.of(page.apply(p)));
  }

  private static Endpoint on(HttpMethod method, String pattern, Scope scope, Role[] roles,
      Function<Handlers, Handler> page) {
    return new Endpoint(Route.of(method, pattern, scope, roles), p -> Optional.of(page.apply(p)));
  }

  /** A form of the ICB's about one provider, posted under its page: the ICB's roles only. */
  private static Endpoint providerForm(String form, Function<Handlers, Handler> page) {
    return on(POST, "/providers/{provider}/" + form, Scope.PROVIDER, ICB, page);
  }

  /**
   * A form of the escalation case that takes {@code actions}: it admits every role the authority
   * table allows for one of them at some level.
   */
  private static Endpoint caseForm(AuthorityTable authority, String form,
      Function<Handlers, Handler> page, CaseAction... actions) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (CaseAction action : actions) {
      for (Level level : Level.values()) {
        roles.addAll(authority.rolesFor(action, level));
      }
    }
    return new Endpoint(new Route(POST, "/escalation/{provider}/" + form, Scope.PROVIDER,
        Sets.immutableEnumSet(roles)), p -> Optional.of(page.apply(p)));
  }

  private static boolean isSingleSignOn(Route route) {
    return route.pattern().equals(QsurvRoutes.OIDC_START)
        || route.pattern().equals(QsurvRoutes.OIDC_CALLBACK);
  }

  /**
   * The route table of an application whose escalation forms follow the national authority table
   * ({@code nhs-defaults}), with local passwords only.
   */
  public static RouteTable table() {
    return TABLE;
  }

  /**
   * The application's route table, with the single sign-on routes when {@code singleSignOn}:
   * {@value QsurvRoutes#OIDC_START} sends the browser to the organisation's identity provider and
   * {@value QsurvRoutes#OIDC_CALLBACK} takes it back. Both are public (nobody is signed in yet);
   * the callback is protected by the one-time {@code state} bound to the browser's session, not by
   * a CSRF token.
   */
  public static RouteTable table(boolean singleSignOn) {
    return singleSignOn ? WITH_SINGLE_SIGN_ON : TABLE;
  }

  /**
   * The route table of an application under {@code authority} (its profile's): as {@link
   * #table(boolean)}, with each escalation form admitting the roles that table allows.
   *
   * @since 1.1.0
   */
  public static RouteTable table(boolean singleSignOn, AuthorityTable authority) {
    return RouteTable.of(endpoints(authority).stream().map(Endpoint::route)
        .filter(r -> singleSignOn || !isSingleSignOn(r)).toList());
  }
}
