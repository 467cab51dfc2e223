package org.qsurv.model.indicator;

/**
 * Which direction of an indicator is good. Making Data Count uses it to tell special cause of
 * concern from improvement (MDC); thresholds need it to know the worse side.
 *
 * @since 0.1.0
 */
public enum Polarity {
  /** A higher value is better (e.g. Friends and Family Test positive responses). */
  HIGHER_IS_BETTER,
  /** A lower value is better (e.g. SHMI, C. difficile cases). */
  LOWER_IS_BETTER,
  /** Neither direction is better: special causes are reported as neutral. */
  NEUTRAL;

  /**
   * Whether {@code a} is worse than {@code b} under this polarity; always false for
   * {@link #NEUTRAL}.
   */
  public boolean isWorse(double a, double b) {
    switch (this) {
      case HIGHER_IS_BETTER:
        return a < b;
      case LOWER_IS_BETTER:
        return a > b;
      default:
        return false;
    }
  }
}
