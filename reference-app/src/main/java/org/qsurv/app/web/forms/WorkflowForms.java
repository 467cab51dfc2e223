package org.qsurv.app.web.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.Checks;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;

/**
 * The forms of a provider's surveillance workflows (SNAPSHOT.md "Workflows"), each read field by
 * field with every refusal named and its value quoted, and nothing written unless all are
 * accepted:
 * <ul>
 *   <li>a CQC rating (004 §5.1): {@code published} (not after today), {@code overall}, and
 *       {@code SAFE} ... {@code WELL_LED} (each optional);</li>
 *   <li>a visit planned (001 §7.1): {@code date}, {@code kind}; and recorded done with up to
 *       {@value #FINDINGS} findings ({@code domain-N}, {@code tone-N}, {@code summary-N}, a row
 *       left blank is no finding); or a visit still planned cancelled (no fields);</li>
 *   <li>a serious incident reported ({@code reported}, {@code framework}, {@code neverEvent} yes or
 *       no, {@code responseDue}), then its response received ({@code received}), its review
 *       ({@code on}, {@code outcome}), after a review asking for more information the revised
 *       response received ({@code resubmitted}) and reviewed again, and its action plan signed
 *       off ({@code signedOff}), each once and not after today (002 QAF ¶40-41; hazard H40);</li>
 *   <li>a contract quality meeting (003 §5.1.2): {@code kind}, {@code date}, {@code held} yes or
 *       no, {@code reasonNotHeld} (required when not held), and one action optional
 *       ({@code actionDescription}, {@code actionOwner}, {@code actionDue}); then each of its
 *       actions completed ({@code completed}: on or after the meeting, not after today, once);</li>
 *   <li>a deep dive an ICB director authorises (001 §7.1 Level 3): {@code authorised},
 *       {@code riskAssessment} and {@code rationale}.</li>
 * </ul>
 * A form posted under one provider's page never touches another provider's record (hazard H13).
 *
 * @since 1.0.0
 */
public final class WorkflowForms {
  /** The finding rows of the visit-done form. */
  public static final int FINDINGS = 3;

  private final Ports ports;

  /** The forms over the workflow ports of {@code ports}. */
  public WorkflowForms(Ports ports) {
    this.ports = Objects.requireNonNull(ports, "ports");
  }

  /** Records a CQC rating of {@code provider}, its id made from the provider and the date. */
  public FormResult<RegulatorRating> rating(OrganisationCode provider, FormData form,
      LocalDate today) {
    FormReader f = new FormReader(form);
    Optional<LocalDate> published = f.date("published", today);
    Optional<Rating> overall = f.oneOf("overall", Rating.class);
    Map<KeyQuestion, Rating> questions = new EnumMap<>(KeyQuestion.class);
    for (KeyQuestion q : KeyQuestion.values()) {
      f.optionalOneOf(q.name(), Rating.class).ifPresent(r -> questions.put(q, r));
    }
    return f.result("published", () -> {
      RegulatorRating rating = new RegulatorRating(RatingId.of("CQC-" + provider.value() + "-"
          + published.orElseThrow()), provider, Regulator.CQC, published.orElseThrow(),
          overall.orElseThrow(), questions);
      ports.ratings().record(rating);
      return rating;
    });
  }

  /** Records a visit to {@code provider} planned for {@code date}. */
  public FormResult<QualityVisit> planVisit(OrganisationCode provider, FormData form) {
    FormReader f = new FormReader(form);
    Optional<LocalDate> date = f.date("date");
    Optional<VisitKind> kind = f.oneOf("kind", VisitKind.class);
    return f.result("date", () -> {
      QualityVisit visit = new QualityVisit(VisitId.of("web-" + UUID.randomUUID()), provider,
          date.orElseThrow(), kind.orElseThrow(), VisitStatus.PLANNED, List.of());
      ports.visits().record(visit);
      return visit;
    });
  }

  /** Records that the planned visit {@code visitId} of {@code provider} was done, with findings. */
  public FormResult<QualityVisit> visitDone(OrganisationCode provider, String visitId,
      FormData form, LocalDate today) {
    Optional<QualityVisit> visit = own(visitId, VisitId::of,
        id -> ports.visits().visit(id), QualityVisit::provider, provider);
    if (visit.isEmpty()) {
      return refusedRecord("visit", visitId, provider);
    }
    FormReader f = new FormReader(form);
    if (visit.get().date().isAfter(today)) {
      f.refuse("visit", "visit " + visitId + " is planned for " + visit.get().date()
          + ", after today: it is recorded done on or after its date");
    }
    if (visit.get().status() != VisitStatus.PLANNED) {
      f.refuse("visit", "visit " + visitId + " is already " + visit.get().status());
    }
    List<VisitFinding> findings = new ArrayList<>();
    for (int n = 1; n <= FINDINGS; n++) {
      if (f.raw("summary-" + n).isEmpty() && f.raw("domain-" + n).isEmpty()
          && f.raw("tone-" + n).isEmpty()) {
        continue;
      }
      Optional<QualityDomain> domain = f.oneOf("domain-" + n, QualityDomain.class);
      Optional<Tone> tone = f.oneOf("tone-" + n, Tone.class);
      String summary = f.text("summary-" + n, 4000);
      if (domain.isPresent() && tone.isPresent() && !summary.isEmpty()) {
        findings.add(new VisitFinding(domain.get(), tone.get(), summary));
      }
    }
    return f.result("visit", () -> ports.visits().done(visit.get().id(), findings));
  }

