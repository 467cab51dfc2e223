package org.qsurv.escalation.levers;

/**
 * Where the Quality Risk Profile stands (003 §5.2.3 a: NHS England "will recommend the completion
 * of a Quality Risk Profile"; 003 Appendix 1: "the profile can be re-run at any time").
 *
 * @since 0.1.0
 */
public enum QualityRiskProfileStatus {
  /** Never asked for in this case. */
  NOT_REQUESTED,
  /** Asked for and not yet done. */
  REQUESTED,
  /** Done; it may be requested again. */
  COMPLETED
}
