package org.qsurv.app.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.forms.FieldValues;
import org.qsurv.app.web.forms.MeetingField;
import org.qsurv.app.web.html.CaseForms;
import org.qsurv.app.web.html.DataAge;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.escalation.audit.ChainVerification;
import org.qsurv.escalation.audit.ChainVerifier;
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
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.escalation.view.CaseHistory;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Actor;
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
  private final Ports ports;
  private final Assessments assessments;
  private final SurveillanceCases cases;
  /** The application's route table: which case forms the user may post. */
  private final RouteTable routes;

  EscalationPages(Ports ports, Assessments assessments, SurveillanceCases cases,
      RouteTable routes) {
    this.routes = routes;
    this.ports = ports;
    this.assessments = assessments;
    this.cases = cases;
  }

  private String name(OrganisationCode code) {
    return Pages.name(assessments, ports.directory(), code);
  }

  /** Every provider's case, as stored ({@code escalation/list.jte}). */
  void list(Context ctx) {
    List<Provider> providers = ports.directory().providers();
    // The recorded cases in one pass; a provider without one is routine with an empty log, as
    // cases.load would give it, without a read per provider.
    Map<OrganisationCode, CaseFile> recorded = assessments.derived("recorded-cases",
        () -> cases.all().stream().collect(ImmutableMap.toImmutableMap(
            f -> f.state().provider(), f -> f)));
    Map<Provider, CaseFile> byProvider = new HashMap<>();
    providers.forEach(p -> byProvider.put(p, recorded.getOrDefault(p.code(),
        CaseFile.unrecorded(p.code()))));
    Pages.render(ctx, "Escalation", Section.ESCALATION, "escalation/list.jte",
        Map.of("providers", providers, "cases", byProvider));
  }

  void provider(Context ctx) {
    show(ctx, 200, Optional.empty());
  }

  /** The case page ({@code escalation/case.jte}), with the domain's reason when one was refused. */
  private void show(Context ctx, int status, Optional<String> rejection) {
    OrganisationCode code = Pages.provider(ctx);
    Optional<Provider> provider = ports.directory().provider(code);
    if (provider.isEmpty()) {
      Pages.notFound(ctx);
      return;
    }
    CaseFile file = cases.load(code);
    LocalDate today = assessments.today();
    CaseForms forms = new CaseForms(provider.get(), file, Pages.user(ctx),
        Pages.session(ctx).csrfToken(), today, awaitingAcceptance(code, file.state()),
        cases.policy().authority(), routes);
    DataAge age = assessments.currency(code).map(DataCurrency::age)
        .orElseGet(() -> DataAge.of(today, List.of()));
    Pages.render(ctx, status, "Escalation: " + provider.get().name(),
        Pages.user(ctx).isProviderUser() ? Optional.empty() : Optional.of(Section.ESCALATION),
        Templates.render("escalation/case.jte", Map.of("f", forms, "age", age,
            "rejection", rejection)));
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

  private static Actor actor(CurrentUser user) {
    return Actor.builder().name(user.displayName()).role(user.role())
        .organisation(user.organisation()).build();
  }

  private static LocalDate date(Context ctx, LocalDate otherwise) {
    return Pages.field(ctx, "at").isEmpty() ? otherwise : date(ctx, "at", "date");
  }

  // Form values, read so that a bad one names the field and the value (a 400, nothing written).

  private static LocalDate date(Context ctx, String name, String label) {
    return FieldValues.date(label, Pages.field(ctx, name));
  }

  private static <E extends Enum<E>> E oneOf(Context ctx, String name, Class<E> type) {
    return FieldValues.oneOf(name, Pages.field(ctx, name), type);
  }

  private static Optional<String> optional(Context ctx, String name) {
    return Optional.of(Pages.field(ctx, name)).filter(v -> !v.isEmpty());
  }

  /** A text area's non-blank lines. */
  private static ImmutableList<String> lines(Context ctx, String name) {
    return Pages.field(ctx, name).lines().map(String::trim).filter(l -> !l.isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** "id: description" lines (003 §5.2.3 c). */
  private static ImmutableList<KeyRisk> keyRisks(Context ctx) {
    ImmutableList.Builder<KeyRisk> risks = ImmutableList.builder();
    for (String line : lines(ctx, "risks")) {
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
  void decide(Context ctx) {
    submit(ctx, (user, at, rationale) -> new TakeDecision(at, actor(user), rationale,
        oneOf(ctx, "decision", DecisionType.class),
        MeetingField.read(RequestContext.of(ctx).form()).orElseThrow()));
  }

  void step(Context ctx) {
    submit(ctx, (user, at, rationale) -> {
      String detail = Pages.field(ctx, "detail");
      return switch (Pages.field(ctx, "step")) {
        case "APPOINT_LEAD" -> new AppointLead(at, actor(user), rationale, detail);
        case "NOTIFY_PROVIDER" -> new NotifyProvider(at, actor(user), rationale, NoticeMethod.WRITTEN_NOTICE);
        case "SET_UP_GOVERNANCE_GROUP" -> new SetUpGovernanceGroup(at, actor(user), rationale, detail);
        case "COMPLETE_BASELINE_REVIEW" -> new CompleteBaselineReview(at, actor(user), rationale, detail);
        case "GIVE_FEEDBACK" -> new GiveFeedback(at, actor(user), rationale, detail);
        default -> throw new IllegalArgumentException("step must be one of the listed steps");
      };
    });
  }

  void respond(Context ctx) {
    submit(ctx, (user, at, rationale) -> new RecordProviderResponse(
        at, actor(user), rationale.isEmpty() ? "Provider response" : rationale, Pages.field(ctx, "risk"),
        oneOf(ctx, "response", RiskResponse.class),
        Pages.field(ctx, "evidence").isEmpty() ? ImmutableList.of() : ImmutableList.of(Pages.field(ctx, "evidence"))));
  }

  void addAction(Context ctx) {
    submit(ctx, (user, at, rationale) -> AddPlanAction.builder().at(at)
        .by(actor(user)).rationale(rationale.isEmpty() ? "Improvement plan action" : rationale)
        .actionId(Pages.field(ctx, "action")).description(Pages.field(ctx, "description"))
        .lead(Pages.field(ctx, "lead")).due(date(ctx, "due", "due"))
        .metric(Pages.field(ctx, "metric")).build());
  }

  /** 003 §5.2.1: a trigger fired for the provider, accepted with the evidence it fired on. */
  void acceptTrigger(Context ctx) {
    submit(ctx, (user, at, rationale) -> {
      String code = Pages.field(ctx, "trigger");
      List<TriggerFiring> awaiting = awaitingAcceptance(Pages.provider(ctx),
          cases.load(Pages.provider(ctx)).state());
      TriggerFiring fired = awaiting.stream().filter(t -> t.code().name().equals(code))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("trigger must be one of "
              + "the triggers fired for " + Pages.provider(ctx).value() + " and awaiting "
              + "acceptance (" + awaiting.stream().map(t -> t.code().name())
                  .collect(Collectors.joining(", ")) + ") but was " + Checks.quote(code)));
      return new AcceptTrigger(at, actor(user), rationale, code, fired.evidence());
    });
  }

  /** 003 §5.2.3 c. */
  void agreeKeyRisks(Context ctx) {
    submit(ctx, (user, at, rationale) -> new AgreeKeyRisks(at, actor(user), rationale, keyRisks(ctx)));
  }

  /** 003 §5.2.3 e. */
  void addEvidence(Context ctx) {
    submit(ctx, (user, at, rationale) -> new AddActionEvidence(
        at, actor(user), rationale, Pages.field(ctx, "action"), Pages.field(ctx, "evidence")));
  }

  /** 003 §5.2.3 e. */
  void signOff(Context ctx) {
    submit(ctx, (user, at, rationale) -> new SignOffAction(
        at, actor(user), rationale, Pages.field(ctx, "action")));
  }

  /** 003 §5.2.3 e; 004 §4.4: an ICB director's decision. */
  void closeRemainingActions(Context ctx) {
    submit(ctx, (user, at, rationale) -> new CloseRemainingActions(at, actor(user), rationale));
  }

  /** 003 §5.2.3 a, Appendix 1. */
  void recordMeeting(Context ctx) {
    submit(ctx, (user, at, rationale) -> RecordMeeting.builder().at(at)
        .by(actor(user)).rationale(rationale)
        .meeting(oneOf(ctx, "meeting", NhsEnglandMeeting.class))
        .chair(optional(ctx, "chair")).attendees(lines(ctx, "attendees"))
        .agreedActions(lines(ctx, "agreed-actions")).build());
  }

  /** 003 §5.2.3 a. */
  void requestQualityRiskProfile(Context ctx) {
    submit(ctx, (user, at, rationale) -> new RequestQualityRiskProfile(at, actor(user), rationale));
  }

  /** 003 Appendix 1. */
  void completeQualityRiskProfile(Context ctx) {
    submit(ctx, (user, at, rationale) -> new CompleteQualityRiskProfile(
        at, actor(user), rationale, optional(ctx, "summary")));
  }

  /** 003 Appendix 2. */
  void callRapidResponseReview(Context ctx) {
    submit(ctx, (user, at, rationale) -> new CallRapidResponseReview(at, actor(user), rationale));
  }

  /** 001 §7.3. */
  void applyLever(Context ctx) {
    submit(ctx, (user, at, rationale) -> ApplyLever.builder().at(at).by(actor(user))
        .rationale(rationale).lever(oneOf(ctx, "lever", ContractualLever.class))
        .detail(optional(ctx, "detail"))
        .alternativeProvision(optional(ctx, "alternative-provision")).build());
  }

  /** 003 §3: a correction is a new record that references what it corrects. */
  void recordCorrection(Context ctx) {
    submit(ctx, (user, at, rationale) -> {
      long corrects;
      try {
        corrects = Long.parseLong(Pages.field(ctx, "corrects"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("corrects must be the number of an entry of the "
            + "case but was " + Checks.quote(Pages.field(ctx, "corrects")));
      }
      return new RecordCorrection(at, actor(user), rationale, corrects, Pages.field(ctx, "note"));
    });
  }

  @FunctionalInterface
  private interface CommandFromForm {
    CaseCommand make(CurrentUser user, LocalDate at, String rationale);
  }

  private void submit(Context ctx, CommandFromForm form) {
    Optional<OrganisationCode> checked = Pages.formProvider(ctx, ports.directory(),
        why -> show(ctx, 409, Optional.of(why)));
    if (checked.isEmpty()) {
      return;
    }
    OrganisationCode code = checked.get();
    CaseCommand command;
    try {
      command = form.make(Pages.user(ctx), date(ctx, assessments.today()),
          Pages.field(ctx, "rationale"));
    } catch (RuntimeException e) {
      // An invalid form value: the value types name the field and the value.
      show(ctx, 400, Optional.of(String.valueOf(e.getMessage())));
      return;
    }
    Outcome outcome;
    try {
      outcome = cases.submit(code, command);
    } catch (CaseConflictException e) {
      show(ctx, 409, Optional.of("Someone else changed this case while you were "
          + "filling in the form. Check the timeline and try again."));
      return;
    }
    if (outcome.rejection().isPresent()) {
      show(ctx, 422, Optional.of(outcome.rejection().get().reason()));
      return;
    }
    // The case's log is the record of decisions (CaseDecisions reads them back from it).
    assessments.written();
    Pages.redirect(ctx, "/escalation/" + code.value() + "#case");
  }

  /** The case's audit: its log, the chain's verification, and the case as of a date. */
  void audit(Context ctx) {
    OrganisationCode code = Pages.provider(ctx);
    if (ports.directory().provider(code).isEmpty()) {
      Pages.notFound(ctx);
      return;
    }
    CaseFile file = cases.load(code);
    ChainVerification verification = ChainVerifier.verify(file.log());
    String asOfText = Pages.query(ctx, "as-of");
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
    Optional<SurveillanceCase> then = dateError.isPresent() ? Optional.empty()
        : Optional.of(CaseHistory.asOf(code, file.log(), asOf));
    Pages.render(ctx, dateError.isPresent() ? 400 : 200, "Audit: " + name(code),
        Optional.of(Section.AUDIT), Templates.render("escalation/audit.jte", Map.of(
            "provider", code, "file", file, "verification", verification, "asOfField", asOfField,
            "then", then, "asOf", asOf)));
  }
}
