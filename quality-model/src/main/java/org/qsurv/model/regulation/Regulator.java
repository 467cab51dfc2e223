package org.qsurv.model.regulation;

/**
 * The regulator that published a rating. Only the Care Quality Commission rates providers in
 * England (004 §5.1: "the CQC and regulatory status of all organisations").
 *
 * @since 1.0.0
 */
public enum Regulator {
  /** The Care Quality Commission. */
  CQC
}
