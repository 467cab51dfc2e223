package org.qsurv.escalation.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsurv.escalation.event.ActionEvidenceAdded;
import org.qsurv.escalation.event.ActionSignedOff;
import org.qsurv.escalation.event.BaselineReviewCompleted;
import org.qsurv.escalation.event.CaseFact;
import org.qsurv.escalation.event.ContractualLeverApplied;
import org.qsurv.escalation.event.CorrectionRecorded;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.event.FactType;
import org.qsurv.escalation.event.FeedbackGiven;
import org.qsurv.escalation.event.GovernanceGroupSetUp;
import org.qsurv.escalation.event.KeyRisksAgreed;
import org.qsurv.escalation.event.LeadAppointed;
import org.qsurv.escalation.event.MeetingHeld;
import org.qsurv.escalation.event.PlanActionAdded;
import org.qsurv.escalation.event.ProviderNotified;
import org.qsurv.escalation.event.ProviderResponded;
import org.qsurv.escalation.event.QualityRiskProfileCompleted;
import org.qsurv.escalation.event.QualityRiskProfileRequested;
import org.qsurv.escalation.event.RapidResponseReviewCalled;
import org.qsurv.escalation.event.RemainingActionsClosed;
import org.qsurv.escalation.event.TriggerAccepted;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Meeting;

/**
 * Each kind of event in the words of the timeline: the audit trail is read by people (003 §3: "an
 * audit trail of actions and rationale for decisions made"), so each line says what was decided or
 * done with everything the event records, and leaves out only what it does not record.
 */
class CaseTimelineWordsTest {

