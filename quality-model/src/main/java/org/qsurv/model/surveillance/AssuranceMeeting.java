package org.qsurv.model.surveillance;

/**
 * The meeting at which an escalation decision was taken, where it matters to the rule: a step down
 * from enhanced surveillance on assurance gained at one of NHS England's meetings is taken at once
 * (003 §5.2.3 a: "If assurance is gained at any of these meetings then a decision to step down the
 * process to routine levels of surveillance should be made"), while assurance gained through the
 * Quality Risk Profile and the ICB's own quality review must first be sustained for three months
 * (003 Appendix 1).
 *
 * @since 1.0.0
 */
public enum AssuranceMeeting {
  /** An NHS England intelligence-sharing call (003 §5.2.3 a). */
  INTELLIGENCE_CALL,
  /** A single-item Quality Surveillance Group meeting, led by NHS England (003 §5.2.3 a). */
  SINGLE_ITEM_QSG,
  /** A risk summit, chaired by NHS England (003 §5.2.3 a, Appendix 1). */
  RISK_SUMMIT,
  /**
   * The ICB's own quality review meeting (003 Appendix 1): assurance gained there is sustained for
   * the policy's period before a step down.
   */
  QUALITY_REVIEW;

  /**
   * Whether assurance gained at this meeting allows a step down from enhanced at once: true for the
   * three meetings NHS England leads (003 §5.2.3 a).
   */
  public boolean ledByNhsEngland() {
    return this != QUALITY_REVIEW;
  }
}
