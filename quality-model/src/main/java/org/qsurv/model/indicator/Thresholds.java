package org.qsurv.model.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Red / amber / green bands of an indicator (003 §5.2.1, "a quality thresholds guide with
 * examples of tolerance levels"). For a lower-is-better indicator a value at or above {@link #red()}
 * is red, else at or above {@link #amber()} amber, else green; for higher-is-better the same with
 * "at or below". The amber band is the tolerance. Which side is worse comes from the indicator's
 * {@link Polarity}, so the ordering of the two is checked by {@link IndicatorDefinition}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableThresholds.class)
@JsonDeserialize(as = ImmutableThresholds.class)
public abstract class Thresholds {
  /** The value from which (inclusive) the indicator is amber. */
  @Value.Parameter
  public abstract double amber();

  /** The value from which (inclusive) the indicator is red; on the worse side of amber. */
  @Value.Parameter
  public abstract double red();

  /** Thresholds with the given amber and red values. */
  public static Thresholds of(double amber, double red) {
    return ImmutableThresholds.of(amber, red);
  }

  /**
   * Rejects an amber or red value that is not finite, with an {@link IllegalArgumentException} that
   * names the threshold.
   */
  @Value.Check
  protected void check() {
    Checks.finite("thresholds.amber", amber());
    Checks.finite("thresholds.red", red());
  }
}