  /**
   * Records that the planned visit {@code visitId} of {@code provider} was cancelled: only a
   * visit still PLANNED is, once (a visit done stays done: its findings are evidence).
   */
  public FormResult<QualityVisit> cancelVisit(OrganisationCode provider, String visitId,
      FormData form) {
    Optional<QualityVisit> visit = own(visitId, VisitId::of,
        id -> ports.visits().visit(id), QualityVisit::provider, provider);
    if (visit.isEmpty()) {
      return refusedRecord("visit", visitId, provider);
    }
    FormReader f = new FormReader(form);
    if (visit.get().status() != VisitStatus.PLANNED) {
      f.refuse("visit", "visit " + visitId + " must be PLANNED to be cancelled but was "
          + visit.get().status());
    }
    return f.result("visit", () -> ports.visits().cancel(visit.get().id()));
  }

  /** Records a serious incident reported by {@code provider}. */
  public FormResult<SeriousIncident> reportIncident(OrganisationCode provider, FormData form,
      LocalDate today) {
    FormReader f = new FormReader(form);
    Optional<LocalDate> reported = f.date("reported", today);
    Optional<IncidentFramework> framework = f.oneOf("framework", IncidentFramework.class);
    boolean neverEvent = f.yesNo("neverEvent");
    Optional<LocalDate> due = f.date("responseDue");
    return f.result("responseDue", () -> {
      SeriousIncident incident = new SeriousIncident(IncidentId.of("web-" + UUID.randomUUID()),
          provider, reported.orElseThrow(), framework.orElseThrow(), neverEvent,
          due.orElseThrow(), Optional.empty(), Optional.empty(), Optional.empty());
      ports.incidents().report(incident);
      return incident;
    });
  }

  /** Records that the learning response of {@code incidentId} was received. */
  public FormResult<SeriousIncident> responseReceived(OrganisationCode provider,
      String incidentId, FormData form, LocalDate today) {
    return incidentStep(provider, incidentId, form, f -> {
      Optional<LocalDate> received = f.date("received", today);
      return id -> ports.incidents().responseReceived(id, received.orElseThrow());
    }, "received");
  }

  /** Records the commissioner's review of the response of {@code incidentId}. */
  public FormResult<SeriousIncident> review(OrganisationCode provider, String incidentId,
      FormData form, LocalDate today) {
    return incidentStep(provider, incidentId, form, f -> {
      Optional<LocalDate> on = f.date("on", today);
      Optional<ReviewOutcome> outcome = f.oneOf("outcome", ReviewOutcome.class);
      return id -> ports.incidents().review(id,
          new ResponseReview(on.orElseThrow(), outcome.orElseThrow()));
    }, "on");
  }

  /**
   * Records that the revised learning response of {@code incidentId}, asked for by a review's
   * MORE_INFORMATION, was received ({@code resubmitted}, not after today; hazard H40).
   */
  public FormResult<SeriousIncident> resubmitted(OrganisationCode provider, String incidentId,
      FormData form, LocalDate today) {
    return incidentStep(provider, incidentId, form, f -> {
      Optional<LocalDate> received = f.date("resubmitted", today);
      return id -> ports.incidents().resubmitted(id, received.orElseThrow());
    }, "resubmitted");
  }

  /** Records the sign-off of the action plan of {@code incidentId}. */
  public FormResult<SeriousIncident> signOff(OrganisationCode provider, String incidentId,
      FormData form, LocalDate today) {
    return incidentStep(provider, incidentId, form, f -> {
      Optional<LocalDate> signedOff = f.date("signedOff", today);
      return id -> ports.incidents().signOff(id, signedOff.orElseThrow());
    }, "signedOff");
  }

  /**
   * One later fact about an incident of {@code provider}: its fields read by {@code read}, then,
   * if all are accepted, written; the port refuses a fact recorded already or out of order, and
   * that refusal is reported under {@code field}.
   */
  private FormResult<SeriousIncident> incidentStep(OrganisationCode provider, String incidentId,
      FormData form, Function<FormReader, Function<IncidentId, SeriousIncident>> read,
      String field) {
    Optional<SeriousIncident> incident = own(incidentId, IncidentId::of,
        id -> ports.incidents().incident(id), SeriousIncident::provider, provider);
    if (incident.isEmpty()) {
      return refusedRecord("incident", incidentId, provider);
    }
    FormReader f = new FormReader(form);
    Function<IncidentId, SeriousIncident> write = read.apply(f);
    return f.result(field, () -> write.apply(incident.get().id()));
  }

