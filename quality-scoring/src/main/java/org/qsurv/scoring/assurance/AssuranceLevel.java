package org.qsurv.scoring.assurance;

/**
 * The three levels of assurance of 001 §7.1, from the least to the most direct.
 *
 * @since 1.0.0
 */
public enum AssuranceLevel {
  /** Information provided through quality schedules and national assessments and data sources. */
  LEVEL_1,
  /** Clinical quality review meetings and quality review visits, planned and unannounced. */
  LEVEL_2,
  /** A deep dive or appreciative enquiry, authorised at Director level after a risk assessment. */
  LEVEL_3
}
