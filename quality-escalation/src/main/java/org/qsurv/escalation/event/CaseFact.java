package org.qsurv.escalation.event;

/**
 * What an event of a surveillance case says happened: a decision taken, a trigger accepted, a step
 * of the enhanced procedure, an NHS England step, a contractual lever, a correction. Each kind is
 * one record and one {@link FactType}; who, when and why are on the {@link CaseEvent} that carries
 * the fact. The kinds are sealed: a fold over a case's facts (as {@code SurveillanceCase.apply}
 * does) knows every one.
 *
 * @since 0.1.0
 */
public sealed interface CaseFact permits DecisionTaken, TriggerAccepted, LeadAppointed, ProviderNotified,
    GovernanceGroupSetUp, BaselineReviewCompleted, KeyRisksAgreed, FeedbackGiven, ProviderResponded, PlanActionAdded,
    ActionEvidenceAdded, ActionSignedOff, RemainingActionsClosed, MeetingHeld, QualityRiskProfileRequested,
    QualityRiskProfileCompleted, RapidResponseReviewCalled, ContractualLeverApplied, CorrectionRecorded {
  /** The kind of fact: the {@code type} of the event in JSON. */
  FactType type();
}
