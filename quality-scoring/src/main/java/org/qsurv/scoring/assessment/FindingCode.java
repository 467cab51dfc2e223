package org.qsurv.scoring.assessment;

/**
 * What a finding is about (SNAPSHOT.md {@code findings}): something someone must act on. Declared
 * in alphabetical order, which is the order findings are listed in.
 *
 * @since 0.1.0
 */
public enum FindingCode {
  /**
   * A serious incident's learning response was accepted at review but its action plan is still not
   * signed off, by policy, some days later (002 QAF ¶41: action plans "monitored and signed off by
   * the CCG at SI Review Panels"). Subject: the incident id. Format 1.1 only.
   *
   * @since 1.0.0
   */
  ACTION_PLAN_NOT_SIGNED_OFF,
  /**
   * No contract quality meeting (CQRM or CQPG) of the provider was held within the policy's
   * interval (000 §8.7: quarterly; 003 §5.1.2: compulsory, to the contract's timescale). Subject:
   * the provider's code. Format 1.1 only.
   *
   * @since 1.0.0
   */
  CONTRACT_MEETING_DUE,
  /**
   * A contract quality meeting was not held (003 §5.1.2: "formally documented"), on or before the
   * evaluation date. Subject: the meeting id. Format 1.1 only.
   *
   * @since 1.0.0
   */
  CONTRACT_MEETING_NOT_HELD,
  /**
   * The recommended level is above the provider's current level: a quality review should consider
   * escalation (003 §5.2.1 and Appendix 1: a provider with a trigger is placed in enhanced pending
   * a quality review meeting). Defined by qsurv.
   */
  ESCALATION_ADVISED,
  /**
   * An item of concern still untriaged more than a week (by policy) after it was received: new
   * intelligence is triaged at the weekly insights meeting (004 §4.3). Format 1.1 only.
   *
   * @since 1.0.0
   */
  INTELLIGENCE_NOT_TRIAGED,
  /**
   * An expected indicator return is absent: "requested information is not forthcoming"
   * (001 §7.3), on the dashboards that show deterioration (003 §5.2.2).
   */
  MISSING_RETURN,
  /**
   * A serious incident's learning response was received but not reviewed within the policy's days
   * (002 QAF ¶40: the CCG reviews the root cause analysis of every serious incident). Subject: the
   * incident id. Format 1.1 only.
   *
   * @since 1.0.0
   */
  LEARNING_RESPONSE_NOT_REVIEWED,
  /**
   * A serious incident's learning response was sent back for more information at its latest
   * review and no revised response was received within the policy's days (002 QAF ¶40: the CCG
   * reviews until assured that lessons are identified and credible action plans made; hazard H40).
   * Subject: the incident id. Format 1.1 only.
   *
   * @since 1.1.0
   */
  LEARNING_RESPONSE_NOT_RESUBMITTED,
  /**
   * A serious incident's learning response was due before the evaluation date and has not been
   * received (001 §6.8; 004 §3.4 PSIRF). Subject: the incident id. Format 1.1 only.
   *
   * @since 1.0.0
   */
  LEARNING_RESPONSE_OVERDUE,

  OFF_TRAJECTORY,
  /**
   * CQC enforcement, a licence breach or quality enforcement action with no open enhanced or
   * intensive case: the commissioner's Quality Premium is at risk (003 §4.2).
   */
  QUALITY_GATEWAY,
  /** A risk's review is overdue (004 §4.4; 000 §6.5 in the Dorset profile). */
  REVIEW_OVERDUE,
  /**
   * A quality visit is overdue: a PLANNED visit whose date has passed (subject: the visit id), or a
   * provider with no visit done within its visit interval (subject: the provider's code): the
   * programme of visits for its kind, and the shorter interval of enhanced or intensive
   * surveillance, when visits are stepped up (003 §5.1.1, §5.2.3 c; 001 §7.1). Format 1.1 only.
   *
   * @since 1.0.0
   */
  VISIT_OVERDUE
}
