package org.qsurv.app.web.chart;

/**
 * How one point of an XmR chart is classified for display (MDC): part
 * of common-cause variation, or part of a special cause that is of concern, an improvement, or
 * neither (the indicator has no polarity). The classification is computed by the SPC rules in
 * {@code quality-scoring}; the chart only draws it.
 */
public enum PointClass {
  /** Common-cause variation: grey. */
  COMMON("Common cause", "Common cause"),
  /** Special cause of concern: orange. */
  CONCERN("Special cause: concern", "Concern"),
  /** Special cause of improvement: blue. */
  IMPROVEMENT("Special cause: improvement", "Improvement"),
  /** Special cause on an indicator without polarity, neither concern nor improvement: purple. */
  NEUTRAL("Special cause: neither improvement nor concern", "Neither (no polarity)");

  private final String label;
  private final String legend;

  PointClass(String label, String legend) {
    this.label = label;
    this.legend = legend;
  }

  /** The shorter label of the chart's legend. */
  String legend() {
    return legend;
  }

  /** What the classification is called on screen and in the data table. */
  public String label() {
    return label;
  }
}
