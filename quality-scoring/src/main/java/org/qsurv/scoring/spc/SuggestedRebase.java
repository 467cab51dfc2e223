package org.qsurv.scoring.spc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.indicator.Period;

/**
 * Advice that a provider's series may justify recalculating its limits: the Making Data Count
 * shift rule holds at the latest points, for at least as many points as new limits need. It is
 * advice only and is never applied: limits are recalculated only for a known, sustained change in
 * the process, recorded with its reason (MDC), and PTD declines to rebase automatically, because a
 * shift may as well be a deterioration that a new baseline would hide. A person who knows of such
 * a change records a recalculation from {@link #from()}.
 *
 * @param from the period the run on one side of the mean started: where new limits would start
 * @param points how many of the latest points are on that side of the mean
 * @param basis what the advice is based on, in words, with the numbers
 * @since 1.0.0
 */
public record SuggestedRebase(Period from, int points, String basis) {

  /**
   * Checks that every part is present and the run has at least two points.
   *
   * @throws IllegalArgumentException naming the field and the value
   */
  public SuggestedRebase {
    Objects.requireNonNull(from, "suggested rebase from");
    Checks.check(points >= 2, () -> "suggested rebase points must be at least 2 but was " + points);
    Checks.notBlank("suggested rebase basis", basis);
  }

  /**
   * The advice for the latest point of {@code values[from..to)} (periods alike), judged as
   * {@code summary} says: present when there are enough points for limits and the latest
   * {@code n} points are all strictly on one side of the mean (a point on the mean breaks the run,
   * as it breaks a shift), where {@code n} is at least the rule set's shift length and at least
   * {@link SpcOptions#minimumPoints()}: a shift that has lasted long enough to calculate new limits
   * from alone, without trial limits. Empty otherwise.
   *
   * @param summary the judgement of the latest point of this range, with the same options
   */
  public static Optional<SuggestedRebase> of(List<Period> periods, double[] values, int from,
      int to, SpcSummary summary) {
    Objects.requireNonNull(summary, "summary");
    Checks.check(from >= 0 && to <= values.length && to <= periods.size() && from < to,
        () -> "suggested rebase range must hold at least one point but was ["
            + from + ", " + to + ")");
    if (!summary.enoughData() || summary.limits().isEmpty()) {
      return Optional.empty();
    }
    double mean = summary.limits().get().mean();
    int side = Xmr.side(values[to - 1], mean);
    if (side == 0) {
      return Optional.empty();
    }
    int run = 0;
    for (int i = to - 1; i >= from && Xmr.side(values[i], mean) == side; i--) {
      run++;
    }
    SpcOptions options = summary.options();
    int needed = Math.max(options.ruleSet().shiftPoints(), options.minimumPoints());
    if (run < needed) {
      return Optional.empty();
    }
    Period start = periods.get(to - run);
    return Optional.of(new SuggestedRebase(start, run, "the latest " + run + " points, from "
        + start + ", are all " + (side > 0 ? "above" : "below") + " the mean of "
        + number(mean) + ": a shift (" + options.ruleSet().shiftPoints() + " or more points on one"
        + " side of the mean, MDC) long enough to calculate new limits from (" + needed
        + " points). If a known, sustained change in the process explains it, record a"
        + " recalculation from " + start + " with its reason; it is never applied automatically"
        + " (MDC; PTD)"));
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
        : String.valueOf(Math.round(d * 1e4) / 1e4);
  }
}
