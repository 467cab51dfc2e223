package org.qsurv.model.regulation;

/**
 * A CQC rating, overall or of one key question, from best to worst (CQC). The declaration order is
 * the order of quality, so that a fall between two inspections can be told from the ratings alone.
 *
 * @since 1.0.0
 */
public enum Rating {
  /** Outstanding. */
  OUTSTANDING,
  /** Good. */
  GOOD,
  /** Requires improvement. */
  REQUIRES_IMPROVEMENT,
  /** Inadequate: the rating that may place a provider in special measures. */
  INADEQUATE;

  /** Whether this rating is worse than {@code other}. */
  public boolean isWorseThan(Rating other) {
    return compareTo(other) > 0;
  }
}
