package org.qsurv.escalation.surveillancecase;

/**
 * Which rule a rejected command broke, for programs; {@link Rejected#reason()} says it in words.
 *
 * @since 0.1.0
 */
public enum BrokenRule {
  /** Every decision and record needs a rationale (SNAPSHOT.md; 003 §3). */
  RATIONALE_REQUIRED,
  /** Dated before the case's latest event: a case's events never go backwards in time. */
  DATED_BEFORE_LATEST_EVENT,
  /** Not possible at the case's current level (SNAPSHOT.md "allowed from"). */
  NOT_AT_THIS_LEVEL,
  /** The case awaits its quality review meeting, which must decide first (003 Appendix 1). */
  AWAITING_QUALITY_REVIEW,
  /** The person's role may not take this action (the policy's authority table). */
  NOT_AUTHORISED,
  /** A step down needs assurance gained at the current level first (003 Appendix 1). */
  NO_ASSURANCE,
  /** The sustained-assurance period has not yet passed (003 Appendix 1). */
  ASSURANCE_NOT_YET_SUSTAINED,
  /** Improvement plan actions are neither signed off nor closed (003 §5.2.3 e). */
  PLAN_NOT_RESOLVED,
  /** An earlier step of the enhanced procedure is not done (003 §5.2.3 a-e). */
  PROCEDURE_OUT_OF_ORDER,
  /** Refers to a key risk, plan action, meeting or event the case does not have. */
  UNKNOWN_REFERENCE,
  /** Already recorded; recording it again would change nothing. */
  ALREADY_RECORDED,
  /** A detail the rule requires is missing (evidence, a chair, an alternative provision). */
  INCOMPLETE
}
