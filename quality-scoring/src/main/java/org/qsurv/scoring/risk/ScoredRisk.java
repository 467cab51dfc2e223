package org.qsurv.scoring.risk;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;

/**
 * A risk on the register as of a date, scored on the NHS 5x5 matrix: its score and rating, its
 * review interval, when its next review is due and whether that is overdue, its score history and
 * trend, and its initial / current / target scores (004 §4.4; NPSA 2008; SNAPSHOT.md
 * {@code risks}).
 *
 * <p>As of a date before the last review, the risk is taken as it stood then: the latest recorded
 * review on or before the date gives its score and review date; with no such review the current
 * score is used and the risk counts as never reviewed. A risk never reviewed is due for review on
 * the evaluation date itself (SNAPSHOT.md), and so is not yet overdue.
 *
 * <pre>{@code
 * ScoredRisk r = ScoredRisk.of(risk, LocalDate.of(2025, 7, 1), RiskReviewPolicy.nhsDefaults());
 * r.rating();          // EXTREME for 4 x 4
 * r.nextReviewDue();   // 2025-06-20: last reviewed 2025-05-20, monthly (004 §4.4)
 * r.overdue();         // true
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class ScoredRisk {
  /** The risk's id on the register, e.g. {@code R-1}. */
  public abstract RiskId id();

  /** The position on the matrix as of the evaluation date. */
  public abstract RiskScore current();

  /** Likelihood x consequence, 1-25. */
  @Value.Derived
  public int score() {
    return current().score();
  }

  /** The rating band of the score. */
  @Value.Derived
  public RiskRating rating() {
    return RiskRating.of(score());
  }

  /** The initial (inherent) score, before controls, where recorded. */
  public abstract Optional<RiskScore> initial();

  /** The score the risk is managed towards, where recorded. */
  public abstract Optional<RiskScore> target();

  /** The reviews on or before the evaluation date, oldest first. */
  public abstract ImmutableList<RiskReview> history();

  /** The score compared with the one before the latest review. */
  public abstract RiskTrend trend();

  /** The date of the last review on or before the evaluation date; empty if never reviewed. */
  public abstract Optional<LocalDate> lastReviewed();

  /** Calendar months between reviews for this rating (1 for 15 and above, 004 §4.4). */
  public abstract int reviewIntervalMonths();

  /** When the next review is due. */
  public abstract LocalDate nextReviewDue();

  /** Whether the next review was due before the evaluation date. */
  public abstract boolean overdue();

  /** How far the current score is above the target (negative below it), if there is a target. */
  public Optional<Integer> aboveTarget() {
    return target().map(t -> score() - t.score());
  }

  /** Scores {@code risk} as of {@code asOf} under {@code policy}. */
  public static ScoredRisk of(Risk risk, LocalDate asOf, RiskReviewPolicy policy) {
    ImmutableList.Builder<RiskReview> upToDate = ImmutableList.builder();
    RiskReview latest = null;
    for (RiskReview review : risk.reviews()) {
      if (!review.reviewed().isAfter(asOf)) {
        upToDate.add(review);
        latest = review;
      }
    }
    ImmutableList<RiskReview> history = upToDate.build();
    RiskScore current;
    Optional<LocalDate> lastReviewed;
    if (risk.lastReviewed().isPresent() && !risk.lastReviewed().get().isAfter(asOf)) {
      current = risk.current();
      lastReviewed = risk.lastReviewed();
    } else if (latest != null) {
      current = latest.score();
      lastReviewed = Optional.of(latest.reviewed());
    } else {
      current = risk.current();
      lastReviewed = Optional.empty();
    }
    RiskRating rating = RiskRating.of(current);
    int interval = policy.intervalMonths(rating);
    LocalDate due = lastReviewed.isEmpty()
        ? asOf
        : nextDue(lastReviewed.get(), history, interval, policy.countFrom());
    return ImmutableScoredRisk.builder()
        .id(risk.id()).current(current).initial(risk.initial()).target(risk.target())
        .history(history).trend(trend(current, history)).lastReviewed(lastReviewed)
        .reviewIntervalMonths(interval).nextReviewDue(due).overdue(due.isBefore(asOf))
        .build();
  }

  private static LocalDate nextDue(LocalDate last, ImmutableList<RiskReview> history,
      int interval, ReviewBasis basis) {
    if (basis == ReviewBasis.LAST_REVIEWED || history.isEmpty()) {
      return last.plusMonths(interval);
    }
    // Keep to the cycle from the first review: the first cycle date after the last review, each
    // date from the anchor, not the one before, so that month-end clamping (31 Jan + 1 month =
    // 28 Feb) does not drift.
    LocalDate anchor = history.get(0).reviewed();
    long k = 1;
    LocalDate due = anchor.plusMonths(interval);
    while (!due.isAfter(last)) {
      k++;
      due = anchor.plusMonths(k * interval);
    }
    // Never more than one interval after the last review (a cycle on the 31st, clamped to 28
    // February, would otherwise next fall on 31 March): 15 and above stays at least monthly.
    LocalDate oneInterval = last.plusMonths(interval);
    return due.isAfter(oneInterval) ? oneInterval : due;
  }

  private static RiskTrend trend(RiskScore current, ImmutableList<RiskReview> history) {
    int n = history.size();
    Integer previous = null;
    if (n >= 1 && history.get(n - 1).score().score() != current.score()) {
      previous = history.get(n - 1).score().score();
    } else if (n >= 2) {
      previous = history.get(n - 2).score().score();
    }
    if (previous == null || previous == current.score()) {
      return RiskTrend.STATIC;
    }
    return current.score() > previous ? RiskTrend.RISING : RiskTrend.FALLING;
  }
}
