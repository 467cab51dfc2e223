package org.qsurv.app.web.chart;

/**
 * The variation result of an indicator's latest point, as Making Data Count's variation icon shows
 * it (MDC; SNAPSHOT.md {@code variation}: the constants have the same names).
 */
public enum Variation {
  /** Only common-cause variation. */
  COMMON_CAUSE("Common cause variation"),
  /** A special cause in the bad direction of the indicator's polarity. */
  SPECIAL_CAUSE_CONCERN("Special cause variation of concern"),
  /** A special cause in the good direction of the indicator's polarity. */
  SPECIAL_CAUSE_IMPROVEMENT("Special cause variation of improvement"),
  /** A special cause on an indicator without polarity. */
  SPECIAL_CAUSE_NEUTRAL("Special cause variation, neither improvement nor concern"),
  /** Too few points for a chart (one or no moving range). */
  NOT_ENOUGH_DATA("Not enough data for a chart");

  private final String label;

  Variation(String label) {
    this.label = label;
  }

  /** What the icon says, in words. */
  public String label() {
    return label;
  }

  boolean isSpecialCause() {
    return this == SPECIAL_CAUSE_CONCERN || this == SPECIAL_CAUSE_IMPROVEMENT
        || this == SPECIAL_CAUSE_NEUTRAL;
  }
}
