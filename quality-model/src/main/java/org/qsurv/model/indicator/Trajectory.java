package org.qsurv.model.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * A planned trajectory: the value an indicator should reach in each period, with a tolerance
 * (003 §5.2.2: "issues that may veer off planned trajectory"; 001 §6.8.2, e.g. C. difficile
 * against its trajectory). A value further than {@link #tolerance()} on the worse side of the plan
 * is off trajectory.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableTrajectory.class)
@JsonDeserialize(as = ImmutableTrajectory.class)
public abstract class Trajectory {
  /** The planned values, in period order, at most one per period. */
  public abstract ImmutableList<TrajectoryPoint> points();

  /** How far on the worse side of the plan a value may be and still count as on trajectory. */
  @Value.Default
  public double tolerance() {
    return 0;
  }

  /** The planned value for {@code period}, if the trajectory has one. */
  public Optional<Double> plannedFor(Period period) {
    return points().stream().filter(p -> p.period().equals(period)).map(TrajectoryPoint::planned)
        .findFirst();
  }

  /** A builder for a trajectory: at least one point is required; the tolerance defaults to 0. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Trajectory}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableTrajectory.Builder {}

  /**
   * Rejects a tolerance that is not finite or is below 0, a trajectory with no points, and points
   * that mix frequencies or are not in strictly increasing period order, with an
   * {@link IllegalArgumentException} that names the value.
   */
  @Value.Check
  protected void check() {
    Checks.check(Double.isFinite(tolerance()) && tolerance() >= 0,
        () -> "trajectory tolerance must be a finite number of at least 0 but was " + tolerance());
    Checks.check(!points().isEmpty(), "trajectory must plan at least one period");
    for (int i = 1; i < points().size(); i++) {
      Period before = points().get(i - 1).period();
      Period after = points().get(i).period();
      Checks.check(before.frequency() == after.frequency(),
          () -> "trajectory mixes periods " + before + " and " + after
              + " of different frequencies");
      Checks.check(before.compareTo(after) < 0,
          () -> "trajectory periods must be in order, each once, "
          + "but " + after + " follows " + before);
    }
  }
}
