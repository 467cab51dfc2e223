package org.qsurv.escalation.event;

/** The kinds of {@link CaseFact}, each with its class; the name is the event's JSON {@code type}. */
public enum FactType {
  DECISION_TAKEN(DecisionTaken.class),
  TRIGGER_ACCEPTED(TriggerAccepted.class),
  LEAD_APPOINTED(LeadAppointed.class),
  PROVIDER_NOTIFIED(ProviderNotified.class),
  GOVERNANCE_GROUP_SET_UP(GovernanceGroupSetUp.class),
  BASELINE_REVIEW_COMPLETED(BaselineReviewCompleted.class),
  KEY_RISKS_AGREED(KeyRisksAgreed.class),
  FEEDBACK_GIVEN(FeedbackGiven.class),
  PROVIDER_RESPONDED(ProviderResponded.class),
  PLAN_ACTION_ADDED(PlanActionAdded.class),
  ACTION_EVIDENCE_ADDED(ActionEvidenceAdded.class),
  ACTION_SIGNED_OFF(ActionSignedOff.class),
  REMAINING_ACTIONS_CLOSED(RemainingActionsClosed.class),
  MEETING_HELD(MeetingHeld.class),
  QUALITY_RISK_PROFILE_REQUESTED(QualityRiskProfileRequested.class),
  QUALITY_RISK_PROFILE_COMPLETED(QualityRiskProfileCompleted.class),
  RAPID_RESPONSE_REVIEW_CALLED(RapidResponseReviewCalled.class),
  CONTRACTUAL_LEVER_APPLIED(ContractualLeverApplied.class),
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
