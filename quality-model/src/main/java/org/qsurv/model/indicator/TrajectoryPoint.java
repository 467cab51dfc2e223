package org.qsurv.model.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/** The planned value of an indicator for one period of its {@link Trajectory}. */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableTrajectoryPoint.class)
@JsonDeserialize(as = ImmutableTrajectoryPoint.class)
public abstract class TrajectoryPoint {
  @Value.Parameter
  public abstract Period period();

  @Value.Parameter
  public abstract double planned();

  public static TrajectoryPoint of(Period period, double planned) {
    return ImmutableTrajectoryPoint.of(period, planned);
  }

  @Value.Check
  protected void check() {
    Checks.finite("trajectory planned value for " + period(), planned());
  }
}
