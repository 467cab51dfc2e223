package org.qsurv.escalation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.escalation.scenario.CaseWalk.DIRECTOR;
import static org.qsurv.escalation.scenario.CaseWalk.LEAD;
import static org.qsurv.escalation.scenario.CaseWalk.PROVIDER;
import static org.qsurv.escalation.scenario.CaseWalk.REGION;
import static org.qsurv.model.surveillance.DecisionType.CALL_RISK_SUMMIT;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.CompleteQualityRiskProfile;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordCorrection;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.levers.QualityRiskProfileStatus;
import org.qsurv.escalation.procedure.ActionStatus;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.BrokenRule;
import org.qsurv.escalation.surveillancecase.Rejected;

/**
 * Rules of order in the enhanced procedure and the NHS England steps, each stated with the step
 * before it that it needs: a command that skips the earlier step is rejected and changes nothing,
 * and the same command is accepted once the earlier step is recorded.
 */
class ProcedureOrderRulesTest {

  /**
   * 003 §5.2.3 e: the provider is "responsible for ... providing evidence of implementations", and
   * the plan is monitored "including sign off of actions": an action is signed off on its evidence.
   */
  @Test
  void anActionWithNoEvidenceOfImplementationCannotBeSignedOff() {
    CaseWalk walk = CaseWalk.confirmedWithFeedback("RJ1").accepted(AddPlanAction.builder().at(day("2025-03-20")).by(PROVIDER)
        .rationale("Provider-owned plan").actionId("A-1").description("Falls audit").lead("Director of Nursing")
        .due(day("2025-04-30")).metric("Monthly audit").build());
    Rejected noEvidence = walk.rejected(signOff("A-1", "2025-04-01"), BrokenRule.INCOMPLETE);
    assertTrue(noEvidence.reason().contains("A-1"), noEvidence.reason());
    walk.accepted(new AddActionEvidence(day("2025-04-02"), PROVIDER, "Audit submitted", "A-1", "Falls audit April"))
        .accepted(signOff("A-1", "2025-04-03"));
    assertEquals(ActionStatus.SIGNED_OFF, walk.state().procedure().get().action("A-1").get().status());
  }

  /**
   * 003 §5.2.3 a, b: concerns are "expressed to the provider formally in writing as an initial
   * step" (or by a contract performance notice); the comprehensive baseline review comes after.
   */
  @Test
  void theBaselineReviewIsNotAcceptedBeforeTheProviderWasFormallyNotified() {
    CaseWalk walk = new CaseWalk("RX2").decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .accepted(new AppointLead(day("2025-01-06"), DIRECTOR, "Lead named", "B. Lead"));
    walk.rejected(baselineReview("2025-01-07"), BrokenRule.PROCEDURE_OUT_OF_ORDER);
    assertEquals(java.util.Optional.empty(), walk.state().procedure().get().baselineReviewed());
    walk.accepted(new NotifyProvider(
        day("2025-01-08"), LEAD, "Formal escalation in writing", NoticeMethod.WRITTEN_NOTICE))
        .accepted(baselineReview("2025-01-09"));
    assertEquals(java.util.Optional.of(day("2025-01-09")), walk.state().procedure().get().baselineReviewed());
  }

  /**
   * 003 §5.2.3 a: "NHSE/I will recommend the completion of a Quality Risk Profile (QRP) and provide
   * a template": a profile is completed only once requested, and each request is completed once.
   */
  @Test
  void aQualityRiskProfileIsCompletedOnlyAfterNhsEnglandRequestedIt() {
    CaseWalk walk = new CaseWalk("RW7").decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    Rejected never = walk.rejected(completeProfile("2025-01-10"), BrokenRule.UNKNOWN_REFERENCE);
    assertTrue(never.reason().contains("requested"), never.reason());
    assertEquals(QualityRiskProfileStatus.NOT_REQUESTED, walk.state().nhsEngland().qualityRiskProfile());
    walk.accepted(new RequestQualityRiskProfile(day("2025-01-11"), REGION, "People continue to be at risk"))
        .accepted(completeProfile("2025-01-20"));
    assertEquals(QualityRiskProfileStatus.COMPLETED, walk.state().nhsEngland().qualityRiskProfile());
    walk.rejected(completeProfile("2025-01-21"), BrokenRule.UNKNOWN_REFERENCE);
  }

  /**
   * 003 Appendix 1: the risk summit chair ensures "the decision to hold a risk summit is
   * communicated" before it is held: a summit is recorded only against one called and not yet
   * recorded.
   */
  @Test
  void aRiskSummitIsRecordedOnlyAfterItWasCalledAndOnlyOncePerCall() {
    CaseWalk walk = new CaseWalk("RX3");
    walk.rejected(summit("2025-02-01"), BrokenRule.UNKNOWN_REFERENCE);
    assertEquals(0, walk.state().nhsEngland().meetings().size());
    walk.decided(CALL_RISK_SUMMIT, "2025-02-02", REGION).accepted(summit("2025-02-05"));
    assertEquals(1, walk.state().nhsEngland().meetings().size());
    walk.rejected(summit("2025-02-06"), BrokenRule.UNKNOWN_REFERENCE);
  }

