package org.qsurv.scoring.reminder;

/**
 * What a reminder is about.
 *
 * @since 1.0.0
 */
public enum ReminderKind {
  /** A risk's review falls due within the policy's days (NPSA 2008; 004 §4.4). */
  RISK_REVIEW_DUE,
  /** A risk's review date has passed without a review (NPSA 2008; 004 §4.4). */
  RISK_REVIEW_OVERDUE,
  /** A concern received more than the triage days ago is still not triaged (004 §4.3). */
  INTELLIGENCE_NOT_TRIAGED,
  /** A serious incident's learning response is past its due date (002 QAF ¶40-41; PSIRF). */
  LEARNING_RESPONSE_OVERDUE,
  /** An improvement-plan or contract-meeting action is past its due date (003 §5.1.2, §5.2.3 e). */
  PLAN_ACTION_OVERDUE
}
