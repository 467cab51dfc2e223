package org.qsurv.model.regulation;

/**
 * The five key questions the CQC asks of every service and rates separately (CQC). They are not
 * the NQB quality domains qsurv triages intelligence into: a rating keeps the regulator's own
 * words.
 *
 * @since 1.0.0
 */
public enum KeyQuestion {
  /** Is it safe? */
  SAFE,
  /** Is it effective? */
  EFFECTIVE,
  /** Is it caring? */
  CARING,
  /** Is it responsive to people's needs? */
  RESPONSIVE,
  /** Is it well-led? */
  WELL_LED
}