  static Stream<Arguments> facts() {
    return Stream.of(
        words(DecisionTaken.of(DecisionType.PLACE_ON_ENHANCED, Level.ROUTINE, Level.ENHANCED),
            "Placed on enhanced surveillance, pending a quality review meeting"),
        words(DecisionTaken.of(DecisionType.CONFIRM_ENHANCED, Level.ENHANCED, Level.ENHANCED,
                Optional.of(Meeting.QUALITY_REVIEW)),
            "Quality review meeting confirmed enhanced surveillance (at quality review)"),
        words(DecisionTaken.of(DecisionType.RETURN_TO_ROUTINE, Level.ENHANCED, Level.ROUTINE),
            "Quality review meeting returned the provider to routine surveillance"),
        words(DecisionTaken.of(DecisionType.ESCALATE_TO_INTENSIVE, Level.ENHANCED, Level.INTENSIVE),
            "Escalated from enhanced to intensive surveillance"),
        words(DecisionTaken.of(DecisionType.ESCALATE_TO_INTENSIVE, Level.ROUTINE, Level.INTENSIVE),
            "Escalated from routine to intensive surveillance"),
        words(DecisionTaken.of(DecisionType.CALL_RISK_SUMMIT, Level.INTENSIVE, Level.INTENSIVE),
            "Risk summit called"),
        words(DecisionTaken.assuranceGained(Level.ENHANCED, LocalDate.of(2025, 7, 1),
                Optional.of(Meeting.SINGLE_ITEM_QSG)),
            "Assurance gained; to be sustained until 2025-07-01 (at single item QSG)"),
        words(DecisionTaken.of(DecisionType.STEP_DOWN, Level.INTENSIVE, Level.ENHANCED),
            "Stepped down from intensive to enhanced surveillance"),
        words(DecisionTaken.of(DecisionType.STEP_DOWN, Level.ENHANCED, Level.ROUTINE),
            "Stepped down from enhanced to routine surveillance"),
        words(TriggerAccepted.of("NEVER_EVENT", List.of("StEIS 2025/123", "Datix 991")),
            "Trigger accepted: NEVER_EVENT (evidence StEIS 2025/123, Datix 991)"),
        words(TriggerAccepted.of("CQC_RATING", List.of()), "Trigger accepted: CQC_RATING"),
        words(LeadAppointed.of("B. Lead"), "ICB quality lead named: B. Lead"),
        words(ProviderNotified.of(NoticeMethod.CONTRACT_PERFORMANCE_NOTICE),
            "Provider formally notified by contract performance notice"),
        words(GovernanceGroupSetUp.of("Maternity oversight group"),
            "Governance group set up: Maternity oversight group"),
        words(BaselineReviewCompleted.of("Staffing and escalation reviewed"),
            "Baseline review completed: Staffing and escalation reviewed"),
        words(KeyRisksAgreed.of(List.of(KeyRisk.of("KR-1", "Escalation failures"), KeyRisk.of("KR-2", "Staffing"))),
            "Key risks agreed: KR-1 Escalation failures; KR-2 Staffing"),
        words(FeedbackGiven.of("KR-1 with sources"), "Feedback given to the provider: KR-1 with sources"),
        words(ProviderResponded.of("KR-1", RiskResponse.CHALLENGED, List.of("Audit 2025-03", "Rota")),
            "Provider challenged key risk KR-1 (evidence Audit 2025-03, Rota)"),
        words(ProviderResponded.of("KR-2", RiskResponse.ACKNOWLEDGED, List.of()), "Provider acknowledged key risk KR-2"),
        words(new PlanActionAdded("A-1", "Falls audit", "Director of Nursing", LocalDate.of(2025, 4, 30),
                "Monthly audit"),
            "Improvement plan action A-1 added: Falls audit (lead Director of Nursing, due 2025-04-30, "
                + "metric Monthly audit)"),
        words(ActionEvidenceAdded.of("A-1", "Falls audit April"), "Evidence for action A-1: Falls audit April"),
        words(ActionSignedOff.of("A-1"), "Action A-1 signed off"),
        words(RemainingActionsClosed.of(List.of("A-2", "A-3")),
            "Remaining actions closed by director's decision: A-2, A-3"),
        words(new MeetingHeld(NhsEnglandMeeting.RISK_SUMMIT, Optional.of("Regional Chief Nurse"),
                ImmutableList.of("CQC", "ICB"),
                ImmutableList.of("Daily huddle", "External review")),
            "Risk summit held, chaired by Regional Chief Nurse; attendees CQC, ICB; agreed actions: Daily huddle; "
                + "External review"),
        words(new MeetingHeld(NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL, Optional.empty(),
                ImmutableList.of(), ImmutableList.of()),
            "Intelligence-sharing call held"),
        words(QualityRiskProfileRequested.of(), "Quality Risk Profile requested"),
        words(QualityRiskProfileCompleted.of(Optional.of("Agreed at QSG")), "Quality Risk Profile completed: Agreed at QSG"),
        words(QualityRiskProfileCompleted.of(Optional.empty()), "Quality Risk Profile completed"),
        words(RapidResponseReviewCalled.of(), "Rapid response review called"),
        words(new ContractualLeverApplied(ContractualLever.SUSPENSION, Optional.of("Maternity unit"),
                Optional.of("Neighbouring trust")),
            "Service suspension: Maternity unit (alternative provision: Neighbouring trust)"),
        words(new ContractualLeverApplied(ContractualLever.INFORMAL_QUERY, Optional.empty(), Optional.empty()),
            "Informal query"),
        words(CorrectionRecorded.of(2, "The meeting was a day later"),
            "Correction of entry 2: The meeting was a day later"));
  }

  @ParameterizedTest
  @MethodSource("facts")
  void eachEventSaysWhatWasDoneWithWhatItRecords(CaseFact fact, String expected) {
    assertEquals(expected, CaseTimeline.describe(fact));
  }

  /** Every kind of event the case records has words of its own (none falls through). */
  @Test
  void everyKindOfEventIsDescribed() {
    assertEquals(FactType.values().length,
        facts().map(a -> ((CaseFact) a.get()[0]).type()).distinct().count());
  }

  private static Arguments words(CaseFact fact, String expected) {
    return Arguments.of(fact, expected);
  }
}
