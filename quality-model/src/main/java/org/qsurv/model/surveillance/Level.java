package org.qsurv.model.surveillance;

/**
 * The three levels of quality surveillance (NQB 2022 guidance as applied in 004 §4.4).
 *
 * @since 0.1.0
 */
public enum Level {
  /** Standard monitoring, due diligence and contract management: the default. */
  ROUTINE,
  /**
   * Complex, significant or recurrent quality risks needing improvement plans; entered by the ICB.
   */
  ENHANCED,
  /** The last resort: mandated intensive support, led by NHS England and regulators. */
  INTENSIVE;

  /** Whether this level is above {@code other}. */
  public boolean isAbove(Level other) {
    return compareTo(other) > 0;
  }
}
