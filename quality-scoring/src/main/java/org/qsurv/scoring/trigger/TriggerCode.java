package org.qsurv.scoring.trigger;

/**
 * The triggers qsurv evaluates: the enhanced-surveillance triggers of 003 §5.2.1 and the
 * risk-summit triggers of 001 §7.2, each a named rule with its source. The
 * declaration order is the order in which firings are listed.
 *
 * <p>Some listed triggers have no data in the model and are left to people: significant serious
 * case reviews and "anything needing escalation to the governing body" (003 §5.2.1); cost
 * improvement plans with a poor quality impact assessment, poor leadership or governance and
 * highly critical independent reviews (001 §7.2).
 *
 * @since 0.1.0
 */
public enum TriggerCode {
  /** High and increasing levels of quality risks: a high risk whose score is rising. */
  HIGH_AND_INCREASING_RISKS("003 §5.2.1",
      "High and increasing levels of quality risks", false),
  /** The risk register shows significant quality risks: a score of 15 or above (004 §4.4). */
  RISKS_15_PLUS("003 §5.2.1; 004 §4.4",
      "Risk register indicating significant quality risks", false),
  /**
   * Failure of existing plans to show improvement: improvement-plan actions overdue. (001 §7.1
   * lists "repeated failure to deliver agreed improvement plans" among the triggers of a Level 3
   * deep dive, which a director authorises: a further step, not entry to enhanced.)
   */
  IMPROVEMENT_ACTIONS_OVERDUE("003 §5.2.1",
      "Failure of existing plans to demonstrate improvement", false),
  /** Higher than usual safeguarding referrals. */
  HIGHER_THAN_USUAL_SAFEGUARDING("003 §5.2.1", "Higher than usual safeguarding referrals", false),
  /** Higher than usual complaints. */
  HIGHER_THAN_USUAL_COMPLAINTS("003 §5.2.1", "Higher than usual complaints", false),
  /** Higher than usual serious incidents. */
  HIGHER_THAN_USUAL_SERIOUS_INCIDENTS("003 §5.2.1", "Higher than usual serious incidents", false),
  /**
   * High mortality rates. (001 §7.1 names "raised mortality rates" as a trigger of a Level 3 deep
   * dive, a further step authorised at director level, not entry to enhanced.)
   */
  HIGH_MORTALITY("003 §5.2.1", "High mortality rates", false),
  /** Persistent concerns identified through routine monitoring: several indicators of concern. */
  PERSISTENT_INDICATOR_CONCERNS("003 Appendix 1",
      "Persistent or increasing concerns identified through routine surveillance", false),
  /** Multiple never events. */
  MULTIPLE_NEVER_EVENTS("003 §5.2.1", "Multiple never events", false),
  /** Local authority, continuing healthcare, CQC and other sanctions. */
  REGULATORY_SANCTION("003 §5.2.1; 003 §4.2",
      "Local authority, continuing healthcare, CQC and other sanctions", false),
  /**
   * A CQC inspection outcome of concern: the provider's latest rating published on or before the
   * evaluation date is INADEQUATE overall or in any key question, or has fallen overall since the
   * rating before it (003 Appendix 1: "a trigger i.e. ... CQC inspection outcome"; 004 §5.1: know
   * the CQC status of every provider). Evidence: the rating's id.
   *
   * @since 1.0.0
   */
  CQC_RATING_CONCERN("003 Appendix 1; 004 §5.1", "CQC inspection outcome", false),
  /** Notices from coroners, the Health and Safety Executive and other statutory bodies. */
  STATUTORY_NOTICE("003 §5.2.1",
      "Notices from coroners, Health and Safety Executive and other statutory bodies", false),
  /** Police involvement. */
  POLICE_INVOLVEMENT("003 §5.2.1", "Police involvement", false),
  /** Adverse media interest (003 §5.2.1); dramatic media exposure is a summit trigger (001 §7.2). */
  ADVERSE_MEDIA("003 §5.2.1; 001 §7.2", "Adverse media interest and coverage", true),
  /** Credible and material whistleblower feedback. */
  WHISTLEBLOWING("001 §7.2", "Credible and material whistleblower feedback", true),
  /** Complaints suggesting problems are not isolated but systemic. */
  SYSTEMIC_COMPLAINTS("001 §7.2",
      "Complaints suggesting that problems are not isolated but systemic", true),
  /** A growing number and type of minor concerns. */
  GROWING_MINOR_CONCERNS("001 §7.2",
      "Escalation of the number and type of minor concerns", true),
  /** Serious concerns raised by the CQC, Monitor or professional bodies. */
  PROFESSIONAL_BODY_CONCERNS("001 §7.2",
      "Serious concerns raised by CQC, Monitor or professional bodies", true);

  private final String citation;
  private final String description;
  private final boolean riskSummitTrigger;

  TriggerCode(String citation, String description, boolean riskSummitTrigger) {
    this.citation = citation;
    this.description = description;
    this.riskSummitTrigger = riskSummitTrigger;
  }

  /** Where the trigger comes from, e.g. "003 §5.2.1". */
  public String citation() {
    return citation;
  }

  /** The trigger as the source words it. */
  public String description() {
    return description;
  }

  /** Whether 001 §7.2 lists it among the situations that may call for a risk summit. */
  public boolean riskSummitTrigger() {
    return riskSummitTrigger;
  }
}
