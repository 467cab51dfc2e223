package org.qsurv.scoring.threshold;

import org.qsurv.model.Checks;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;

/**
 * The red / amber / green judgement of a value against an indicator's thresholds (003 §5.2.1, "a
 * quality thresholds guide with examples of tolerance levels"; SNAPSHOT.md {@code threshold}).
 * For a lower-is-better indicator a value at or above red is {@link #RED}, else at or above amber
 * {@link #AMBER}, else {@link #GREEN}; for higher-is-better the same with "at or below". A value
 * equal to a threshold falls in the worse band.
 *
 * <pre>{@code
 * ThresholdBand band = ThresholdBand.of(shmi, 1.12);   // AMBER for amber 1.05, red 1.15
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ThresholdBand {
  /** Better than the amber threshold. */
  GREEN,
  /** At or beyond amber but better than red: within tolerance, to be watched. */
  AMBER,
  /** At or beyond the red threshold. */
  RED,
  /** The indicator has no thresholds. */
  NONE;

  /**
   * The band of {@code value} for {@code indicator}; {@link #NONE} when it has no thresholds.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static ThresholdBand of(IndicatorDefinition indicator, double value) {
    return indicator.thresholds().isPresent()
        ? of(value, indicator.thresholds().get(), indicator.polarity())
        : NONE;
  }

  /**
   * The band of {@code value} against {@code thresholds} for an indicator of {@code polarity}.
   * Allocates nothing: this is the national-scale path.
   *
   * @throws IllegalArgumentException if {@code value} is not finite, or {@code polarity} is
   *     {@link Polarity#NEUTRAL} (thresholds need a worse side)
   */
  public static ThresholdBand of(double value, Thresholds thresholds, Polarity polarity) {
    return of(value, thresholds.amber(), thresholds.red(), polarity);
  }

  /** As {@link #of(double, Thresholds, Polarity)}, with the thresholds as numbers. */
  public static ThresholdBand of(double value, double amber, double red, Polarity polarity) {
    Checks.finite("value", value);
    switch (polarity) {
      case LOWER_IS_BETTER:
        return value >= red ? RED : value >= amber ? AMBER : GREEN;
      case HIGHER_IS_BETTER:
        return value <= red ? RED : value <= amber ? AMBER : GREEN;
      default:
        throw new IllegalArgumentException(
            "thresholds need a worse side, but polarity was " + polarity);
    }
  }
}