  /**
   * 003 §3: the record is "an audit trail of actions and rationale for decisions made"; a
   * correction annotates an event of the case, so it must name one the case has: the latest is the
   * highest it may name.
   */
  @Test
  void aCorrectionPointsAtAnEventTheCaseHas() {
    CaseWalk walk = new CaseWalk("RX4").decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .decided(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR);
    Rejected missing = walk.rejected(correction(3, "2025-01-21"), BrokenRule.UNKNOWN_REFERENCE);
    assertTrue(missing.reason().contains("3"), missing.reason());
    walk.accepted(correction(2, "2025-01-21"));
    assertEquals(3, walk.state().version());
  }

  /**
   * 003 §5.2.3 c, d, e: feedback is on the key risks agreed with partners; the provider may then
   * "acknowledge or challenge risks presented", and its improvement plan follows. Feedback before
   * any key risk is agreed, and a response or a plan action before feedback, are out of order.
   */
  @Test
  void feedbackFollowsTheKeyRisksAndTheResponseAndPlanFollowFeedback() {
    CaseWalk walk = new CaseWalk("RX5").decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .accepted(new AppointLead(day("2025-01-06"), DIRECTOR, "Lead named", "B. Lead"))
        .accepted(new NotifyProvider(day("2025-01-08"), LEAD, "Formal escalation in writing",
            NoticeMethod.WRITTEN_NOTICE))
        .accepted(baselineReview("2025-01-09"));
    Rejected noRisks = walk.rejected(feedback("2025-01-10"), BrokenRule.PROCEDURE_OUT_OF_ORDER);
    assertTrue(noRisks.reason().contains("none are agreed yet"), noRisks.reason());
    walk.accepted(new AgreeKeyRisks(day("2025-01-11"), LEAD, "Agreed with partners",
        List.of(KeyRisk.of("KR-1", "Falls"))));
    Rejected noFeedback = walk.rejected(response("2025-01-12"), BrokenRule.PROCEDURE_OUT_OF_ORDER);
    assertTrue(noFeedback.reason().contains("no feedback has been given yet"), noFeedback.reason());
    Rejected noPlanYet = walk.rejected(planAction("2025-01-12"), BrokenRule.PROCEDURE_OUT_OF_ORDER);
    assertTrue(noPlanYet.reason().contains("no feedback has been given yet"), noPlanYet.reason());
    assertEquals(Optional.empty(), walk.state().procedure().get().feedbackGiven());
    walk.accepted(feedback("2025-01-13")).accepted(response("2025-01-14")).accepted(planAction("2025-01-15"));
    assertEquals(Optional.of(day("2025-01-13")), walk.state().procedure().get().feedbackGiven());
    assertEquals(1, walk.state().procedure().get().responses().size());
    assertEquals(1, walk.state().procedure().get().plan().size());
  }

  private static GiveFeedback feedback(String date) {
    return new GiveFeedback(day(date), LEAD, "Feedback meeting", "KR-1 with its sources");
  }

  private static RecordProviderResponse response(String date) {
    return new RecordProviderResponse(day(date), PROVIDER, "Board response", "KR-1", RiskResponse.ACKNOWLEDGED,
        List.of());
  }

  private static AddPlanAction planAction(String date) {
    return AddPlanAction.builder().at(day(date)).by(PROVIDER).rationale("Provider-owned plan").actionId("A-1")
        .description("Falls audit").lead("Director of Nursing").due(day("2025-04-30")).metric("Monthly audit")
        .build();
  }

  private static CompleteBaselineReview baselineReview(String date) {
    return new CompleteBaselineReview(day(date), LEAD, "Deep dive done", "All quality domains");
  }

  private static SignOffAction signOff(String id, String date) {
    return new SignOffAction(day(date), LEAD, "Signed off at the sub group", id);
  }

  private static CompleteQualityRiskProfile completeProfile(String date) {
    return new CompleteQualityRiskProfile(day(date), LEAD, "Profile agreed at QSG", Optional.empty());
  }

  private static RecordMeeting summit(String date) {
    return RecordMeeting.builder().at(day(date)).by(REGION).rationale("Summit held")
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).chair("Regional Chief Nurse").addAttendees("CQC").build();
  }

  private static RecordCorrection correction(long corrects, String date) {
    return new RecordCorrection(day(date), LEAD, "Wrong date recorded", corrects, "The meeting was a day later");
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
