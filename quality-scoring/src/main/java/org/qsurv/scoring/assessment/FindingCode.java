package org.qsurv.scoring.assessment;

/**
 * What a finding is about (SNAPSHOT.md {@code findings}): something someone must act on. Declared
 * in alphabetical order, which is the order findings are listed in.
 *
 * @since 0.1.0
 */
public enum FindingCode {
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
  /** An indicator is off its planned trajectory (003 §5.2.2). Defined by qsurv. */
  OFF_TRAJECTORY,
  /**
   * CQC enforcement, a licence breach or quality enforcement action with no open enhanced or
   * intensive case: the commissioner's Quality Premium is at risk (003 §4.2).
   */
  QUALITY_GATEWAY,
  /** A risk's review is overdue (004 §4.4; 000 §6.5 in the Dorset profile). */
  REVIEW_OVERDUE
}