  /** Records a contract quality meeting about {@code provider}, with one action if given. */
  public FormResult<ContractMeeting> meeting(OrganisationCode provider, FormData form,
      LocalDate today) {
    FormReader f = new FormReader(form);
    Optional<ContractMeetingKind> kind = f.oneOf("kind", ContractMeetingKind.class);
    Optional<LocalDate> date = f.date("date", today);
    boolean held = f.yesNo("held");
    Optional<String> reason = f.optionalText("reasonNotHeld", 4000);
    if (!held && reason.isEmpty() && f.raw("held").equals("no")) {
      f.refuse("reasonNotHeld", "reasonNotHeld is required when the meeting was not held "
          + "(003 §5.1.2: a meeting not held is formally documented) but was empty");
    }
    if (held && reason.isPresent()) {
      f.refuse("reasonNotHeld", "reasonNotHeld must be empty for a meeting that was held but was "
          + Checks.quote(reason.get()));
    }
    List<MeetingAction> actions = new ArrayList<>();
    if (!(f.raw("actionDescription").isEmpty() && f.raw("actionOwner").isEmpty()
        && f.raw("actionDue").isEmpty())) {
      String description = f.text("actionDescription", 4000);
      String owner = f.text("actionOwner", 300);
      Optional<LocalDate> due = f.date("actionDue");
      if (!description.isEmpty() && !owner.isEmpty() && due.isPresent()) {
        actions.add(new MeetingAction(ActionId.of("web-" + UUID.randomUUID()), description,
            owner, due.get(), Optional.empty()));
      }
    }
    return f.result("kind", () -> {
      ContractMeeting meeting = new ContractMeeting(ContractMeetingId.of("web-"
          + UUID.randomUUID()), provider, kind.orElseThrow(), date.orElseThrow(), held,
          held ? Optional.empty() : reason, actions);
      ports.meetings().record(meeting);
      return meeting;
    });
  }

  /**
   * Records that the action {@code actionId} of one of {@code provider}'s contract meetings was
   * completed ({@code completed}): on or after the meeting that agreed it, not after today, once.
   */
  public FormResult<ContractMeeting> completeMeetingAction(OrganisationCode provider,
      String actionId, FormData form, LocalDate today) {
    Optional<ContractMeeting> meeting = Optional.empty();
    Optional<MeetingAction> action = Optional.empty();
    for (ContractMeeting m : ports.meetings().meetings(provider)) {
      for (MeetingAction a : m.actions()) {
        if (a.id().value().equals(actionId)) {
          meeting = Optional.of(m);
          action = Optional.of(a);
        }
      }
    }
    if (action.isEmpty()) {
      return FormResult.Refused.of("action", "action must be an action of a contract meeting "
          + "of " + provider + " but was " + Checks.quote(actionId));
    }
    FormReader f = new FormReader(form);
    Optional<LocalDate> completed = f.date("completed", today);
    LocalDate agreed = meeting.get().date();
    if (completed.isPresent() && completed.get().isBefore(agreed)) {
      f.refuse("completed", "completed must be on or after the meeting of " + agreed
          + " that agreed action " + actionId + " but was " + completed.get());
    }
    action.get().completed().ifPresent(c -> f.refuse("completed", "action " + actionId
        + " was already completed on " + c + ": a completion is recorded once"));
    ActionId id = action.get().id();
    return f.result("completed",
        () -> ports.meetings().completeAction(id, completed.orElseThrow()));
  }

  /**
   * Records a deep dive into {@code provider} that {@code by} authorises (001 §7.1 Level 3):
   * {@code authorised} (not after today), {@code riskAssessment} (the formal assessment of risk it
   * follows) and {@code rationale}, both required. The model refuses anyone but an ICB director
   * (hazard H39), whatever the route admitted.
   */
  public FormResult<DeepDive> deepDive(OrganisationCode provider, FormData form, LocalDate today,
      Actor by) {
    FormReader f = new FormReader(form);
    Optional<LocalDate> authorised = f.date("authorised", today);
    String riskAssessment = f.text("riskAssessment", 4000);
    String rationale = f.text("rationale", 4000);
    return f.result("authorised", () -> {
      DeepDive deepDive = new DeepDive(DeepDiveId.of("web-" + UUID.randomUUID()), provider,
          authorised.orElseThrow(), by, riskAssessment, rationale);
      ports.deepDives().record(deepDive);
      return deepDive;
    });
  }

  /** The record {@code id} if it is {@code provider}'s; empty for another's, unknown or malformed. */
  private static <I, T> Optional<T> own(String id, Function<String, I> parse,
      Function<I, Optional<T>> find, Function<T, OrganisationCode> providerOf,
      OrganisationCode provider) {
    try {
      return find.apply(parse.apply(id)).filter(t -> providerOf.apply(t).equals(provider));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static <T> FormResult<T> refusedRecord(String what, String id,
      OrganisationCode provider) {
    return FormResult.Refused.of(what, what + " must be a " + what + " of " + provider
        + " but was " + Checks.quote(id));
  }
}
