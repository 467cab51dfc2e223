package org.qsurv.scoring.threshold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Trajectory;
import org.qsurv.model.indicator.TrajectoryPoint;

/**
 * Where an indicator stands against its planned trajectory (003 §5.2.2: "issues that may veer off
 * planned trajectory"; 001 §6.8.2, C. difficile cases against an agreed trajectory): the latest
 * period with both a return and a plan, how far the value is on the worse side of the plan, whether
 * that is beyond the trajectory's tolerance, and for how many consecutive periods it has been.
 *
 * <pre>{@code
 * TrajectoryJudgement.of(cdiff, providerSeries).ifPresent(t -> {
 *   if (t.offTrajectory()) warn(t.period(), t.periodsOff());
 * });
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class TrajectoryJudgement {
  /** The latest period with both a returned value and a planned one. */
  public abstract Period period();

  /** The value planned for {@link #period()}, in the indicator's unit. */
  public abstract double planned();

  /** The value returned for {@link #period()}, in the indicator's unit. */
  public abstract double actual();

  /** How far the value is on the worse side of the plan (negative when better than planned). */
  public abstract double deviation();

  /** Whether the deviation is beyond the trajectory's tolerance. */
  public abstract boolean offTrajectory();

  /**
   * The number of consecutive periods, ending with {@link #period()}, that are off trajectory; a
   * period with no return or no plan ends the count. 0 when on trajectory.
   */
  public abstract int periodsOff();

  /**
   * The judgement of a provider's returns for {@code indicator} against its trajectory; empty when
   * it has none, or no returned period has a plan.
   *
   * @param series the provider's observations of the indicator, in any order; missing returns are
   *     skipped
   */
  public static Optional<TrajectoryJudgement> of(IndicatorDefinition indicator,
      List<Observation> series) {
    if (indicator.trajectory().isEmpty()) {
      return Optional.empty();
    }
    Trajectory trajectory = indicator.trajectory().get();
    // Each period's plan and first return, found once rather than by a scan per period.
    Map<Period, Double> plan = new HashMap<>();
    for (TrajectoryPoint point : trajectory.points()) {
      plan.putIfAbsent(point.period(), point.planned());
    }
    Map<Period, Double> returned = new HashMap<>();
    Observation latest = null;
    for (Observation o : series) {
      if (o.isMissing()) {
        continue;
      }
      returned.putIfAbsent(o.period(), o.value().getAsDouble());
      if (plan.containsKey(o.period())
          && (latest == null || o.period().compareTo(latest.period()) > 0)) {
        latest = o;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    Polarity polarity = indicator.polarity();
    double planned = plan.get(latest.period());
    double actual = latest.value().getAsDouble();
    double deviation = deviation(polarity, actual, planned);
    boolean off = deviation > trajectory.tolerance();
    int periodsOff = 0;
    if (off) {
      periodsOff = 1;
      Period p = latest.period().plus(-1);
      while (isOff(polarity, trajectory.tolerance(), plan.get(p), returned.get(p))) {
        periodsOff++;
        p = p.plus(-1);
      }
    }
    return Optional.of(ImmutableTrajectoryJudgement.builder().period(latest.period())
        .planned(planned).actual(actual).deviation(deviation).offTrajectory(off)
        .periodsOff(periodsOff).build());
  }

  /** Whether a period with this plan and return (null: none) is off trajectory. */
  private static boolean isOff(Polarity polarity, double tolerance, Double planned,
      Double actual) {
    return planned != null && actual != null && deviation(polarity, actual, planned) > tolerance;
  }

  private static double deviation(Polarity polarity, double actual, double planned) {
    // A trajectory needs a worse side: IndicatorDefinition rejects one on a NEUTRAL indicator.
    return polarity == Polarity.LOWER_IS_BETTER ? actual - planned : planned - actual;
  }
}
