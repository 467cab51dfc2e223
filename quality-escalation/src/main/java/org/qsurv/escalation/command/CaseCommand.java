package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.surveillance.Actor;

/**
 * A request to do something to a surveillance case: who asks, on what date, why, and what. A
 * command is checked against the case's current state and the policy by
 * {@code SurveillanceCase.decide}, which either records events or rejects it with a reason; a
 * rejected command changes nothing. A blank rationale can be written, because a
 * command is a request: it is rejected, not lost ("every decision needs a non-blank rationale",
 * SNAPSHOT.md).
 *
 * <p>The kinds are sealed, one per action on a case. Most are records, made with their canonical
 * constructor ({@code new AppointLead(at, by, rationale, lead)}) or a factory
 * ({@code TakeDecision.of}). Three keep a builder, because there a builder earns its place:
 * {@link AddPlanAction} has five required text fields after the three common ones, which named
 * setters keep from being swapped; {@link RecordMeeting} and {@link ApplyLever} have optional
 * parts (chair, attendees and agreed actions; detail and alternative provision) that a caller
 * names only when it has them.
 *
 * @since 0.1.0
 */
public sealed interface CaseCommand permits TakeDecision, AcceptTrigger, AppointLead, NotifyProvider,
    SetUpGovernanceGroup, CompleteBaselineReview, AgreeKeyRisks, GiveFeedback, RecordProviderResponse, AddPlanAction,
    AddActionEvidence, SignOffAction, CloseRemainingActions, RecordMeeting, RequestQualityRiskProfile,
    CompleteQualityRiskProfile, CallRapidResponseReview, ApplyLever, RecordCorrection {
  /** The date it is done; it may not be before the case's latest event. */
  LocalDate at();

  /** Who does it. */
  Actor by();

  /** Why. */
  String rationale();

  /** What it is, for the authority table. */
  CaseAction action();
}
