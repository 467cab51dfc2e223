package org.qsurv.escalation.levers;

import org.qsurv.escalation.authority.CaseAction;

/**
 * The NHS England-led meetings a case can escalate to (003 §5.2.3 a: "intelligence sharing calls,
 * single item Quality Surveillance Groups, risk summits").
 *
 * @since 0.1.0
 */
public enum NhsEnglandMeeting {
  /** An intelligence-sharing call. */
  INTELLIGENCE_SHARING_CALL(CaseAction.HOLD_INTELLIGENCE_SHARING_CALL, "intelligence-sharing call"),
  /** A Quality Surveillance Group meeting on this one provider. */
  SINGLE_ITEM_QSG(CaseAction.HOLD_SINGLE_ITEM_QSG, "single-item Quality Surveillance Group"),
  /**
   * A risk summit: chaired by NHS England (usually the region), with a record of the discussion and
   * the agreed actions (003 Appendix 1). It must have been called first (CALL_RISK_SUMMIT).
   */
  RISK_SUMMIT(CaseAction.RECORD_RISK_SUMMIT, "risk summit");

  private final CaseAction action;
  private final String description;

  NhsEnglandMeeting(CaseAction action, String description) {
    this.action = action;
    this.description = description;
  }

  /** The action that records this meeting, for the authority table. */
  public CaseAction action() {
    return action;
  }

  /** The meeting in words. */
  public String description() {
    return description;
  }
}
