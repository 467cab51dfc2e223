package org.qsurv.scoring.risk;

/**
 * What the next review of a risk counts from: a local policy choice (docs/frameworks.md,
 * "Local choices"). The snapshot contract counts from the date the last review was done.
 *
 * @since 0.1.0
 */
public enum ReviewBasis {
  /** The next review is due one interval after the last review was done (the default). */
  LAST_REVIEWED,
  /**
   * Reviews keep to a fixed cycle from the first recorded review: the next is the first date of
   * that cycle after the last review, however late it was done, and never more than one interval
   * after it.
   */
  DUE_DATE
}
