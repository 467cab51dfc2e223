package org.qsurv.model.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * The planned value of an indicator for one period of its {@link Trajectory}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableTrajectoryPoint.class)
@JsonDeserialize(as = ImmutableTrajectoryPoint.class)
public abstract class TrajectoryPoint {
  /** The month or quarter the planned value is for. */
  @Value.Parameter
  public abstract Period period();

  /**
   * The value the indicator is planned to reach in that period, in the indicator's unit; finite.
   */
  @Value.Parameter
  public abstract double planned();

  /** The planned value {@code planned} for {@code period}. */
  public static TrajectoryPoint of(Period period, double planned) {
    return ImmutableTrajectoryPoint.of(period, planned);
  }

  /**
   * Rejects a planned value that is not finite, with an {@link IllegalArgumentException} that names
   * the period.
   */
  @Value.Check
  protected void check() {
    Checks.finite("trajectory planned value for " + period(), planned());
  }
}
