package org.qsurv.app.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import org.qsurv.app.web.forms.MeetingField;
import org.qsurv.app.web.html.CaseForms;
import org.qsurv.app.web.html.DataAge;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.ProviderCheck;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.CurrentUser;
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

  EscalationPages(Ports ports, Assessments assessments, SurveillanceCases cases) {
    this.ports = ports;
    this.assessments = assessments;
    this.cases = cases;
  }

  private String name(OrganisationCode code) {
    return View.name(assessments, ports.directory(), code);
  }

  /** Every provider's case, as stored ({@code escalation/list.jte}). */
  Response list(Request request) {
    List<Provider> providers = ports.directory().providers();
    // The recorded cases in one pass; a provider without one is routine with an empty log, as
    // cases.load would give it, without a read per provider.
    Map<OrganisationCode, CaseFile> recorded = assessments.derived("recorded-cases",
        () -> cases.all().stream().collect(ImmutableMap.toImmutableMap(
            f -> f.state().provider(), f -> f)));
    Map<Provider, CaseFile> byProvider = new HashMap<>();
    providers.forEach(p -> byProvider.put(p, recorded.getOrDefault(p.code(),
        CaseFile.unrecorded(p.code()))));
    return View.page(request, "Escalation", Optional.of(Section.ESCALATION), Templates.render(
        "escalation/list.jte", Map.of("providers", providers, "cases", byProvider)));
  }

  Response provider(Request request) {
    return show(request, 200, Optional.empty());
  }

  /** The case page ({@code escalation/case.jte}), with the domain's reason when one was refused. */
  private Response show(Request request, int status, Optional<String> rejection) {
    OrganisationCode code = request.provider();
    Optional<Provider> provider = ports.directory().provider(code);
    if (provider.isEmpty()) {
      return View.notFound(request);
    }
    CaseFile file = cases.load(code);
    LocalDate today = assessments.today();
    CaseForms forms = new CaseForms(provider.get(), file, request.user(),
        request.signedInSession().csrfToken(), today, awaitingAcceptance(code, file.state()),
        cases.policy().authority(), WebRoutes.table());
    DataAge age = assessments.currency(code).map(DataCurrency::age)
        .orElseGet(() -> DataAge.of(today, List.of()));
    return View.page(request, status, "Escalation: " + provider.get().name(),
        request.user().isProviderUser() ? Optional.empty() : Optional.of(Section.ESCALATION),
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
    Optional<String> wrongProvider = ProviderCheck.refusal(code,
        request.field(ProviderCheck.FIELD_NAME));
    if (wrongProvider.isPresent()) {
      // H13: the form was made for another provider than the address names; nothing is written.
      return show(request, 409, wrongProvider);
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
    Optional<SurveillanceCase> then = dateError.isPresent() ? Optional.empty()
        : Optional.of(CaseHistory.asOf(code, file.log(), asOf));
    return View.page(request, dateError.isPresent() ? 400 : 200, "Audit: " + name(code),
        Optional.of(Section.AUDIT), Templates.render("escalation/audit.jte", Map.of(
            "provider", code, "file", file, "verification", verification, "asOfField", asOfField,
            "then", then, "asOf", asOf)));
  }
}
