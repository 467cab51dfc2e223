package org.qsurv.model.indicator;

/**
 * How often an indicator is returned: monthly or quarterly (003 §5.1.1; SNAPSHOT.md).
 *
 * @since 0.1.0
 */
public enum Frequency {
  /** Returned every calendar month; its periods are written {@code 2024-07}. */
  MONTHLY(1),
  /**
   * Returned every calendar quarter (Q1 is January to March); its periods are written
   * {@code 2024-Q3}.
   */
  QUARTERLY(3);

  private final int months;

  Frequency(int months) {
    this.months = months;
  }

  /** The number of calendar months one period spans. */
  public int months() {
    return months;
  }
}
