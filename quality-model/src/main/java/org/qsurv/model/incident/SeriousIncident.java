package org.qsurv.model.incident;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
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
 * <p>A response the review sends back for more information (002 QAF ¶40: the commissioner
 * seeks assurance "that lessons have been identified and credible recommendations and action
 * plans are made") is resubmitted and reviewed again, as often as it takes (hazard H40): {@code
 * review} is always the latest review, {@code earlierReviews} the ones before it (each asked for
 * more information), and {@code resubmissions} the dates the revised responses were received, the
 * k-th after the k-th review of {@link #reviews()}.
 *
 * @param id the incident's id, unique within a snapshot; what findings and triggers cite
 * @param provider the provider that reported it
 * @param reported the date it was reported
 * @param framework the framework it is managed under
 * @param neverEvent whether it is a never event
 * @param responseDue the date the learning response (or root cause analysis) is due
 * @param responseReceived the date the response was first received, if it has been
 * @param review the commissioner's latest review of the response, if reviewed
 * @param actionPlanSignedOff the date the action plan was signed off, if it has been
 * @param earlierReviews the reviews before {@code review}, oldest first, each MORE_INFORMATION
 * @param resubmissions the dates revised responses were received, one after each review that
 *     asked for more information: as many as {@code earlierReviews}, or one more when the latest
 *     review asked for more information and the revised response has come in
 * @since 1.0.0
 */
public record SeriousIncident(IncidentId id, OrganisationCode provider, LocalDate reported,
    IncidentFramework framework, boolean neverEvent, LocalDate responseDue,
    Optional<LocalDate> responseReceived, Optional<ResponseReview> review,
    Optional<LocalDate> actionPlanSignedOff, List<ResponseReview> earlierReviews,
    List<LocalDate> resubmissions) {

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
    earlierReviews = ImmutableList.copyOf(
        Objects.requireNonNull(earlierReviews, "incident earlierReviews"));
    resubmissions = ImmutableList.copyOf(
        Objects.requireNonNull(resubmissions, "incident resubmissions"));
    Checks.check(!responseDue.isBefore(reported),
        () -> "incident " + id + " responseDue " + responseDue
        + " is before it was reported on " + reported);
    responseReceived.ifPresent(r -> Checks.check(!r.isBefore(reported), () -> "incident " + id
        + " responseReceived " + r + " is before it was reported on " + reported));
    Checks.check(earlierReviews.isEmpty() || review.isPresent(), () -> "incident " + id + " has "
        + "earlier reviews but no latest review");
    for (ResponseReview earlier : earlierReviews) {
      Checks.check(earlier.outcome() == ReviewOutcome.MORE_INFORMATION, () -> "incident " + id
          + " was reviewed again after its review on " + earlier.on() + " " + earlier.outcome()
          + ": only a review that asked for MORE_INFORMATION is followed by another");
    }
    int rounds = earlierReviews.size() + (review.isPresent() ? 1 : 0);
    boolean awaitingReview = review.isPresent()
        && review.get().outcome() == ReviewOutcome.MORE_INFORMATION;
    int resubmitted = resubmissions.size();
    Checks.check(resubmitted == earlierReviews.size()
        || (awaitingReview && resubmitted == rounds), () -> "incident " + id + " has "
        + resubmitted + " resubmissions for " + rounds + " reviews: a revised response "
        + "follows each review that asked for MORE_INFORMATION, and is reviewed before the next");
    // The dates in the order things happen: received, reviewed, resubmitted, reviewed again...
    List<ResponseReview> all = reviewsOf(earlierReviews, review);
    for (int k = 0; k < all.size(); k++) {
      ResponseReview v = all.get(k);
      Optional<LocalDate> before = k == 0 ? responseReceived : Optional.of(resubmissions.get(k - 1));
      String what = k == 0 ? "response was received" : "revised response was received";
      Checks.check(before.isPresent() && !v.on().isBefore(before.get()), () -> "incident " + id
          + " was reviewed on " + v.on() + (before.isPresent() ? ", before its " + what + " on "
          + before.get() : " but its response was never received"));
      if (k < resubmissions.size()) {
        LocalDate resubmission = resubmissions.get(k);
        Checks.check(!resubmission.isBefore(v.on()), () -> "incident " + id + " resubmission "
            + resubmission + " is before the review on " + v.on() + " that asked for it");
      }
    }
    Optional<ResponseReview> latest = review;
    actionPlanSignedOff.ifPresent(s -> Checks.check(latest.isPresent()
        && latest.get().outcome() == ReviewOutcome.ACCEPTED && !s.isBefore(latest.get().on()),
        () -> "incident " + id + " actionPlanSignedOff " + s
            + " needs an ACCEPTED review on or before"
            + " it (002 QAF ¶40-41: the plan is agreed at review, then signed off)"));
  }

  /**
   * An incident with at most one review and no resubmission, as every incident was before
   * resubmissions were recorded.
   */
  public SeriousIncident(IncidentId id, OrganisationCode provider, LocalDate reported,
      IncidentFramework framework, boolean neverEvent, LocalDate responseDue,
      Optional<LocalDate> responseReceived, Optional<ResponseReview> review,
      Optional<LocalDate> actionPlanSignedOff) {
    this(id, provider, reported, framework, neverEvent, responseDue, responseReceived, review,
        actionPlanSignedOff, List.of(), List.of());
  }

  private static List<ResponseReview> reviewsOf(List<ResponseReview> earlier,
      Optional<ResponseReview> latest) {
    ImmutableList.Builder<ResponseReview> all = ImmutableList.builder();
    all.addAll(earlier);
    latest.ifPresent(all::add);
    return all.build();
  }

  /** Every review, oldest first: the earlier reviews, then the latest. */
  public List<ResponseReview> reviews() {
    return reviewsOf(earlierReviews, review);
  }

  /**
   * This incident with {@code later} added as its latest review (the one before it becoming an
   * earlier review), as checked by the constructor.
   *
   * @throws IllegalArgumentException if the review is out of order
   */
  public SeriousIncident withReview(ResponseReview later) {
    List<ResponseReview> earlier = review.isPresent()
        ? reviewsOf(earlierReviews, review) : List.of();
    return new SeriousIncident(id, provider, reported, framework, neverEvent, responseDue,
        responseReceived, Optional.of(later), actionPlanSignedOff, earlier, resubmissions);
  }

  /**
   * This incident with a revised response received on {@code received}, after the latest review
   * asked for more information.
   *
   * @throws IllegalArgumentException if the latest review did not ask for more information, the
   *     revised response is already received, or the date is before that review
   */
  public SeriousIncident withResubmission(LocalDate received) {
    Checks.check(review.isPresent() && review.get().outcome() == ReviewOutcome.MORE_INFORMATION
        && resubmissions.size() == earlierReviews.size(), () -> "incident " + id + " has no review "
        + "awaiting a revised response: a resubmission follows a review that asked for "
        + "MORE_INFORMATION, once");
    return new SeriousIncident(id, provider, reported, framework, neverEvent, responseDue,
        responseReceived, review, actionPlanSignedOff, earlierReviews,
        ImmutableList.<LocalDate>builder().addAll(resubmissions).add(received).build());
  }

  /**
   * Whether the latest review asked for more information and the revised response has not come
   * in yet (on or before {@code asOf}, as the reviews and resubmissions stand then).
   */
  public boolean awaitingResubmissionOn(LocalDate asOf) {
    Optional<ResponseReview> latest = reviewBy(asOf);
    return latest.isPresent() && latest.get().outcome() == ReviewOutcome.MORE_INFORMATION
        && resubmissionsBy(asOf).size() < reviewsBy(asOf).size();
  }

  /** The reviews held on or before {@code asOf}, oldest first. */
  public List<ResponseReview> reviewsBy(LocalDate asOf) {
    return reviews().stream().filter(v -> !v.on().isAfter(asOf)).toList();
  }

  /** The revised responses received on or before {@code asOf}, oldest first. */
  public List<LocalDate> resubmissionsBy(LocalDate asOf) {
    return resubmissions.stream().filter(d -> !d.isAfter(asOf)).toList();
  }

  /** Whether, as of {@code asOf}, the response is due before that date and not yet received. */
  public boolean responseOverdueOn(LocalDate asOf) {
    return responseDue.isBefore(asOf) && !receivedBy(asOf);
  }

  /** Whether the response was received on or before {@code asOf}. */
  public boolean receivedBy(LocalDate asOf) {
    return responseReceived.map(r -> !r.isAfter(asOf)).orElse(false);
  }

  /** The latest review that took place on or before {@code asOf}. */
  public Optional<ResponseReview> reviewBy(LocalDate asOf) {
    List<ResponseReview> held = reviewsBy(asOf);
    return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
  }

  /** Whether the action plan was signed off on or before {@code asOf}. */
  public boolean signedOffBy(LocalDate asOf) {
    return actionPlanSignedOff.map(s -> !s.isAfter(asOf)).orElse(false);
  }
}
