package org.qsurv.escalation.surveillancecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.ESCALATE_TO_INTENSIVE;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.STEP_DOWN;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.authority.Grant;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEventJson;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * The two routes out of enhanced surveillance. 003 §5.2.3 a: "If assurance is gained at any of
 * these meetings [intelligence-sharing calls, single-item QSGs, risk summits, all led by NHS
 * England] then a decision to step down the process to routine levels of surveillance should be
 * made": an ICB director's step down taken at one of them is accepted at once. 003 Appendix 1
 * attaches the three months of sustained assurance to assurance gained through the Quality Risk
 * Profile: every other step down waits out the policy's period, as before.
 */
class StepDownAtNhsEnglandMeetingTest {
  private static final EscalationPolicy NHS = EscalationPolicy.nhsDefaults();
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  private static final Actor LEAD = Actor.of("B. Lead", Role.ICB_QUALITY_LEAD);
  private static final Actor REGION = Actor.of("C. Regional", Role.NHSE_REGION);
  private static final Actor PROVIDER = Actor.of("D. Provider", Role.PROVIDER);

  private SurveillanceCase c = SurveillanceCase.open(OrganisationCode.of("RH5"));

  @ParameterizedTest
  @EnumSource(value = Meeting.class, names = {"INTELLIGENCE_CALL", "SINGLE_ITEM_QSG", "RISK_SUMMIT"})
  void aDirectorStepsDownFromEnhancedAtOnceOnAssuranceGainedAtAnNhsEnglandMeeting(Meeting meeting) {
    enhanced();
    Outcome o = c.decide(TakeDecision.at(meeting, STEP_DOWN, day("2025-02-03"), DIRECTOR,
        "Assurance gained at the meeting"), NHS);
    assertTrue(o.isAccepted(), o::toString);
    assertEquals(Level.ROUTINE, o.after().level());
    DecisionTaken fact = (DecisionTaken) o.events().get(0).fact();
    assertEquals(Optional.of(meeting), fact.meeting(), "the event records the meeting that gave the assurance");
    assertTrue(CaseEventJson.toJson(o.events().get(0)).contains("\"meeting\":\"" + meeting + "\""));
  }

  @Test
  void withoutAMeetingOrAtTheIcbsOwnQualityReviewTheSustainedAssuranceRuleApplies() {
    enhanced();
    rejected(BrokenRule.NO_ASSURANCE, c.decide(TakeDecision.of(STEP_DOWN, day("2025-02-03"), DIRECTOR, "Assured"), NHS));
    rejected(BrokenRule.NO_ASSURANCE, c.decide(TakeDecision.at(Meeting.QUALITY_REVIEW, STEP_DOWN,
        day("2025-02-03"), DIRECTOR, "Assured at our review"), NHS));
    c = accepted(TakeDecision.at(Meeting.QUALITY_REVIEW, ASSURANCE_GAINED, day("2025-02-03"), DIRECTOR,
        "Assured through the Quality Risk Profile"));
    rejected(BrokenRule.ASSURANCE_NOT_YET_SUSTAINED, c.decide(TakeDecision.at(Meeting.QUALITY_REVIEW,
        STEP_DOWN, day("2025-05-02"), DIRECTOR, "Assured at our review"), NHS));
    c = accepted(TakeDecision.of(STEP_DOWN, day("2025-05-03"), DIRECTOR, "Three months sustained"));
    assertEquals(Level.ROUTINE, c.level());
  }

  /** The route is the ICB's decision on enhanced surveillance; anyone else waits out the period. */
  @Test
  void onlyAnIcbDirectorTakesTheMeetingRouteEvenWhereLocalPolicyLetsOthersStepDown() {
    EscalationPolicy regionToo = EscalationPolicy.builder().authority(AuthorityTable.nhsDefaults()
        .with(Grant.at(CaseAction.STEP_DOWN, Level.ENHANCED, Role.ICB_DIRECTOR, Role.NHSE_REGION))).build();
    enhanced();
    Outcome o = c.decide(TakeDecision.at(Meeting.RISK_SUMMIT, STEP_DOWN, day("2025-02-03"), REGION,
        "Assured at the summit"), regionToo);
    rejected(BrokenRule.NO_ASSURANCE, o);
  }

  /** 003 §5.2.3 a is about the enhanced level; intensive is left one level at a time, after the period. */
  @Test
  void theMeetingRouteDoesNotShortenTheWayOutOfIntensive() {
    enhanced();
    c = accepted(TakeDecision.of(ESCALATE_TO_INTENSIVE, day("2025-02-01"), REGION, "Last resort"));
    rejected(BrokenRule.NO_ASSURANCE, c.decide(TakeDecision.at(Meeting.RISK_SUMMIT, STEP_DOWN,
        day("2025-02-03"), REGION, "Assured at the summit"), NHS));
  }

  /** 003 §5.2.3 e: the plan is still signed off or its remainder closed by a director first. */
  @Test
  void anOpenImprovementPlanStillHoldsTheStepDown() {
    enhanced();
    c = accepted(new AppointLead(day("2025-01-20"), DIRECTOR, "Lead", "B. Lead"));
    c = accepted(new NotifyProvider(day("2025-01-20"), LEAD, "In writing", NoticeMethod.WRITTEN_NOTICE));
    c = accepted(new CompleteBaselineReview(day("2025-01-21"), LEAD, "Deep dive", "All domains"));
    c = accepted(new AgreeKeyRisks(day("2025-01-22"), LEAD, "Agreed", List.of(KeyRisk.of("KR-1", "Falls"))));
    c = accepted(new GiveFeedback(day("2025-01-23"), LEAD, "Met", "KR-1"));
    c = accepted(AddPlanAction.builder().at(day("2025-01-24")).by(PROVIDER).rationale("Plan").actionId("A-1")
        .description("Falls audit").lead("DoN").due(day("2025-03-31")).metric("Monthly audit").build());
    Outcome o = c.decide(TakeDecision.at(Meeting.SINGLE_ITEM_QSG, STEP_DOWN, day("2025-02-03"), DIRECTOR,
        "Assured at the QSG"), NHS);
    rejected(BrokenRule.PLAN_NOT_RESOLVED, o);
  }

  @Test
  void aDecisionWithoutAMeetingIsStoredWithoutTheField() {
    Outcome o = c.decide(TakeDecision.of(PLACE_ON_ENHANCED, day("2025-01-06"), DIRECTOR, "Concerns"), NHS);
    assertFalse(CaseEventJson.toJson(o.events().get(0)).contains("meeting"));
  }

  private void enhanced() {
    c = accepted(TakeDecision.of(PLACE_ON_ENHANCED, day("2025-01-06"), DIRECTOR, "Concerns"));
    c = accepted(TakeDecision.of(CONFIRM_ENHANCED, day("2025-01-20"), DIRECTOR, "Quality review meeting"));
  }

  private SurveillanceCase accepted(CaseCommand command) {
    Outcome o = c.decide(command, NHS);
    assertTrue(o.isAccepted(), o::toString);
    return o.after();
  }

  private void rejected(BrokenRule rule, Outcome o) {
    assertFalse(o.isAccepted(), () -> "expected " + rule + " but was accepted");
    assertEquals(rule, o.rejection().get().rule(), o.rejection().get().reason());
    assertEquals(c, o.after());
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
