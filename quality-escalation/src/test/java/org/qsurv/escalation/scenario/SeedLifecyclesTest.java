package org.qsurv.escalation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.escalation.scenario.CaseWalk.DIRECTOR;
import static org.qsurv.escalation.scenario.CaseWalk.LEAD;
import static org.qsurv.escalation.scenario.CaseWalk.PROVIDER;
import static org.qsurv.escalation.scenario.CaseWalk.REGION;
import static org.qsurv.escalation.scenario.CaseWalk.decision;
import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.CALL_RISK_SUMMIT;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.ESCALATE_TO_INTENSIVE;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.STEP_DOWN;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.AddActionEvidence;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.ApplyLever;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CallRapidResponseReview;
import org.qsurv.escalation.command.CloseRemainingActions;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.CompleteQualityRiskProfile;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordMeeting;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.RequestQualityRiskProfile;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.SignOffAction;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.levers.QualityRiskProfileStatus;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.ProcedureStep;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.BrokenRule;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.escalation.view.CaseHistory;
import org.qsurv.escalation.view.CaseTimeline;
import org.qsurv.escalation.view.SurveillanceTracker;
import org.qsurv.escalation.view.TimelineEntry;
import org.qsurv.escalation.view.TrackerEntry;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Level;

/** The lifecycles of the seeds, walked end to end. */
class SeedLifecyclesTest {

  /**
   * 003 §5.2 and Appendix 1: routine -> enhanced pending its quality review meeting -> confirmed ->
   * the procedure a-e (lead, written notice, governance group, baseline review, key risks,
   * feedback and the provider's responses, the provider-owned plan signed off) -> assurance ->
   * three months sustained -> routine.
   */
  @Test
  void a003ProviderGoesFromRoutineThroughTheEnhancedProcedureAndBackAfterThreeMonthsOfAssurance() {
    CaseWalk walk = new CaseWalk("RBT")
        .accepted(new AcceptTrigger(day("2025-01-03"), LEAD, "Safeguarding referrals doubled", "SAFEGUARDING", List.of("I-4", "I-9")))
        .decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    assertEquals(Level.ENHANCED, walk.state().level());
    assertTrue(walk.state().pendingReview(), "003 Appendix 1: enhanced pending a quality review meeting");

    walk.accepted(new AppointLead(day("2025-01-06"), DIRECTOR, "003 §5.2.3 a", "B. Lead"))
        .accepted(new NotifyProvider(day("2025-01-08"), LEAD, "Formal escalation in writing", NoticeMethod.WRITTEN_NOTICE))
        .accepted(new SetUpGovernanceGroup(day("2025-01-10"), LEAD, "Terms of reference agreed", "RBT enhanced surveillance group"))
        .decided(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR)
        .accepted(new CompleteBaselineReview(day("2025-02-14"), LEAD, "Deep dive done", "Staffing, safeguarding and falls themes across all domains"))
        .accepted(new AgreeKeyRisks(day("2025-02-20"), LEAD, "Agreed with CQC and the LA", List.of(KeyRisk.of("KR-1", "Night staffing below safe levels"), KeyRisk.of("KR-2", "Safeguarding referrals not triaged"))))
        .accepted(new GiveFeedback(day("2025-02-27"), LEAD, "Feedback meeting with the trust", "Both risks, with the sources used"))
        .accepted(new RecordProviderResponse(day("2025-03-06"), PROVIDER, "Board agreed", "KR-1", RiskResponse.ACKNOWLEDGED, List.of()))
        .accepted(new RecordProviderResponse(day("2025-03-06"), PROVIDER, "New triage in place", "KR-2", RiskResponse.CHALLENGED, List.of("Triage audit March")))
        .accepted(planAction("A-1", "Recruit twelve night nurses", "2025-05-31"))
        .accepted(planAction("A-2", "Weekly safeguarding triage audit", "2025-04-30"));

    TrackerEntry onTracker = SurveillanceTracker.of(List.of(walk.state()), day("2025-05-15")).get(0);
    assertEquals(Optional.of("B. Lead"), onTracker.lead());
    assertEquals(Optional.of(ProcedureStep.IMPROVEMENT_PLAN), onTracker.step());
    assertEquals(List.of("A-2"), ids(onTracker.overdueActions()), "A-2 was due on 30 April");

    walk.rejected(decision(STEP_DOWN, "2025-05-20", DIRECTOR), BrokenRule.NO_ASSURANCE);
    walk.accepted(evidence("A-1", "2025-05-28")).accepted(signOff("A-1", "2025-05-30"))
        .accepted(evidence("A-2", "2025-05-30")).accepted(signOff("A-2", "2025-05-30"))
        .decided(ASSURANCE_GAINED, "2025-06-02", DIRECTOR);
    assertEquals(Optional.of(day("2025-09-02")), walk.state().sustainedAssuranceUntil(), "003 Appendix 1: 3 months");

    Rejected early = walk.rejected(decision(STEP_DOWN, "2025-09-01", DIRECTOR), BrokenRule.ASSURANCE_NOT_YET_SUSTAINED);
    assertTrue(early.reason().contains("2025-09-02"), early.reason());
    walk.decided(STEP_DOWN, "2025-09-02", DIRECTOR);

    assertEquals(Level.ROUTINE, walk.state().level());
    assertEquals(Optional.of(day("2025-09-02")), walk.state().levelSince());
    assertEquals(Optional.empty(), walk.state().sustainedAssuranceUntil());
    assertTrue(ChainVerifier.verify(walk.file().log()).isIntact());
    assertTrue(SurveillanceTracker.of(List.of(walk.state()), day("2025-09-02")).isEmpty());
    assertEquals(Level.ENHANCED, CaseHistory.asOf(walk.state().provider(), walk.file().log(), day("2025-09-01")).level(),
        "what the ICB knew the day before the step down");
    List<TimelineEntry> timeline = CaseTimeline.of(walk.file().log());
    assertEquals("Stepped down from enhanced to routine surveillance", timeline.get(timeline.size() - 1).what());
  }

