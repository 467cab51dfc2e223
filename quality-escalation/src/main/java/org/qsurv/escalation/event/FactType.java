package org.qsurv.escalation.event;

/**
 * The kinds of {@link CaseFact}, each with its class; the name is the event's JSON {@code type}.
 *
 * @since 0.1.0
 */
public enum FactType {
  /** A lifecycle decision accepted: {@link DecisionTaken}. */
  DECISION_TAKEN(DecisionTaken.class),
  /**
   * A trigger accepted into the case as a reason for concern (003 §5.2.1): {@link TriggerAccepted}.
   */
  TRIGGER_ACCEPTED(TriggerAccepted.class),
  /** The ICB quality lead named (003 §5.2.3 a): {@link LeadAppointed}. */
  LEAD_APPOINTED(LeadAppointed.class),
  /** The provider formally notified (003 §5.2.3 a): {@link ProviderNotified}. */
  PROVIDER_NOTIFIED(ProviderNotified.class),
  /** The governance group set up (003 §5.2.3 a): {@link GovernanceGroupSetUp}. */
  GOVERNANCE_GROUP_SET_UP(GovernanceGroupSetUp.class),
  /**
   * The comprehensive baseline review completed (003 §5.2.3 b): {@link BaselineReviewCompleted}.
   */
  BASELINE_REVIEW_COMPLETED(BaselineReviewCompleted.class),
  /** Key risks agreed with partners (003 §5.2.3 c): {@link KeyRisksAgreed}. */
  KEY_RISKS_AGREED(KeyRisksAgreed.class),
  /** Feedback given to the provider on the key risks (003 §5.2.3 d): {@link FeedbackGiven}. */
  FEEDBACK_GIVEN(FeedbackGiven.class),
  /**
   * The provider's acknowledgement or challenge of a key risk (003 §5.2.3 d):
   * {@link ProviderResponded}.
   */
  PROVIDER_RESPONDED(ProviderResponded.class),
  /** An action added to the improvement plan (003 §5.2.3 e): {@link PlanActionAdded}. */
  PLAN_ACTION_ADDED(PlanActionAdded.class),
  /**
   * Evidence of implementation added to a plan action (003 §5.2.3 e): {@link ActionEvidenceAdded}.
   */
  ACTION_EVIDENCE_ADDED(ActionEvidenceAdded.class),
  /** A plan action signed off as completed (003 §5.2.3 e): {@link ActionSignedOff}. */
  ACTION_SIGNED_OFF(ActionSignedOff.class),
  /**
   * An ICB director's decision to close the plan actions not signed off:
   * {@link RemainingActionsClosed}.
   */
  REMAINING_ACTIONS_CLOSED(RemainingActionsClosed.class),
  /**
   * An NHS England meeting held: intelligence-sharing call, single-item QSG or risk summit
   * (003 §5.2.3 a): {@link MeetingHeld}.
   */
  MEETING_HELD(MeetingHeld.class),
  /**
   * A Quality Risk Profile asked for by NHS England (003 §5.2.3 a):
   * {@link QualityRiskProfileRequested}.
   */
  QUALITY_RISK_PROFILE_REQUESTED(QualityRiskProfileRequested.class),
  /**
   * A requested Quality Risk Profile completed (003 Appendix 1):
   * {@link QualityRiskProfileCompleted}.
   */
  QUALITY_RISK_PROFILE_COMPLETED(QualityRiskProfileCompleted.class),
  /**
   * A rapid response review called, the urgent route at any level (003 Appendix 2):
   * {@link RapidResponseReviewCalled}.
   */
  RAPID_RESPONSE_REVIEW_CALLED(RapidResponseReviewCalled.class),
  /** A contractual lever applied (001 §7.3): {@link ContractualLeverApplied}. */
  CONTRACTUAL_LEVER_APPLIED(ContractualLeverApplied.class),
  /** A correction of an earlier event of the case (003 §3): {@link CorrectionRecorded}. */
  CORRECTION_RECORDED(CorrectionRecorded.class);

  private final Class<? extends CaseFact> factClass;

  FactType(Class<? extends CaseFact> factClass) {
    this.factClass = factClass;
  }

  /** The class of facts of this kind. */
  public Class<? extends CaseFact> factClass() {
    return factClass;
  }
}
