package org.qsurv.model.surveillance;

/**
 * The meeting at which a decision was taken. The first three are the NHS England-led meetings to
 * which concerns about a provider in enhanced surveillance can escalate (003 §5.2.3 a): "If
 * assurance is gained at any of these meetings then a decision to step down the process to routine
 * levels of surveillance should be made".
 *
 * @since 1.0.0
 */
public enum Meeting {
  /** An NHS England-led intelligence-sharing call (003 §5.2.3 a). */
  INTELLIGENCE_CALL,
  /** An NHS England-led single-item Quality Surveillance Group (003 §5.2.3 a). */
  SINGLE_ITEM_QSG,
  /** An NHS England-led risk summit (003 §5.2.3 a; 001 §7.2). */
  RISK_SUMMIT,
  /** The commissioner's own quality review meeting (003 Appendix 1). */
  QUALITY_REVIEW;

  /** Whether this is one of the NHS England-led meetings of 003 §5.2.3 a. */
  public boolean nhsEnglandLed() {
    return this != QUALITY_REVIEW;
  }
}
