package org.qsurv.escalation.procedure;

/** The provider's answer to a key risk fed back to it (003 §5.2.3 d). */
public enum RiskResponse {
  /** The provider accepts the risk as presented. */
  ACKNOWLEDGED,
  /** The provider disputes the risk, with evidence. */
  CHALLENGED
}
