package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.User;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.Route;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.w3c.dom.Element;

/**
 * The escalation page's forms beyond decisions and the first procedure steps: triggers (003
 * §5.2.1), key risks and the improvement plan (003 §5.2.3 c, e), NHS England's steps (003 §5.2.3
 * a, Appendix 1 and 2), contractual levers (001 §7.3) and corrections (003 §3). For each: the
 * right role records it and the case's timeline shows it; a wrong role is refused, by the route
 * table (403) or, where the route admits the role, by the domain with its reason (422); a bad value
 * gives 400 naming the field and the value; a refusal or a bad value writes nothing.
 *
 * <p>One server for the class; each test that writes takes providers of its own (an untouched
 * case, brought to the state it needs through the domain), so the tests do not depend on each
 * other's order. The acute trust is the provider user's own and only gets additions.
 */
class EscalationFormsTest {
  private static final LocalDate EARLIER = LocalDate.of(2025, 6, 2);
  private static final Actor DIRECTOR = Actor.of("Dr Frances Hale", Role.ICB_DIRECTOR);
  private static final Actor LEAD = Actor.of("Morgan Ellery", Role.ICB_QUALITY_LEAD);
  private static final Actor REGION = Actor.of("Priya Lanyon", Role.NHSE_REGION);
  private static final Actor PROVIDER = Actor.of("Medical Director", Role.PROVIDER);

  private static TestApp app;
  private static SurveillanceCases cases;
  private static OrganisationCode acute;
  private static final Deque<OrganisationCode> untouched = new ArrayDeque<>();
  private static final Map<Role, TestApp.Client> as = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp();
    cases = new SurveillanceCases(app.ports.cases(), EscalationPolicy.nhsDefaults());
    acute = app.ports.directory().user("j.pike").orElseThrow().organisation();
    for (Provider p : app.ports.directory().providers()) {
      if (version(p.code()) == 0 && !p.code().equals(acute)) {
        untouched.add(p.code());
      }
    }
    for (String user : List.of("m.ellery", "f.hale", "p.lanyon", "j.pike", "c.tamar")) {
      User u = app.ports.directory().user(user).orElseThrow();
      as.put(u.role(), app.signIn(user));
    }
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  // --- the case, brought to a state through the domain ---

  private static long version(OrganisationCode provider) {
    return app.ports.cases().version(SurveillanceCases.caseId(provider));
  }

  private static OrganisationCode routine() {
    return untouched.removeFirst();
  }

  private static void given(OrganisationCode provider, CaseCommand... commands) {
    for (CaseCommand command : commands) {
      assertTrue(cases.submit(provider, command).isAccepted(), command.toString());
    }
    app.app.assessments().written();
  }

