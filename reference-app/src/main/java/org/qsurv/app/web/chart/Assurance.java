package org.qsurv.app.web.chart;

/**
 * The assurance result of an indicator, comparing its target with its process limits, as Making
 * Data Count's assurance icon shows it (MDC; SNAPSHOT.md {@code assurance}: the
 * constants have the same names).
 */
public enum Assurance {
  /** The whole process range is on the good side of the target. */
  CONSISTENT_PASS("The target will consistently be met"),
  /** The whole process range is on the bad side of the target. */
  CONSISTENT_FAIL("The target will consistently be missed"),
  /** The target lies between the process limits. */
  INCONSISTENT("The target will be met and missed at random (hit and miss)"),
  /** The indicator has no target. */
  NONE("No target");

  private final String label;

  Assurance(String label) {
    this.label = label;
  }

  /** What the icon says, in words. */
  public String label() {
    return label;
  }
}
