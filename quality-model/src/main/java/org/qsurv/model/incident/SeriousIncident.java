package org.qsurv.model.incident;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A serious incident and its learning response (SNAPSHOT.md {@code incidents}): when it was
 * reported, under which framework, whether it is a never event, when the provider's response is
 * due and was received, the commissioner's review and the sign-off of the action plan
 * (002 QAF ¶40-41; 001 §6.8; 004 §3.4).
 *
 * <p>An intelligence item about the same event names the incident in its {@code incident} field;
 * the triggers then count the event once, as this incident.
 *
 * @param id the incident's id, unique within a snapshot; what findings and triggers cite
 * @param provider the provider that reported it
 * @param reported the date it was reported
 * @param framework the framework it is managed under
 * @param neverEvent whether it is a never event
 * @param responseDue the date the learning response (or root cause analysis) is due
 * @param responseReceived the date the response was received, if it has been
 * @param review the commissioner's review of the response, if reviewed
 * @param actionPlanSignedOff the date the action plan was signed off, if it has been
 * @since 1.0.0
 */
public record SeriousIncident(IncidentId id, OrganisationCode provider, LocalDate reported,
    IncidentFramework framework, boolean neverEvent, LocalDate responseDue,
    Optional<LocalDate> responseReceived, Optional<ResponseReview> review,
    Optional<LocalDate> actionPlanSignedOff) {

  /**
   * Checks that the dates are in the order events happen: the response is due and received on or
   * after the report, reviewed on or after it was received, and the action plan signed off only
   * after a review that accepted the response, on or after that review.
   *
   * @throws IllegalArgumentException naming the incident and the dates if they are out of order
   */
  public SeriousIncident {
    Objects.requireNonNull(id, "incident id");
    Objects.requireNonNull(provider, "incident provider");
    Objects.requireNonNull(reported, "incident reported");
    Objects.requireNonNull(framework, "incident framework");
    Objects.requireNonNull(responseDue, "incident responseDue");
    Objects.requireNonNull(responseReceived, "incident responseReceived");
    Objects.requireNonNull(review, "incident review");
    Objects.requireNonNull(actionPlanSignedOff, "incident actionPlanSignedOff");
    Checks.check(!responseDue.isBefore(reported), "incident " + id + " responseDue " + responseDue
        + " is before it was reported on " + reported);
    responseReceived.ifPresent(r -> Checks.check(!r.isBefore(reported), "incident " + id
        + " responseReceived " + r + " is before it was reported on " + reported));
    review.ifPresent(v -> Checks.check(responseReceived.isPresent()
        && !v.on().isBefore(responseReceived.get()), "incident " + id + " was reviewed on "
        + v.on() + (responseReceived.isPresent() ? ", before its response was received on "
        + responseReceived.get() : " but its response was never received")));
    actionPlanSignedOff.ifPresent(s -> Checks.check(review.isPresent()
        && review.get().outcome() == ReviewOutcome.ACCEPTED && !s.isBefore(review.get().on()),
        "incident " + id + " actionPlanSignedOff " + s + " needs an ACCEPTED review on or before"
            + " it (002 QAF ¶40-41: the plan is agreed at review, then signed off)"));
  }

  /** Whether, as of {@code asOf}, the response is due before that date and not yet received. */
  public boolean responseOverdueOn(LocalDate asOf) {
    return responseDue.isBefore(asOf) && !receivedBy(asOf);
  }

  /** Whether the response was received on or before {@code asOf}. */
  public boolean receivedBy(LocalDate asOf) {
    return responseReceived.map(r -> !r.isAfter(asOf)).orElse(false);
  }

  /** The review, if it took place on or before {@code asOf}. */
  public Optional<ResponseReview> reviewBy(LocalDate asOf) {
    return review.filter(v -> !v.on().isAfter(asOf));
  }

  /** Whether the action plan was signed off on or before {@code asOf}. */
  public boolean signedOffBy(LocalDate asOf) {
    return actionPlanSignedOff.map(s -> !s.isAfter(asOf)).orElse(false);
  }
}
