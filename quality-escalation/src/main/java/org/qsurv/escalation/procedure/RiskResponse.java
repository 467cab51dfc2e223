package org.qsurv.escalation.procedure;

/**
 * The provider's answer to a key risk fed back to it (003 §5.2.3 d).
 *
 * @since 0.1.0
 */
public enum RiskResponse {
  /** The provider accepts the risk as presented. */
  ACKNOWLEDGED,
  /** The provider disputes the risk, with evidence. */
  CHALLENGED
}
