package org.qsurv.app.web;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.forms.MeetingField;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.Forms;
import org.qsurv.app.web.html.HtmlBuilder;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.StatusTag;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.escalation.audit.ChainVerification;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CallRapidResponseReview;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CloseRemainingActions;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.CompleteQualityRiskProfile;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordCorrection;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.levers.NhsEnglandSteps;
import org.qsurv.escalation.levers.QualityRiskProfileStatus;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.escalation.view.CaseHistory;
import org.qsurv.escalation.view.CaseTimeline;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The escalation pages (003 §5.2.3): each provider's case, with a form for each decision and each
 * procedure step shown only to the roles the route table lets take it. The domain decides: a
 * rejected command shows the domain's reason and writes nothing. An accepted decision is recorded
 * in the decision log too, so that assessments and exports see it.
 *
 * <p>The forms are grouped as the frameworks name them: the decisions; accepting a trigger (003
 * §5.2.1); the enhanced procedure (003 §5.2.3 a-e: the steps, key risks, the provider's response,
 * the improvement plan's actions, evidence, sign-off and closure); NHS England's steps (003 §5.2.3
 * a, Appendix 1 and 2: meetings, the Quality Risk Profile, a rapid response review); contractual
 * levers (001 §7.3); corrections (003 §3: nothing recorded is changed, a correction is a new
 * record). Where a form refers to something the case holds (a key risk, a plan action, a fired
 * trigger, an entry), it offers a choice built from the case as stored; the server checks the value
 * again. A value that cannot be read (a blank required field, a date or number that does not parse,
 * an unknown choice) gives 400 naming the field and the value, and writes nothing.
 */
final class EscalationPages {
  private static final String REJECTED = "The decision was not recorded";

  private final Ports ports;
  private final Assessments assessments;
  private final SurveillanceCases cases;

  EscalationPages(Ports ports, Assessments assessments, SurveillanceCases cases) {
    this.ports = ports;
    this.assessments = assessments;
    this.cases = cases;
  }

  private String name(OrganisationCode code) {
    return View.name(assessments, ports.directory(), code);
  }

  /** Every provider's case, as stored; the list is made once per state of the data. */
  Response list(Request request) {
    return View.page(request, "Escalation", Optional.of(Section.ESCALATION),
        List.of(View.cached(assessments, "escalation-list", this::listContent)));
  }

  private SafeHtml listContent() {
    List<Provider> providers = ports.directory().providers();
    // The recorded cases in one pass; a provider without one is routine with an empty log, as
    // cases.load would give it, without a read per provider.
    Map<OrganisationCode, CaseFile> recorded = new HashMap<>();
    cases.all().forEach(f -> recorded.put(f.state().provider(), f));
    HtmlBuilder b = new HtmlBuilder();
    b.append(View.table("Each provider's escalation case", List.of("Provider", "Level",
        "Since", "Events"), providers, (row, p) -> {
          CaseFile f = recorded.computeIfAbsent(p.code(), CaseFile::unrecorded);
          View.link(row, p.name(), "/escalation/" + p.code().value());
          View.cell(row, View.level(f.state().level()));
          View.cell(row, View.date(f.state().levelSince()));
          View.cell(row, String.valueOf(f.log().size()));
        }));
    return b.build();
  }

  Response provider(Request request) {
    return show(request, 200, Optional.empty());
  }

  private Response show(Request request, int status, Optional<String> rejection) {
    OrganisationCode code = request.provider();
    if (ports.directory().provider(code).isEmpty()) {
      return View.notFound(request);
    }
    CurrentUser user = request.user();
    CaseFile file = cases.load(code);
    LocalDate today = assessments.today();
    HtmlBuilder b = new HtmlBuilder();
    if (rejection.isPresent()) {
      b.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1",
          "aria-labelledby", "rejected-title");
      b.element("h2", REJECTED, "id", "rejected-title");
      b.element("p", rejection.get(), "class", "rejection-reason");
      b.element("p", "Nothing was changed.");
      b.close("div");
    }
    b.open("p").element("a", "Provider dashboard", "href", "/providers/" + code.value())
        .close("p");
    b.append(ProviderPages.caseSection(file, today));
    CaseForms f = new CaseForms(user, request.signedInSession().csrfToken(),
        "/escalation/" + code.value(), today, cases.policy().authority());
    SurveillanceCase state = file.state();
    if (f.may("/decisions")) {
      b.element("h2", "Record a decision", "id", "decide");
      b.append(Forms.post(f.base() + "/decisions", f.csrf(),
          Forms.select(Field.of("decision", "Decision"),
              ProviderPages.choices(DecisionType.values())),
          Forms.input(Field.of("at", "Date").withType(InputType.DATE)
              .withValue(today.toString())),
          Forms.textarea(Field.of("rationale", "Rationale")
              .withHint("Why: recorded in the audit trail (003 aims).")),
          Forms.submit("Record decision")));
    }
    if (f.may("/accepted-triggers")) {
      b.element("h2", "Accept a trigger (003 §5.2.1 Triggers)", "id", "triggers");
      List<TriggerFiring> awaiting = awaitingAcceptance(code, state);
      b.append(awaiting.isEmpty()
          ? View.paragraph("No trigger fired for this provider is awaiting acceptance.")
          : f.form("/accepted-triggers", "trigger", "Accept trigger",
              Forms.select(Field.of("trigger", "Trigger fired"), awaiting.stream()
                  .map(t -> new Choice(t.code().name(), shortened(View.words(t.code().name())
                      + ": " + t.reason()))).toList())));
    }
    b.append(procedureForms(f, state));
    b.append(nhsEnglandForms(f, state));
    if (f.may("/levers")) {
      b.element("h2", "Apply a contractual lever (001 §7.3)", "id", "levers");
      List<Choice> levers = Arrays.stream(ContractualLever.values())
          .filter(l -> f.allowed(l.action(), state))
          .map(l -> new Choice(l.name(), capitalised(l.description()))).toList();
      b.append(levers.isEmpty()
          ? View.paragraph("Your role may apply no contractual lever at this level.")
          : f.form("/levers", "lever", "Apply lever",
              Forms.select(Field.of("lever", "Lever").withId("lever")
                  .withHint("A remedial action plan or withheld payment follows a contract "
                      + "performance notice (001 §7.3)."), levers),
              Forms.input(Field.of("detail", "What it concerns").withId("lever-detail")
                  .withHint("Optional: the service, or the notice's reference.")),
              Forms.input(Field.of("alternative-provision", "Alternative provision")
                  .withHint("For a service suspension: the alternative provision put in place "
                      + "(001 §7.3)."))));
    }
    if (f.may("/corrections")) {
      b.element("h2", "Correct an entry (a correction is a new record: nothing recorded is changed)", "id",
          "corrections");
      b.append(file.log().isEmpty()
          ? View.paragraph("The case has no entries to correct.")
          : f.form("/corrections", "correction", "Record correction",
              Forms.select(Field.of("corrects", "Entry corrected"),
                  CaseTimeline.of(file.log()).reverse().stream().map(e -> new Choice(
                      String.valueOf(e.version()), e.version() + " (" + e.at() + "): "
                      + shortened(e.what()))).toList()),
              Forms.textarea(Field.of("note", "What was wrong and what is right"))));
    }
    return View.page(request, status, "Escalation: " + name(code),
        request.user().isProviderUser() ? Optional.empty() : Optional.of(Section.ESCALATION),
        b.build());
  }

  /** The forms of 003 §5.2.3 a-e, each shown only if the route table lets the user post it. */
  private static SafeHtml procedureForms(CaseForms f, SurveillanceCase state) {
    HtmlBuilder b = new HtmlBuilder();
    if (Stream.of("/steps", "/key-risks", "/feedback-responses", "/plan-actions",
        "/action-evidence", "/action-sign-offs", "/action-closures").noneMatch(f::may)) {
      return b.build();
    }
    b.element("h2", "The enhanced procedure (003 §5.2.3 a-e)", "id", "procedure");
    Optional<EnhancedProcedure> procedure = state.activeProcedure();
    List<KeyRisk> keyRisks = procedure.map(p -> (List<KeyRisk>) p.keyRisks()).orElse(List.of());
    List<PlanAction> open = procedure.map(p -> (List<PlanAction>) p.openActions())
        .orElse(List.of());
    if (f.may("/steps")) {
      b.element("h3", "a) Engaging the provider, b) baseline review, d) feedback", "id", "steps");
      b.append(Forms.post(f.base() + "/steps", f.csrf(),
          Forms.select(Field.of("step", "Step"), List.of(
              new Choice("APPOINT_LEAD", "a) Appoint the ICB quality lead"),
              new Choice("NOTIFY_PROVIDER", "a) Give the provider formal written notice"),
              new Choice("SET_UP_GOVERNANCE_GROUP", "a) Set up the governance group"),
              new Choice("COMPLETE_BASELINE_REVIEW", "b) Complete the baseline review"),
              new Choice("GIVE_FEEDBACK", "d) Give feedback to the provider"))),
          Forms.input(Field.of("detail", "Lead, group name or summary")
              .withHint("The lead's name, the group's name, or the review or feedback summary.")),
          Forms.input(Field.of("at", "Date").withId("step-at").withType(InputType.DATE)
              .withValue(f.today().toString())),
          Forms.textarea(Field.of("rationale", "Rationale").withId("step-rationale")),
          Forms.submit("Record step")));
    }
    if (f.may("/key-risks")) {
      b.element("h3", "c) Establishing the level of risk: agree the key risks", "id",
          "key-risks");
      b.append(f.form("/key-risks", "key-risks", "Agree key risks",
          Forms.textarea(Field.of("risks", "Key risks agreed with partners").withHint(
              "One per line, as id: description, e.g. " + nextId("KR-", keyRisks.stream()
                  .map(KeyRisk::id).toList()) + ": Night medical staffing. Each id is new to "
                  + "the case: a new or emerging risk gets an id of its own."))));
    }
    if (f.may("/feedback-responses")) {
      b.element("h3", "d) Feedback to the provider: acknowledge or challenge a key risk", "id",
          "respond");
      b.append(keyRisks.isEmpty() ? View.paragraph("No key risks are agreed yet.")
          : f.form("/feedback-responses", "respond", "Record response",
              Forms.select(Field.of("risk", "Key risk"), keyRisks.stream()
                  .map(r -> new Choice(r.id(), r.id() + ": " + r.description())).toList()),
              Forms.select(Field.of("response", "Response"),
                  ProviderPages.choices(RiskResponse.values())),
              Forms.textarea(Field.of("evidence", "Evidence")
                  .withHint("Needed for a challenge (003 §5.2.3 d)."))));
    }
    if (f.may("/plan-actions")) {
      b.element("h3", "e) Improvement plan: add an action", "id", "plan");
      b.append(f.form("/plan-actions", "plan", "Add action",
          Forms.input(Field.of("action", "Action id").withHint("New to the plan, e.g. "
              + nextId("A-", procedure.map(p -> p.plan().stream().map(PlanAction::id).toList())
                  .orElse(List.of())) + ".")),
          Forms.input(Field.of("description", "What will be done")),
          Forms.input(Field.of("lead", "Action lead").withId("action-lead")),
          Forms.input(Field.of("due", "Due").withType(InputType.DATE)),
          Forms.input(Field.of("metric", "Agreed metric"))));
    }
    if (f.may("/action-evidence")) {
      b.element("h3", "e) Improvement plan: evidence of implementation", "id", "action-evidence");
      b.append(open.isEmpty() ? View.paragraph("The improvement plan has no open actions.")
          : f.form("/action-evidence", "evidence", "Add evidence",
              Forms.select(Field.of("action", "Action").withId("evidence-action"),
                  actionChoices(open)),
              Forms.textarea(Field.of("evidence", "Evidence of implementation")
                  .withId("action-evidence-text"))));
    }
    if (f.may("/action-sign-offs")) {
      b.element("h3", "e) Improvement plan: sign off a completed action", "id", "sign-off");
      List<PlanAction> evidenced = open.stream().filter(a -> !a.evidence().isEmpty()).toList();
      b.append(evidenced.isEmpty()
          ? View.paragraph("No open action has evidence of implementation yet; sign-off is for "
              + "completed actions with evidence (003 §5.2.3 e).")
          : f.form("/action-sign-offs", "sign-off", "Sign off action",
              Forms.select(Field.of("action", "Action").withId("sign-off-action"),
                  actionChoices(evidenced))));
    }
    if (f.may("/action-closures")) {
      b.element("h3", "e) Improvement plan: close the remaining actions", "id", "close-actions");
      b.append(open.isEmpty() ? View.paragraph("The improvement plan has no open actions.")
          : SafeHtml.concat(View.paragraph("An ICB director's decision to close every action "
              + "not signed off (" + open.stream().map(PlanAction::id)
              .collect(Collectors.joining(", ")) + "), so that the case may step down."),
              f.form("/action-closures", "close", "Close remaining actions")));
    }
    return b.build();
  }

  /** NHS England's steps (003 §5.2.3 a: meetings and the Quality Risk Profile; Appendix 2). */
  private static SafeHtml nhsEnglandForms(CaseForms f, SurveillanceCase state) {
    HtmlBuilder b = new HtmlBuilder();
    if (Stream.of("/meetings", "/quality-risk-profile-requests", "/quality-risk-profiles",
        "/rapid-response-reviews").noneMatch(f::may)) {
      return b.build();
    }
    b.element("h2", "NHS England steps (003 §5.2.3 a, Appendix 1 and 2)", "id", "nhs-england");
    NhsEnglandSteps steps = state.nhsEngland();
    if (f.may("/meetings")) {
      b.element("h3", "Record an intelligence-sharing call, single-item QSG or risk summit",
          "id", "meetings");
      List<Choice> meetings = Arrays.stream(NhsEnglandMeeting.values())
          .filter(m -> f.allowed(m.action(), state))
          .map(m -> new Choice(m.name(), capitalised(m.description()))).toList();
      b.append(meetings.isEmpty() ? View.paragraph("Your role records no meeting at this level.")
          : f.form("/meetings", "meeting", "Record meeting",
              Forms.select(Field.of("meeting", "Meeting").withHint("A risk summit is recorded "
                  + "once called, with its chair and attendees (003 Appendix 1); called and not "
                  + "yet recorded: " + steps.riskSummitsAwaitingRecord() + "."), meetings),
              Forms.input(Field.of("chair", "Chair").withId("meeting-chair")),
              Forms.textarea(Field.of("attendees", "Attendees").withHint("One per line.")),
              Forms.textarea(Field.of("agreed-actions", "Agreed actions")
                  .withHint("One per line."))));
    }
    if (f.may("/quality-risk-profile-requests") || f.may("/quality-risk-profiles")) {
      b.element("h3", "Quality Risk Profile", "id", "quality-risk-profile");
      QualityRiskProfileStatus qrp = steps.qualityRiskProfile();
      String since = steps.qualityRiskProfileSince().map(d -> " on " + d).orElse("");
      b.append(View.paragraph(switch (qrp) {
        case NOT_REQUESTED -> "Not requested in this case.";
        case REQUESTED -> "Requested" + since + ", not yet completed.";
        case COMPLETED -> "Completed" + since + "; it may be requested again.";
      }));
      if (qrp != QualityRiskProfileStatus.REQUESTED && f.may("/quality-risk-profile-requests")) {
        b.append(f.form("/quality-risk-profile-requests", "qrp-request",
            "Request Quality Risk Profile"));
      }
      if (qrp == QualityRiskProfileStatus.REQUESTED && f.may("/quality-risk-profiles")) {
        b.append(f.form("/quality-risk-profiles", "qrp", "Record completed profile",
            Forms.textarea(Field.of("summary", "Summary").withId("qrp-summary")
                .withHint("Optional: what the profile found."))));
      }
    }
    if (f.may("/rapid-response-reviews")) {
      b.element("h3", "Call a rapid response review (003 Appendix 2)", "id",
          "rapid-response-review");
      b.append(f.form("/rapid-response-reviews", "rapid-review", "Call rapid response review"));
    }
    return b.build();
  }

  private static List<Choice> actionChoices(List<PlanAction> actions) {
    return actions.stream().map(a -> new Choice(a.id(), a.id() + ": " + a.description()
        + " (due " + a.due() + ", " + a.evidence().size() + " evidence)")).toList();
  }

  /** The first id {@code prefix}N not yet used, as a hint for the next one. */
  private static String nextId(String prefix, List<String> used) {
    int n = 1;
    while (used.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String shortened(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /**
   * The triggers fired for the provider (003 §5.2.1, as the assessment finds them) that the case
   * has not accepted: a trigger counts as accepted once the case holds one of its code with the
   * same evidence, so a trigger that fires again on new evidence is offered again.
   */
  private List<TriggerFiring> awaitingAcceptance(OrganisationCode code, SurveillanceCase state) {
    List<TriggerFiring> fired = assessments.provider(code)
        .map(p -> (List<TriggerFiring>) p.quality().triggers()).orElse(List.of());
    return fired.stream().filter(t -> state.triggers().stream().noneMatch(a ->
        a.code().equals(t.code().name()) && a.evidence().equals(t.evidence()))).toList();
  }

  /** The forms of one escalation page: who asks, the session's CSRF token, the case, today. */
  private record CaseForms(CurrentUser user, String csrf, String base, LocalDate today,
      AuthorityTable authority) {
    /** Whether the route table lets the user post to {@code route} under the case's path. */
    boolean may(String route) {
      return View.LAYOUT_ROUTES.permits(Optional.of(user), HttpMethod.POST, base + route);
    }

    /** Whether the domain's authority table lets the user take {@code action} now. */
    boolean allowed(CaseAction action, SurveillanceCase state) {
      return authority.allows(user.role(), action, state.level());
    }

    /** A form posting {@code fields}, then the date and rationale every command has. */
    SafeHtml form(String route, String prefix, String button, SafeHtml... fields) {
      List<SafeHtml> all = new ArrayList<>(Arrays.asList(fields));
      all.add(Forms.input(Field.of("at", "Date").withId(prefix + "-at").withType(InputType.DATE)
          .withValue(today.toString())));
      all.add(Forms.textarea(Field.of("rationale", "Rationale").withId(prefix + "-rationale")
          .withHint("Why: recorded in the audit trail (003 aims).")));
      all.add(Forms.submit(button));
      return Forms.post(base + route, csrf, all.toArray(SafeHtml[]::new));
    }
  }

  private static Actor actor(CurrentUser user) {
    return Actor.builder().name(user.displayName()).role(user.role())
        .organisation(user.organisation()).build();
  }

  private static LocalDate date(Request request, LocalDate otherwise) {
    return request.field("at").isEmpty() ? otherwise : date(request, "at", "date");
  }

  // Form values, read so that a bad one names the field and the value (a 400, nothing written).

  private static LocalDate date(Request request, String name, String label) {
    return FieldValues.date(label, request.field(name));
  }

  private static <E extends Enum<E>> E oneOf(Request request, String name, Class<E> type) {
    return FieldValues.oneOf(name, request.field(name), type);
  }

  private static Optional<String> optional(Request request, String name) {
    return Optional.of(request.field(name)).filter(v -> !v.isEmpty());
  }

  /** A text area's non-blank lines. */
  private static ImmutableList<String> lines(Request request, String name) {
    return request.field(name).lines().map(String::trim).filter(l -> !l.isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** "id: description" lines (003 §5.2.3 c). */
  private static ImmutableList<KeyRisk> keyRisks(Request request) {
    ImmutableList.Builder<KeyRisk> risks = ImmutableList.builder();
    for (String line : lines(request, "risks")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("risks must have one key risk a line, as id: "
            + "description, but had " + Checks.quote(line));
      }
      risks.add(KeyRisk.of(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
    }
    return risks.build();
  }

  /**
   * A decision, with the meeting it was taken at where the form names one ({@code meeting}): a
   * STEP_DOWN from enhanced by the ICB director at an NHS England-led meeting needs no
   * sustained-assurance period (003 §5.2.3 a).
   */
  Response decide(Request request) {
    return submit(request, (user, at, rationale) -> new TakeDecision(at, actor(user), rationale,
        oneOf(request, "decision", DecisionType.class),
        MeetingField.read(request.form()).orElseThrow()));
  }

  Response step(Request request) {
    return submit(request, (user, at, rationale) -> {
      String detail = request.field("detail");
      return switch (request.field("step")) {
        case "APPOINT_LEAD" -> new AppointLead(at, actor(user), rationale, detail);
        case "NOTIFY_PROVIDER" -> new NotifyProvider(at, actor(user), rationale, NoticeMethod.WRITTEN_NOTICE);
        case "SET_UP_GOVERNANCE_GROUP" -> new SetUpGovernanceGroup(at, actor(user), rationale, detail);
        case "COMPLETE_BASELINE_REVIEW" -> new CompleteBaselineReview(at, actor(user), rationale, detail);
        case "GIVE_FEEDBACK" -> new GiveFeedback(at, actor(user), rationale, detail);
        default -> throw new IllegalArgumentException("step must be one of the listed steps");
      };
    });
  }

  Response respond(Request request) {
    return submit(request, (user, at, rationale) -> new RecordProviderResponse(
        at, actor(user), rationale.isEmpty() ? "Provider response" : rationale, request.field("risk"),
        oneOf(request, "response", RiskResponse.class),
        request.field("evidence").isEmpty() ? ImmutableList.of() : ImmutableList.of(request.field("evidence"))));
  }

  Response addAction(Request request) {
    return submit(request, (user, at, rationale) -> AddPlanAction.builder().at(at)
        .by(actor(user)).rationale(rationale.isEmpty() ? "Improvement plan action" : rationale)
        .actionId(request.field("action")).description(request.field("description"))
        .lead(request.field("lead")).due(date(request, "due", "due"))
        .metric(request.field("metric")).build());
  }

  /** 003 §5.2.1: a trigger fired for the provider, accepted with the evidence it fired on. */
  Response acceptTrigger(Request request) {
    return submit(request, (user, at, rationale) -> {
      String code = request.field("trigger");
      List<TriggerFiring> awaiting = awaitingAcceptance(request.provider(),
          cases.load(request.provider()).state());
      TriggerFiring fired = awaiting.stream().filter(t -> t.code().name().equals(code))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("trigger must be one of "
              + "the triggers fired for " + request.provider().value() + " and awaiting "
              + "acceptance (" + awaiting.stream().map(t -> t.code().name())
                  .collect(Collectors.joining(", ")) + ") but was " + Checks.quote(code)));
      return new AcceptTrigger(at, actor(user), rationale, code, fired.evidence());
    });
  }

  /** 003 §5.2.3 c. */
  Response agreeKeyRisks(Request request) {
    return submit(request, (user, at, rationale) -> new AgreeKeyRisks(at, actor(user), rationale, keyRisks(request)));
  }

  /** 003 §5.2.3 e. */
  Response addEvidence(Request request) {
    return submit(request, (user, at, rationale) -> new AddActionEvidence(
        at, actor(user), rationale, request.field("action"), request.field("evidence")));
  }

  /** 003 §5.2.3 e. */
  Response signOff(Request request) {
    return submit(request, (user, at, rationale) -> new SignOffAction(
        at, actor(user), rationale, request.field("action")));
  }

  /** 003 §5.2.3 e; 004 §4.4: an ICB director's decision. */
  Response closeRemainingActions(Request request) {
    return submit(request, (user, at, rationale) -> new CloseRemainingActions(at, actor(user), rationale));
  }

  /** 003 §5.2.3 a, Appendix 1. */
  Response recordMeeting(Request request) {
    return submit(request, (user, at, rationale) -> RecordMeeting.builder().at(at)
        .by(actor(user)).rationale(rationale)
        .meeting(oneOf(request, "meeting", NhsEnglandMeeting.class))
        .chair(optional(request, "chair")).attendees(lines(request, "attendees"))
        .agreedActions(lines(request, "agreed-actions")).build());
  }

  /** 003 §5.2.3 a. */
  Response requestQualityRiskProfile(Request request) {
    return submit(request, (user, at, rationale) -> new RequestQualityRiskProfile(at, actor(user), rationale));
  }

  /** 003 Appendix 1. */
  Response completeQualityRiskProfile(Request request) {
    return submit(request, (user, at, rationale) -> new CompleteQualityRiskProfile(
        at, actor(user), rationale, optional(request, "summary")));
  }

  /** 003 Appendix 2. */
  Response callRapidResponseReview(Request request) {
    return submit(request, (user, at, rationale) -> new CallRapidResponseReview(at, actor(user), rationale));
  }

  /** 001 §7.3. */
  Response applyLever(Request request) {
    return submit(request, (user, at, rationale) -> ApplyLever.builder().at(at).by(actor(user))
        .rationale(rationale).lever(oneOf(request, "lever", ContractualLever.class))
        .detail(optional(request, "detail"))
        .alternativeProvision(optional(request, "alternative-provision")).build());
  }

  /** 003 §3: a correction is a new record that references what it corrects. */
  Response recordCorrection(Request request) {
    return submit(request, (user, at, rationale) -> {
      long corrects;
      try {
        corrects = Long.parseLong(request.field("corrects"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("corrects must be the number of an entry of the "
            + "case but was " + Checks.quote(request.field("corrects")));
      }
      return new RecordCorrection(at, actor(user), rationale, corrects, request.field("note"));
    });
  }

  @FunctionalInterface
  private interface CommandFromForm {
    CaseCommand make(CurrentUser user, LocalDate at, String rationale);
  }

  private Response submit(Request request, CommandFromForm form) {
    OrganisationCode code = request.provider();
    if (ports.directory().provider(code).isEmpty()) {
      return View.notFound(request);
    }
    CaseCommand command;
    try {
      command = form.make(request.user(), date(request, assessments.today()),
          request.field("rationale"));
    } catch (RuntimeException e) {
      // An invalid form value: the value types name the field and the value.
      return show(request, 400, Optional.of(String.valueOf(e.getMessage())));
    }
    Outcome outcome;
    try {
      outcome = cases.submit(code, command);
    } catch (CaseConflictException e) {
      return show(request, 409, Optional.of("Someone else changed this case while you were "
          + "filling in the form. Check the timeline and try again."));
    }
    if (outcome.rejection().isPresent()) {
      return show(request, 422, Optional.of(outcome.rejection().get().reason()));
    }
    // The case's log is the record of decisions (CaseDecisions reads them back from it).
    assessments.written();
    return Response.redirect("/escalation/" + code.value() + "#case");
  }

  /** The case's audit: its log, the chain's verification, and the case as of a date. */
  Response audit(Request request) {
    OrganisationCode code = request.provider();
    if (ports.directory().provider(code).isEmpty()) {
      return View.notFound(request);
    }
    CaseFile file = cases.load(code);
    ChainVerification verification = ChainVerifier.verify(file.log());
    String asOfText = request.query().first("as-of").orElse("").trim();
    LocalDate asOf = assessments.today();
    Optional<String> dateError = Optional.empty();
    if (!asOfText.isEmpty()) {
      try {
        asOf = FieldValues.date("as-of", asOfText);
      } catch (FieldValues.Refused e) {
        dateError = Optional.of(e.getMessage());
      }
    }
    Field asOfField = Field.of("as-of", "Show the case as of").withType(InputType.DATE)
        .withValue(dateError.isPresent() ? asOfText : asOf.toString()).withError(dateError);
    HtmlBuilder b = new HtmlBuilder();
    b.append(Forms.errorSummary(List.of(asOfField)));
    b.open("p").text("Hash chain: ").append(verification.isIntact()
        ? StatusTag.render("Intact", StatusTag.Colour.GREEN)
        : StatusTag.render("Broken at event " + verification.firstBrokenVersion().orElse(0),
            StatusTag.Colour.RED)).text(" (" + file.log().size() + " events)").close("p");
    verification.reason().ifPresent(r -> b.element("p", r));
    b.open("form", "method", "get", "action", "/audit/" + code.value());
    b.append(Forms.input(asOfField));
    b.append(Forms.submit("Show"));
    b.close("form");
    if (dateError.isPresent()) {
      return View.page(request, 400, "Audit: " + name(code), Optional.of(Section.AUDIT),
          b.build());
    }
    SurveillanceCase then = CaseHistory.asOf(code, file.log(), asOf);
    b.element("h2", "The case as of " + asOf);
    b.open("p").text("Level ").append(View.level(then.level()))
        .text(then.levelSince().map(d -> " since " + d).orElse("") + "; " + then.version()
            + " events recorded by then.").close("p");
    final LocalDate cut = asOf;
    b.append(View.table("Events up to " + asOf, List.of("#", "Date", "By", "What", "Why"),
        CaseTimeline.of(file.log()).stream().filter(e -> !e.at().isAfter(cut)).toList(),
        (row, e) -> {
          View.cell(row, String.valueOf(e.version()));
          View.cell(row, e.at().toString());
          View.cell(row, e.by().name() + " (" + org.qsurv.app.web.html.Labels.role(e.by().role()) + ")");
          View.cell(row, e.what());
          View.cell(row, e.why());
        }));
    return View.page(request, "Audit: " + name(code), Optional.of(Section.AUDIT), b.build());
  }
}