  /**
   * 003 §5.2.3 e (the plan monitored "including sign off of actions"): the step down from enhanced waits for every plan action to be signed off, or
   * for an ICB director's recorded decision to close the rest.
   */
  @Test
  void anOpenPlanActionHoldsTheStepDownUntilADirectorClosesIt() {
    CaseWalk walk = confirmedWithFeedback("RJ1").accepted(planAction("A-1", "Falls audit", "2025-04-30"));
    walk.decided(ASSURANCE_GAINED, "2025-05-01", DIRECTOR);
    Rejected open = walk.rejected(decision(STEP_DOWN, "2025-08-01", DIRECTOR), BrokenRule.PLAN_NOT_RESOLVED);
    assertTrue(open.reason().contains("A-1"), open.reason());
    walk.rejected(new CloseRemainingActions(day("2025-08-01"), LEAD, "Superseded"),
        BrokenRule.NOT_AUTHORISED);
    walk.accepted(new CloseRemainingActions(day("2025-08-01"), DIRECTOR, "Audit superseded by the national falls programme"))
        .decided(STEP_DOWN, "2025-08-01", DIRECTOR);
    assertEquals(Level.ROUTINE, walk.state().level());
  }

  /**
   * 003 Appendix 2 and 001 §7.2: a risk summit can be called at any level by NHS England, does not
   * change the level, is recorded with chair, attendees and agreed actions, and clears a running
   * sustained-assurance period.
   */
  @Test
  void anUrgentRiskSummitIsCalledAtAnyLevelAndClearsTheAssurance() {
    CaseWalk walk = new CaseWalk("RX1");
    walk.rejected(decision(CALL_RISK_SUMMIT, "2025-02-01", DIRECTOR), BrokenRule.NOT_AUTHORISED);
    walk.decided(CALL_RISK_SUMMIT, "2025-02-01", REGION);
    assertEquals(Level.ROUTINE, walk.state().level(), "a summit does not change the level");
    walk.rejected(RecordMeeting.builder().at(day("2025-02-05")).by(REGION).rationale("Summit held")
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).build(), BrokenRule.INCOMPLETE);
    walk.accepted(RecordMeeting.builder().at(day("2025-02-05")).by(REGION).rationale("Credible whistleblowing")
        .meeting(NhsEnglandMeeting.RISK_SUMMIT).chair("Regional Chief Nurse")
        .addAttendees("CQC", "ICB Chief Nurse", "Trust CEO", "NMC")
        .addAgreedActions("External review of maternity", "Daily safe staffing huddle").build());
    assertEquals(0, walk.state().nhsEngland().riskSummitsAwaitingRecord());
    walk.decided(PLACE_ON_ENHANCED, "2025-02-06", DIRECTOR)
        .decided(CONFIRM_ENHANCED, "2025-02-20", DIRECTOR)
        .decided(ASSURANCE_GAINED, "2025-06-02", DIRECTOR);
    assertTrue(walk.state().sustainedAssuranceUntil().isPresent());
    walk.decided(CALL_RISK_SUMMIT, "2025-07-01", REGION);
    assertEquals(Optional.empty(), walk.state().sustainedAssuranceUntil(), "the summit clears the assurance");
    walk.rejected(decision(STEP_DOWN, "2025-10-01", DIRECTOR), BrokenRule.NO_ASSURANCE);
    walk.accepted(new CallRapidResponseReview(day("2025-10-02"), DIRECTOR, "Two unexpected deaths on the stroke unit"));
    assertEquals(List.of(day("2025-10-02")), walk.state().nhsEngland().rapidResponseReviews());
  }

  /**
   * 004 §4.4 and SNAPSHOT.md: NHS England escalates to intensive (after the calls, QSG and
   * Quality Risk Profile of 003 §5.2.3 a), and the provider comes back down one level at a time,
   * with its own assurance and period at each level; never intensive to routine in one step.
   */
  @Test
  void nhsEnglandEscalatesToIntensiveAndTheProviderStepsDownThroughEnhanced() {
    CaseWalk walk = confirmedWithFeedback("RW6")
        .accepted(meeting(NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL, "2025-03-10"))
        .accepted(meeting(NhsEnglandMeeting.SINGLE_ITEM_QSG, "2025-03-17"))
        .accepted(new RequestQualityRiskProfile(day("2025-03-17"), REGION, "People continue to be at risk"))
        .accepted(new CompleteQualityRiskProfile(day("2025-04-01"), LEAD, "Profile agreed at QSG", Optional.of("Extreme risk in maternity")));
    assertEquals(QualityRiskProfileStatus.COMPLETED, walk.state().nhsEngland().qualityRiskProfile());

    walk.rejected(decision(ESCALATE_TO_INTENSIVE, "2025-04-02", DIRECTOR), BrokenRule.NOT_AUTHORISED);
    walk.decided(ESCALATE_TO_INTENSIVE, "2025-04-02", REGION);
    assertEquals(Level.INTENSIVE, walk.state().level());

    walk.rejected(decision(ASSURANCE_GAINED, "2025-07-01", DIRECTOR), BrokenRule.NOT_AUTHORISED);
    walk.decided(ASSURANCE_GAINED, "2025-07-01", REGION)
        .rejected(decision(STEP_DOWN, "2025-10-01", DIRECTOR), BrokenRule.NOT_AUTHORISED);
    walk.decided(STEP_DOWN, "2025-10-01", REGION);
    assertEquals(Level.ENHANCED, walk.state().level(), "intensive steps down to enhanced, never to routine");
    assertFalse(walk.state().pendingReview(), "SNAPSHOT.md: lands in confirmed enhanced");
    assertEquals(Optional.empty(), walk.state().sustainedAssuranceUntil(), "each level needs its own assurance");

    walk.rejected(decision(STEP_DOWN, "2026-01-02", DIRECTOR), BrokenRule.NO_ASSURANCE);
    walk.decided(ASSURANCE_GAINED, "2026-01-05", DIRECTOR)
        .decided(STEP_DOWN, "2026-04-05", DIRECTOR);
    assertEquals(Level.ROUTINE, walk.state().level());
    assertTrue(ChainVerifier.verify(walk.file().log()).isIntact());
  }

  /**
   * 001 §7.3: performance management by contract: an informal query, a contract performance notice
   * requesting a remedial action plan, withheld payments for continued failure, an exception report
   * to the board and the regulator, suspension with alternative provision, and decommissioning.
   */
  @Test
  void a001ContractualEscalationRunsFromInformalQueryToDecommissioning() {
    CaseWalk walk = new CaseWalk("A81001")
        .accepted(lever(ContractualLever.INFORMAL_QUERY, "2025-01-10", LEAD, Optional.empty()));
    walk.rejected(lever(ContractualLever.REMEDIAL_ACTION_PLAN, "2025-01-20", DIRECTOR, Optional.empty()),
        BrokenRule.PROCEDURE_OUT_OF_ORDER);
    walk.rejected(lever(ContractualLever.CONTRACT_PERFORMANCE_NOTICE, "2025-01-20", LEAD, Optional.empty()),
        BrokenRule.NOT_AUTHORISED);
    walk.accepted(lever(ContractualLever.CONTRACT_PERFORMANCE_NOTICE, "2025-01-20", DIRECTOR, Optional.empty()))
        .accepted(lever(ContractualLever.REMEDIAL_ACTION_PLAN, "2025-01-20", DIRECTOR, Optional.empty()))
        .accepted(lever(ContractualLever.WITHHELD_PAYMENT, "2025-03-01", DIRECTOR, Optional.empty()))
        .accepted(lever(ContractualLever.EXCEPTION_REPORT, "2025-03-15", DIRECTOR, Optional.empty()));
    walk.rejected(lever(ContractualLever.SUSPENSION, "2025-04-01", DIRECTOR, Optional.empty()), BrokenRule.INCOMPLETE);
    walk.accepted(lever(ContractualLever.SUSPENSION, "2025-04-01", DIRECTOR, Optional.of("Neighbouring practice")))
        .accepted(lever(ContractualLever.DECOMMISSIONING, "2025-09-30", DIRECTOR, Optional.empty()));

    assertEquals(ImmutableList.of(ContractualLever.INFORMAL_QUERY, ContractualLever.CONTRACT_PERFORMANCE_NOTICE,
            ContractualLever.REMEDIAL_ACTION_PLAN, ContractualLever.WITHHELD_PAYMENT, ContractualLever.EXCEPTION_REPORT,
            ContractualLever.SUSPENSION, ContractualLever.DECOMMISSIONING),
        walk.state().levers().stream().map(l -> l.lever()).collect(ImmutableList.toImmutableList()));
    assertEquals(LEAD, walk.state().levers().get(0).by(), "who applied it is recorded");
    assertEquals(day("2025-04-01"), walk.state().levers().get(5).at());
    assertEquals(Level.ROUTINE, walk.state().level(), "levers run alongside the levels; they do not move them");
  }

  // --- helpers ---

  private static CaseWalk confirmedWithFeedback(String provider) {
    return new CaseWalk(provider)
        .decided(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR)
        .accepted(new AppointLead(day("2025-01-06"), DIRECTOR, "003 §5.2.3 a", "B. Lead"))
        .accepted(new NotifyProvider(day("2025-01-08"), LEAD, "Contract breach suspected", NoticeMethod.CONTRACT_PERFORMANCE_NOTICE))
        .decided(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR)
        .accepted(new CompleteBaselineReview(day("2025-02-14"), LEAD, "Deep dive done", "Maternity and staffing"))
        .accepted(new AgreeKeyRisks(day("2025-02-20"), LEAD, "Agreed with partners", List.of(KeyRisk.of("KR-1", "Maternity escalation failures"))))
        .accepted(new GiveFeedback(day("2025-02-27"), LEAD, "Feedback meeting", "KR-1 with sources"));
  }

  private static AddPlanAction planAction(String id, String what, String due) {
    return AddPlanAction.builder().at(day("2025-03-20")).by(PROVIDER).rationale("Provider-owned plan (003 §5.2.3 e)")
        .actionId(id).description(what).lead("Director of Nursing").due(day(due)).metric("Monthly audit").build();
  }

  private static AddActionEvidence evidence(String id, String date) {
    return new AddActionEvidence(day(date), PROVIDER, "Evidence submitted to the group", id, "Audit results " + date);
  }

  private static SignOffAction signOff(String id, String date) {
    return new SignOffAction(day(date), LEAD, "Signed off at the sub group", id);
  }

  private static RecordMeeting meeting(NhsEnglandMeeting meeting, String date) {
    return RecordMeeting.builder().at(day(date)).by(REGION).rationale("Concerns escalated through QSG")
        .meeting(meeting).addAttendees("ICB Chief Nurse", "CQC").build();
  }

  private static ApplyLever lever(ContractualLever lever, String date, Actor by, Optional<String> provision) {
    return ApplyLever.builder().at(day(date)).by(by).rationale("Quality below the contract standard (001 §7.3)")
        .lever(lever).alternativeProvision(provision).build();
  }

  private static List<String> ids(List<org.qsurv.escalation.procedure.PlanAction> actions) {
    return actions.stream().map(a -> a.id()).collect(ImmutableList.toImmutableList());
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