  /** Enhanced, with its quality lead named (003 §5.2.3 a). */
  private static OrganisationCode enhanced() {
    OrganisationCode p = routine();
    given(p, TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, EARLIER, DIRECTOR, "Concerns"),
        new AppointLead(EARLIER, DIRECTOR, "a", LEAD.name()));
    return p;
  }

  /** Enhanced, notified and its baseline review done (003 §5.2.3 a, b). */
  private static OrganisationCode reviewed() {
    OrganisationCode p = enhanced();
    given(p, new NotifyProvider(EARLIER, LEAD, "a", NoticeMethod.WRITTEN_NOTICE),
        new CompleteBaselineReview(EARLIER, LEAD, "b", "Deep dive"));
    return p;
  }

  /** Reviewed, one key risk agreed, feedback given, plan actions A-1 and A-2 (003 §5.2.3 c-e). */
  private static OrganisationCode withPlan() {
    OrganisationCode p = reviewed();
    given(p, new AgreeKeyRisks(EARLIER, LEAD, "c", List.of(KeyRisk.of("KR-1", "Sepsis"))),
        new GiveFeedback(EARLIER, LEAD, "d", "KR-1"),
        action("A-1"), action("A-2"));
    return p;
  }

  private static AddPlanAction action(String id) {
    return AddPlanAction.builder().at(EARLIER).by(PROVIDER).rationale("e").actionId(id)
        .description("Action " + id).lead("Medical director").due(LocalDate.of(2025, 9, 30))
        .metric("Audit").build();
  }

  // --- the web ---

  private static String page(Role role, OrganisationCode provider) throws Exception {
    HttpResponse<String> r = as.get(role).get("/escalation/" + provider.value());
    assertEquals(200, r.statusCode());
    return r.body();
  }

  private static HttpResponse<String> post(Role role, OrganisationCode provider, String form,
      String... fields) throws IOException, InterruptedException {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      values.put(fields[i], fields[i + 1]);
    }
    values.putIfAbsent("at", "2025-07-01");
    values.putIfAbsent("provider", provider.value());
    return as.get(role).post("/escalation/" + provider.value() + "/" + form, values);
  }

  /** A page's text as a reader sees it (a template need not escape quotes in text). */
  private static String text(String page) {
    return Xhtml.parse(page).getDocumentElement().getTextContent();
  }

  /** Posts as {@code role}, expects the redirect back to the case, and its timeline to show it. */
  private static void records(Role role, OrganisationCode provider, String timeline,
      String form, String... fields) throws Exception {
    long before = version(provider);
    HttpResponse<String> r = post(role, provider, form, fields);
    assertEquals(303, r.statusCode(), r.body());
    assertEquals(before + 1, version(provider));
    assertTrue(text(page(role, provider)).contains(timeline),
        "the case's timeline shows: " + timeline);
  }

  /** Posts as {@code role}, expects {@code status} with {@code shown} on the page, and no write. */
  private static void refuses(int status, List<String> shown, Role role,
      OrganisationCode provider, String form, String... fields) throws Exception {
    long before = version(provider);
    HttpResponse<String> r = post(role, provider, form, fields);
    assertEquals(status, r.statusCode(), r.body());
    for (String s : shown) {
      assertTrue(text(r.body()).contains(s), "the page says " + s);
    }
    if (status != 403) {
      assertTrue(r.body().contains("Nothing was changed."));
    }
    assertEquals(before, version(provider), "nothing was written");
  }

  private static void forbidden(Role role, OrganisationCode provider, String form,
      String... fields) throws Exception {
    refuses(403, List.of(), role, provider, form, fields);
  }

  /**
   * The escalation list shows every provider with its case as stored: its level and number of
   * events, and for a provider nothing was recorded for, routine with none.
   */
  @Test
  void theEscalationListShowsEachProvidersCaseAsStored() throws Exception {
    OrganisationCode enhanced = enhanced();
    OrganisationCode none = untouched.peekLast();
    HttpResponse<String> r = as.get(Role.ICB_QUALITY_LEAD).get("/escalation");
    assertEquals(200, r.statusCode());
    for (OrganisationCode code : List.of(acute, enhanced, none)) {
      String html = r.body();
      int at = html.indexOf("href=\"/escalation/" + code.value() + "\"");
      assertTrue(at > 0, code + " is listed");
      String row = html.substring(at, html.indexOf("</tr>", at));
      CaseFile stored = cases.load(code);
      assertTrue(row.contains(org.qsurv.app.web.html.Labels.words(stored.state().level())), row);
      assertTrue(row.contains("<td>" + stored.log().size() + "</td>"), row);
    }
    assertEquals(0, cases.load(none).log().size());

    // The list is made once per state of the data; a decision recorded through a form shows at
    // once.
    OrganisationCode placed = routine();
    assertTrue(listRow(placed).contains("<td>0</td>"), "unrecorded: no events");
    assertEquals(303, post(Role.ICB_DIRECTOR, placed, "decisions", "decision",
        "PLACE_ON_ENHANCED", "rationale", "Two never events in a quarter").statusCode());
    assertTrue(version(placed) > 0);
    assertTrue(listRow(placed).contains("<td>" + version(placed) + "</td>"),
        "the new events are counted");
  }

  /** The escalation list's row for {@code code}, as the quality lead sees it now. */
  private static String listRow(OrganisationCode code) throws Exception {
    String html = as.get(Role.ICB_QUALITY_LEAD).get("/escalation").body();
    int at = html.indexOf("href=\"/escalation/" + code.value() + "\"");
    return html.substring(at, html.indexOf("</tr>", at));
  }

  // --- the route table and the page ---

  /** Each casework route and the domain's actions it records (AuthorityTable, CaseAction). */
  private static final Map<String, Set<CaseAction>> ACTIONS = Map.ofEntries(
      Map.entry("steps", EnumSet.of(CaseAction.APPOINT_LEAD, CaseAction.NOTIFY_PROVIDER,
          CaseAction.SET_UP_GOVERNANCE_GROUP, CaseAction.COMPLETE_BASELINE_REVIEW,
          CaseAction.GIVE_FEEDBACK)),
      Map.entry("feedback-responses", EnumSet.of(CaseAction.RECORD_PROVIDER_RESPONSE)),
      Map.entry("plan-actions", EnumSet.of(CaseAction.ADD_PLAN_ACTION)),
      Map.entry("accepted-triggers", EnumSet.of(CaseAction.ACCEPT_TRIGGER)),
      Map.entry("key-risks", EnumSet.of(CaseAction.AGREE_KEY_RISKS)),
      Map.entry("action-evidence", EnumSet.of(CaseAction.ADD_ACTION_EVIDENCE)),
      Map.entry("action-sign-offs", EnumSet.of(CaseAction.SIGN_OFF_ACTION)),
      Map.entry("action-closures", EnumSet.of(CaseAction.CLOSE_REMAINING_ACTIONS)),
      Map.entry("meetings", EnumSet.of(CaseAction.HOLD_INTELLIGENCE_SHARING_CALL,
          CaseAction.HOLD_SINGLE_ITEM_QSG, CaseAction.RECORD_RISK_SUMMIT)),
      Map.entry("quality-risk-profile-requests",
          EnumSet.of(CaseAction.REQUEST_QUALITY_RISK_PROFILE)),
      Map.entry("quality-risk-profiles", EnumSet.of(CaseAction.COMPLETE_QUALITY_RISK_PROFILE)),
      Map.entry("rapid-response-reviews", EnumSet.of(CaseAction.CALL_RAPID_RESPONSE_REVIEW)),
      Map.entry("levers", EnumSet.of(CaseAction.APPLY_INFORMAL_QUERY,
          CaseAction.APPLY_CONTRACT_PERFORMANCE_NOTICE, CaseAction.APPLY_REMEDIAL_ACTION_PLAN,
          CaseAction.APPLY_WITHHELD_PAYMENT, CaseAction.APPLY_EXCEPTION_REPORT,
          CaseAction.APPLY_SUSPENSION, CaseAction.APPLY_DECOMMISSIONING)),
      Map.entry("corrections", EnumSet.of(CaseAction.RECORD_CORRECTION)));

  @Test
  void eachFormsRouteAdmitsExactlyTheRolesTheDomainsAuthorityTableAllows() {
    // Never looser than the domain (it stays the final judge), never tighter than it.
    AuthorityTable authority = AuthorityTable.nhsDefaults();
    for (Map.Entry<String, Set<CaseAction>> e : ACTIONS.entrySet()) {
      String pattern = "/escalation/{provider}/" + e.getKey();
      Route route = WebRoutes.table().routes().stream()
          .filter(r -> r.method() == HttpMethod.POST && r.pattern().equals(pattern))
          .findFirst().orElseThrow(() -> new AssertionError("no route " + pattern));
      Set<Role> allowed = EnumSet.noneOf(Role.class);
      for (CaseAction action : e.getValue()) {
        for (Level level : Level.values()) {
          allowed.addAll(authority.rolesFor(action, level));
        }
      }
      assertEquals(allowed, Set.copyOf(route.roles()), pattern);
    }
  }

  @Test
  void eachRoleIsShownExactlyTheFormsItsRoutesPermitOnAWellFormedPage() throws Exception {
    // The acute trust has agreed key risks, open plan actions and a log to correct, so these
    // forms are shown whenever the route table permits them.
    List<String> alwaysShown = List.of("key-risks", "action-evidence", "action-closures",
        "quality-risk-profile-requests", "rapid-response-reviews", "corrections");
    for (Map.Entry<Role, TestApp.Client> user : as.entrySet()) {
      String body = page(user.getKey(), acute);
      Element root = Xhtml.parse(body).getDocumentElement();
      List<String> ids = new ArrayList<>();
      for (Element e : Xhtml.all(root, "*")) {
        if (e.hasAttribute("id")) {
          ids.add(e.getAttribute("id"));
        }
      }
      assertEquals(ids.size(), new HashSet<>(ids).size(), user.getKey() + ": ids are unique");
      CurrentUser who = new CurrentUser("u", "U", user.getKey(), user.getKey() == Role.PROVIDER
          ? acute : OrganisationCode.of("QSL"));
      for (String form : ACTIONS.keySet()) {
        String action = "/escalation/" + acute.value() + "/" + form;
        boolean permitted = WebRoutes.table().permits(Optional.of(who), HttpMethod.POST,
            action);
        boolean shown = body.contains("action=\"" + action + "\"");
        if (!permitted || alwaysShown.contains(form)) {
          assertEquals(permitted, shown, user.getKey() + " " + form);
        }
      }
    }
  }

  // --- H13: a decision recorded against the wrong provider ---

  /**
   * Every form of a case names the provider it records against, by name and code, and posts the
   * code; the server refuses a form made for another provider, or that names none, with 409 and
   * writes nothing (hazard H13).
   */
  @Test
  void everyCaseFormNamesItsProviderAndAFormForAnotherProviderIsRefused() throws Exception {
    Provider shown = app.ports.directory().provider(acute).orElseThrow();
    Element root = Xhtml.parse(page(Role.ICB_DIRECTOR, acute)).getDocumentElement();
    List<Element> forms = Xhtml.all(root, "form").stream()
        .filter(f -> f.getAttribute("method").equals("post")
            && f.getAttribute("action").startsWith("/escalation/"))
        .toList();
    assertFalse(forms.isEmpty(), "the director is shown forms");
    for (Element form : forms) {
      assertTrue(form.getTextContent().contains("Recording for " + shown.name() + " ("
          + acute.value() + ")"), form.getAttribute("action") + " names the provider");
      assertTrue(Xhtml.all(form, "input").stream().anyMatch(i -> i.getAttribute("name")
          .equals("provider") && i.getAttribute("value").equals(acute.value())),
          form.getAttribute("action") + " posts the provider's code");
    }
    OrganisationCode target = routine();
    refuses(409, List.of("The form was for provider \"" + acute.value() + "\" but was sent to "
        + target.value() + "'s address"), Role.ICB_DIRECTOR, target, "decisions",
        "decision", "PLACE_ON_ENHANCED", "rationale", "Rising mortality", "provider",
        acute.value());
    refuses(409, List.of("The form did not say which provider it records against"),
        Role.ICB_DIRECTOR, target, "decisions", "decision", "PLACE_ON_ENHANCED", "rationale",
        "Rising mortality", "provider", "");
    assertEquals(Level.ROUTINE, cases.load(target).state().level(), "nothing was decided");
  }

  // --- 003 §5.2.1 Triggers ---

  private static Optional<ProviderAssessment> withFiredTrigger() {
    return app.app.assessments().current().providers().stream()
        .filter(p -> untouched.contains(p.code()) && !p.quality().triggers().isEmpty())
        .findFirst();
  }

  @Test
  void aQualityLeadAcceptsAFiredTriggerWithTheEvidenceItFiredOn_003_5_2_1() throws Exception {
    ProviderAssessment fired = withFiredTrigger().orElseThrow(
        () -> new AssertionError("the demo data has a routine provider with a fired trigger"));
    OrganisationCode p = fired.code();
    untouched.remove(p);
    String code = fired.quality().triggers().get(0).code().name();
    assertTrue(page(Role.ICB_QUALITY_LEAD, p).contains("<option value=\"" + code + "\""));
    records(Role.ICB_QUALITY_LEAD, p, "Trigger accepted: " + code + " (evidence "
            + String.join(", ", fired.quality().triggers().get(0).evidence()) + ")",
        "accepted-triggers", "trigger", code, "rationale", "Reviewed at the quality meeting");
    assertFalse(page(Role.ICB_QUALITY_LEAD, p).contains("<option value=\"" + code + "\""),
        "an accepted trigger is no longer offered");
  }

  @Test
  void theProviderAndAViewerMayNotAcceptATrigger() throws Exception {
    forbidden(Role.PROVIDER, acute, "accepted-triggers", "trigger", "HIGH_MORTALITY",
        "rationale", "x");
    forbidden(Role.VIEWER, acute, "accepted-triggers", "trigger", "HIGH_MORTALITY", "rationale", "x");
  }

  @Test
  void aTriggerThatDidNotFireIsABadValue() throws Exception {
    OrganisationCode p = routine();
    refuses(400, List.of("trigger must be one of", "NO_SUCH_TRIGGER"), Role.ICB_DIRECTOR, p,
        "accepted-triggers", "trigger", "NO_SUCH_TRIGGER", "rationale", "x");
  }

  // --- 003 §5.2.3 c: key risks ---

  @Test
  void nhsEnglandAgreesKeyRisksAfterTheBaselineReview_003_5_2_3_c() throws Exception {
    OrganisationCode p = reviewed();
    records(Role.NHSE_REGION, p, "Key risks agreed: KR-1 Late recognition of sepsis; "
            + "KR-2 Night staffing", "key-risks",
        "risks", "KR-1: Late recognition of sepsis\n\nKR-2 : Night staffing",
        "rationale", "Agreed with CQC at the single-item QSG");
  }

  @Test
  void theProviderMayNotAgreeKeyRisksAndTheDomainRefusesARepeatedId() throws Exception {
    forbidden(Role.PROVIDER, acute, "key-risks", "risks", "KR-9: x", "rationale", "x");
    // 003 §5.2.3 c: "the addition of any new and emerging risks" gets ids of their own.
    refuses(422, List.of("Key risk KR-1 is already agreed"), Role.ICB_QUALITY_LEAD, acute,
        "key-risks", "risks", "KR-1: Again", "rationale", "New risk");
  }

  @Test
  void keyRisksNotWrittenAsIdAndDescriptionAreABadValue() throws Exception {
    OrganisationCode p = reviewed();
    refuses(400, List.of("risks must have one key risk a line", "Sepsis without an id"),
        Role.ICB_QUALITY_LEAD, p, "key-risks", "risks", "Sepsis without an id",
        "rationale", "x");
    refuses(400, List.of("key risks to agree must name at least one risk"),
        Role.ICB_QUALITY_LEAD, p, "key-risks", "risks", " ", "rationale", "x");
  }

  // --- 003 §5.2.3 e: the improvement plan ---

  @Test
  void theProviderAddsEvidenceToAnActionOfItsOwnPlan_003_5_2_3_e() throws Exception {
    assertTrue(page(Role.PROVIDER, acute).contains("<option value=\"A-4\""));
    records(Role.PROVIDER, acute, "Evidence for action A-4: First 28-day reviews done",
        "action-evidence", "action", "A-4", "evidence", "First 28-day reviews done",
        "rationale", "Progress report");
  }

  @Test
  void aDirectorMayNotAddActionEvidence() throws Exception {
    forbidden(Role.ICB_DIRECTOR, acute, "action-evidence", "action", "A-4", "evidence", "x",
        "rationale", "x");
  }

  @Test
  void blankEvidenceIsABadValueAndAnUnknownActionIsRefusedByTheDomain() throws Exception {
    refuses(400, List.of("evidence must not be blank"), Role.PROVIDER, acute,
        "action-evidence", "action", "A-4", "evidence", "", "rationale", "x");
    refuses(422, List.of("The improvement plan has no action A-99."), Role.PROVIDER, acute,
        "action-evidence", "action", "A-99", "evidence", "x", "rationale", "x");
  }

  @Test
  void aQualityLeadSignsOffAnActionWithEvidence_003_5_2_3_e() throws Exception {
    OrganisationCode p = withPlan();
    given(p, new AddActionEvidence(EARLIER, PROVIDER, "e", "A-1", "Audit at 100%"));
    Element offered = Xhtml.byId(Xhtml.parse(page(Role.ICB_QUALITY_LEAD, p))
        .getDocumentElement(), "sign-off-action");
    assertEquals(List.of("A-1"), Xhtml.all(offered, "option").stream()
        .map(o -> o.getAttribute("value")).toList(),
        "only the open action with evidence is offered for sign-off");
    records(Role.ICB_QUALITY_LEAD, p, "Action A-1 signed off", "action-sign-offs",
        "action", "A-1", "rationale", "Audit evidence seen");
  }

  @Test
  void theProviderMayNotSignOffAndTheDomainRefusesAnActionWithoutEvidence() throws Exception {
    forbidden(Role.PROVIDER, acute, "action-sign-offs", "action", "A-4", "rationale", "x");
    OrganisationCode p = withPlan();
    refuses(422, List.of("Action A-2 has no evidence of implementation"),
        Role.ICB_QUALITY_LEAD, p, "action-sign-offs", "action", "A-2", "rationale", "x");
    refuses(400, List.of("plan action id must not be blank"), Role.ICB_QUALITY_LEAD, p,
        "action-sign-offs", "action", "", "rationale", "x");
  }

  @Test
  void aDirectorClosesTheRemainingActions_003_5_2_3_e() throws Exception {
    OrganisationCode p = withPlan();
    records(Role.ICB_DIRECTOR, p, "Remaining actions closed by director's decision: A-1, A-2",
        "action-closures", "rationale", "Superseded by the system recovery plan");
  }

  @Test
  void onlyADirectorClosesRemainingActionsAndAnImpossibleDateIsABadValue() throws Exception {
    OrganisationCode p = withPlan();
    forbidden(Role.ICB_QUALITY_LEAD, p, "action-closures", "rationale", "x");
    forbidden(Role.PROVIDER, acute, "action-closures", "rationale", "x");
    refuses(400, List.of("date must be a date as YYYY-MM-DD", "2025-02-30"), Role.ICB_DIRECTOR,
        p, "action-closures", "at", "2025-02-30", "rationale", "x");
  }

  // --- 003 §5.2.3 a, Appendix 1 and 2: NHS England's steps ---

  @Test
  void nhsEnglandRecordsAnIntelligenceSharingCall_003_5_2_3_a() throws Exception {
    OrganisationCode p = enhanced();
    records(Role.NHSE_REGION, p, "Intelligence-sharing call held, chaired by Regional chief "
            + "nurse; attendees ICB chief nurse, CQC; agreed actions: Weekly data return",
        "meetings", "meeting", NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL.name(),
        "chair", "Regional chief nurse", "attendees", "ICB chief nurse\r\nCQC\r\n",
        "agreed-actions", "Weekly data return", "rationale", "Concerns shared by CQC");
  }

  @Test
  void onlyNhsEnglandRecordsMeetingsAndARiskSummitMustHaveBeenCalled() throws Exception {
    OrganisationCode p = enhanced();
    forbidden(Role.ICB_DIRECTOR, p, "meetings", "meeting", "SINGLE_ITEM_QSG", "rationale", "x");
    refuses(422, List.of("No risk summit has been called"), Role.NHSE_REGION, p, "meetings",
        "meeting", "RISK_SUMMIT", "chair", "Chief nurse", "attendees", "CQC",
        "rationale", "x");
  }

  @Test
  void anUnknownMeetingIsABadValue() throws Exception {
    refuses(400, List.of("meeting must be one of INTELLIGENCE_SHARING_CALL", "TEA_PARTY"),
        Role.NHSE_REGION, enhanced(), "meetings", "meeting", "TEA_PARTY", "rationale", "x");
  }

  @Test
  void nhsEnglandRequestsAQualityRiskProfile_003_5_2_3_a() throws Exception {
    OrganisationCode p = enhanced();
    records(Role.NHSE_REGION, p, "Quality Risk Profile requested",
        "quality-risk-profile-requests", "rationale", "People remain at risk");
    assertTrue(page(Role.ICB_QUALITY_LEAD, p).contains(
        "action=\"/escalation/" + p.value() + "/quality-risk-profiles\""),
        "once requested, the completion form is shown");
  }

  @Test
  void onlyNhsEnglandRequestsAProfileAndNotForAProviderInRoutine() throws Exception {
    OrganisationCode p = routine();
    forbidden(Role.ICB_DIRECTOR, p, "quality-risk-profile-requests", "rationale", "x");
    refuses(422, List.of("is in routine surveillance"), Role.NHSE_REGION, p,
        "quality-risk-profile-requests", "rationale", "x");
    refuses(400, List.of("date must be a date as YYYY-MM-DD", "1 July"), Role.NHSE_REGION, p,
        "quality-risk-profile-requests", "at", "1 July", "rationale", "x");
  }

  @Test
  void theQualityLeadRecordsTheCompletedProfile_003_Appendix_1() throws Exception {
    OrganisationCode p = enhanced();
    given(p, new RequestQualityRiskProfile(EARLIER, REGION, "a"));
    records(Role.ICB_QUALITY_LEAD, p, "Quality Risk Profile completed: Extreme risk of harm",
        "quality-risk-profiles", "summary", "Extreme risk of harm", "rationale", "Agreed");
  }

  @Test
  void theProviderMayNotCompleteAProfileAndNoneCanBeCompletedUnrequested() throws Exception {
    forbidden(Role.PROVIDER, acute, "quality-risk-profiles", "rationale", "x");
    OrganisationCode p = enhanced();
    refuses(422, List.of("No Quality Risk Profile has been requested"), Role.ICB_DIRECTOR, p,
        "quality-risk-profiles", "rationale", "x");
    refuses(400, List.of("date must be a date as YYYY-MM-DD", "2025-7-1"), Role.ICB_DIRECTOR, p,
        "quality-risk-profiles", "at", "2025-7-1", "rationale", "x");
  }

  @Test
  void aDirectorCallsARapidResponseReviewAtAnyLevel_003_Appendix_2() throws Exception {
    records(Role.ICB_DIRECTOR, routine(), "Rapid response review called",
        "rapid-response-reviews", "rationale", "Several deaths in a week on one ward");
  }

  @Test
  void theQualityLeadMayNotCallARapidResponseReviewAndABadDateWritesNothing()
      throws Exception {
    OrganisationCode p = routine();
    forbidden(Role.ICB_QUALITY_LEAD, p, "rapid-response-reviews", "rationale", "x");
    refuses(400, List.of("date must be a date as YYYY-MM-DD", "tomorrow"), Role.NHSE_REGION, p,
        "rapid-response-reviews", "at", "tomorrow", "rationale", "x");
  }

  // --- 001 §7.3: contractual levers ---

  @Test
  void aDirectorIssuesAContractPerformanceNotice_001_7_3() throws Exception {
    records(Role.ICB_DIRECTOR, routine(), "Contract performance notice: Cancer waits",
        "levers", "lever", ContractualLever.CONTRACT_PERFORMANCE_NOTICE.name(),
        "detail", "Cancer waits", "rationale", "Breach of the 62-day standard");
  }

  @Test
  void theQualityLeadIsOfferedOnlyAnInformalQueryAndTheDomainRefusesANotice()
      throws Exception {
    OrganisationCode p = routine();
    String form = page(Role.ICB_QUALITY_LEAD, p);
    assertTrue(form.contains("<option value=\"INFORMAL_QUERY\""));
    assertFalse(form.contains("<option value=\"CONTRACT_PERFORMANCE_NOTICE\""));
    // The route admits the quality lead (an informal query is theirs); the domain says the rest.
    refuses(422, List.of("Only an ICB director may issue a contract performance notice"),
        Role.ICB_QUALITY_LEAD, p, "levers", "lever", "CONTRACT_PERFORMANCE_NOTICE",
        "rationale", "x");
    forbidden(Role.NHSE_REGION, p, "levers", "lever", "INFORMAL_QUERY", "rationale", "x");
    records(Role.ICB_QUALITY_LEAD, p, "Informal query: Waiting list validation", "levers",
        "lever", "INFORMAL_QUERY", "detail", "Waiting list validation", "rationale", "Queries");
  }

  @Test
  void anUnknownLeverIsABadValueAndASuspensionNeedsAlternativeProvision() throws Exception {
    OrganisationCode p = routine();
    refuses(400, List.of("lever must be one of INFORMAL_QUERY", "FINE"), Role.ICB_DIRECTOR, p,
        "levers", "lever", "FINE", "rationale", "x");
    refuses(422, List.of("must name the alternative provision"), Role.ICB_DIRECTOR, p,
        "levers", "lever", "SUSPENSION", "rationale", "x");
  }

  // --- 003 §3: corrections ---

  @Test
  void aQualityLeadCorrectsAnEntryWithANewRecord_DOMAIN_6() throws Exception {
    OrganisationCode p = enhanced();
    assertTrue(page(Role.ICB_QUALITY_LEAD, p).contains("<option value=\"2\""));
    records(Role.ICB_QUALITY_LEAD, p, "Correction of entry 2: The lead is Morgan Ellery-Smith",
        "corrections", "corrects", "2", "note", "The lead is Morgan Ellery-Smith",
        "rationale", "Name misspelt");
  }

  @Test
  void theProviderAndAViewerMayNotCorrectAndTheDomainRefusesAnEntryNotInTheCase()
      throws Exception {
    forbidden(Role.PROVIDER, acute, "corrections", "corrects", "1", "note", "x",
        "rationale", "x");
    forbidden(Role.VIEWER, acute, "corrections", "corrects", "1", "note", "x", "rationale", "x");
    refuses(422, List.of("There is no event 999 to correct"), Role.ICB_DIRECTOR, enhanced(),
        "corrections", "corrects", "999", "note", "x", "rationale", "x");
  }

  @Test
  void anEntryThatIsNotAPositiveNumberIsABadValue() throws Exception {
    OrganisationCode p = enhanced();
    refuses(400, List.of("corrects must be the number of an entry", "two"),
        Role.ICB_QUALITY_LEAD, p, "corrections", "corrects", "two", "note", "x",
        "rationale", "x");
    refuses(400, List.of("corrects must be the version of an earlier event", "0"),
        Role.ICB_QUALITY_LEAD, p, "corrections", "corrects", "0", "note", "x",
        "rationale", "x");
  }
}
