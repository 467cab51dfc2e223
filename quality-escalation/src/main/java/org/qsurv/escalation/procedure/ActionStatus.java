package org.qsurv.escalation.procedure;

/**
 * Where an improvement plan action stands (003 §5.2.3 e).
 *
 * @since 0.1.0
 */
public enum ActionStatus {
  /** Not yet signed off. */
  OPEN,
  /** Completed, evidenced and signed off by the ICB. */
  SIGNED_OFF,
  /** Closed without sign-off by an ICB director's recorded decision. */
  CLOSED
}
