package org.qsurv.model.surveillance;

/**
 * The escalation decisions of SNAPSHOT.md, each a move in the lifecycle of 003 §5.2 and 004 §4.4.
 * Who may take each, and from which level, is checked by {@code quality-escalation}.
 *
 * @since 0.1.0
 */
public enum DecisionType {
  /** Enter enhanced, pending a quality review meeting (003 §5.2.1). From ROUTINE; ICB director. */
  PLACE_ON_ENHANCED,
  /** The quality review meeting confirms enhanced for a continued period. ICB director. */
  CONFIRM_ENHANCED,
  /** The quality review meeting finds routine monitoring enough. ICB director. */
  RETURN_TO_ROUTINE,
  /** Enter intensive: the last resort, NHS England only. */
  ESCALATE_TO_INTENSIVE,
  /** A risk summit, the urgent route at any level (003 Appendix 2); NHS England chairs. */
  CALL_RISK_SUMMIT,
  /** Assurance gained: the sustained-assurance period starts (003 Appendix 1). */
  ASSURANCE_GAINED,
  /** One level down, after the sustained-assurance period has passed. */
  STEP_DOWN
}
