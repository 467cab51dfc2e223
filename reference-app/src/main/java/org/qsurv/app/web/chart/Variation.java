package org.qsurv.app.web.chart;

/**
 * The variation result of an indicator's latest point, as Making Data Count's variation icon shows
 * it (DOMAIN.md §8.2; SNAPSHOT.md {@code variation}: the constants have the same names).
 */
public enum Variation {
  COMMON_CAUSE("Common cause variation"),
  SPECIAL_CAUSE_CONCERN("Special cause variation of concern"),
  SPECIAL_CAUSE_IMPROVEMENT("Special cause variation of improvement"),
  SPECIAL_CAUSE_NEUTRAL("Special cause variation, neither improvement nor concern"),
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
