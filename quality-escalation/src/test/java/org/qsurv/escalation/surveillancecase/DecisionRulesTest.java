package org.qsurv.escalation.surveillancecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.CALL_RISK_SUMMIT;
import static org.qsurv.model.surveillance.DecisionType.CONFIRM_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.ESCALATE_TO_INTENSIVE;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;
import static org.qsurv.model.surveillance.DecisionType.RETURN_TO_ROUTINE;
import static org.qsurv.model.surveillance.DecisionType.STEP_DOWN;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qsurv.escalation.command.AcceptTrigger;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/** The decision table of SNAPSHOT.md and the choices made where the sources are silent. */
class DecisionRulesTest {
  private static final EscalationPolicy NHS = EscalationPolicy.nhsDefaults();
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  private static final Actor LEAD = Actor.of("B. Lead", Role.ICB_QUALITY_LEAD);
  private static final Actor REGION = Actor.of("C. Regional", Role.NHSE_REGION);

  private SurveillanceCase c = SurveillanceCase.open(OrganisationCode.of("RH5"));

  @ParameterizedTest
  @EnumSource(DecisionType.class)
  void everyDecisionNeedsARationale(DecisionType decision) {
    Outcome o = c.decide(TakeDecision.of(decision, day("2025-01-01"), REGION, "  "), NHS);
    assertEquals(BrokenRule.RATIONALE_REQUIRED, o.rejection().get().rule());
    assertEquals(c, o.after());
  }

  @Test
  void placeOnEnhancedIsTakenFromRoutineByAnIcbDirectorAndAwaitsTheQualityReviewMeeting() {
    assertRejected(BrokenRule.NOT_AUTHORISED, decide(PLACE_ON_ENHANCED, "2025-01-06", REGION));
    assertRejected(BrokenRule.NOT_AUTHORISED, decide(PLACE_ON_ENHANCED, "2025-01-06", LEAD));
    accept(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    assertEquals(Level.ENHANCED, c.level());
    assertTrue(c.pendingReview());
    assertEquals(Optional.of(day("2025-01-06")), c.levelSince());
    assertRejected(BrokenRule.NOT_AT_THIS_LEVEL, decide(PLACE_ON_ENHANCED, "2025-01-07", DIRECTOR));
  }

  @Test
  void onlyTheQualityReviewMeetingEndsPendingReviewAndOnlyOnce() {
    assertRejected(BrokenRule.NOT_AT_THIS_LEVEL, decide(CONFIRM_ENHANCED, "2025-01-01", DIRECTOR));
    accept(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    assertRejected(BrokenRule.AWAITING_QUALITY_REVIEW, decide(STEP_DOWN, "2025-09-01", DIRECTOR));
    assertRejected(BrokenRule.AWAITING_QUALITY_REVIEW, decide(ASSURANCE_GAINED, "2025-01-07", DIRECTOR));
    assertRejected(BrokenRule.NOT_AUTHORISED, decide(CONFIRM_ENHANCED, "2025-01-20", LEAD));
    accept(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR);
    assertFalse(c.pendingReview());
    assertEquals(Optional.of(day("2025-01-06")), c.levelSince(), "confirming does not change the level");
    assertRejected(BrokenRule.NOT_AT_THIS_LEVEL, decide(RETURN_TO_ROUTINE, "2025-01-21", DIRECTOR));
  }

  @Test
  void theMeetingMayReturnTheProviderToRoutineWithoutAnAssurancePeriod() {
    accept(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    accept(RETURN_TO_ROUTINE, "2025-01-20", DIRECTOR);
    assertEquals(Level.ROUTINE, c.level());
    assertEquals(Optional.of(day("2025-01-20")), c.levelSince(), "moved, so levelSince is the meeting's date");
  }

  @Test
  void nhsEnglandEscalatesToIntensiveFromRoutineOrEitherKindOfEnhanced() {
    SurveillanceCase routine = c;
    accept(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    SurveillanceCase pending = c;
    accept(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR);
    for (SurveillanceCase from : new SurveillanceCase[] {routine, pending, c}) {
      Outcome o = from.decide(TakeDecision.of(ESCALATE_TO_INTENSIVE, day("2025-02-01"), REGION, "Last resort"), NHS);
      assertEquals(Level.INTENSIVE, o.after().level());
      assertFalse(o.after().pendingReview());
      assertEquals(BrokenRule.NOT_AUTHORISED, from.decide(
          TakeDecision.of(ESCALATE_TO_INTENSIVE, day("2025-02-01"), DIRECTOR, "Last resort"), NHS)
          .rejection().get().rule());
      assertEquals(BrokenRule.NOT_AT_THIS_LEVEL, o.after().decide(
          TakeDecision.of(ESCALATE_TO_INTENSIVE, day("2025-02-02"), REGION, "Again"), NHS).rejection().get().rule());
    }
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void aRiskSummitIsCalnhsEnglandLedAtAnyLevelAndKeepsTheLevel(Level level) {
    at(level);
    Level before = c.level();
    accept(CALL_RISK_SUMMIT, "2026-01-01", REGION);
    assertEquals(before, c.level());
  }

  @Test
  void assuranceIsGainedInConfirmedEnhancedByTheIcbAndInIntensiveByNhsEngland() {
    assertRejected(BrokenRule.NOT_AT_THIS_LEVEL, decide(ASSURANCE_GAINED, "2025-01-01", DIRECTOR));
    at(Level.ENHANCED);
    assertRejected(BrokenRule.NOT_AUTHORISED, decide(ASSURANCE_GAINED, "2025-03-01", REGION));
    SurveillanceCase enhanced = c;
    accept(ASSURANCE_GAINED, "2025-03-01", DIRECTOR);
    c = enhanced;
    accept(ESCALATE_TO_INTENSIVE, "2025-03-01", REGION);
    Rejected r = assertRejected(BrokenRule.NOT_AUTHORISED, decide(ASSURANCE_GAINED, "2025-03-02", DIRECTOR));
    assertEquals("Only NHS England (region) may record that assurance was gained in intensive surveillance; "
        + "A. Director acts as an ICB director.", r.reason());
    accept(ASSURANCE_GAINED, "2025-03-02", REGION);
  }

  /** 003 Appendix 1: three months; SNAPSHOT.md: "after the sustained-assurance period has passed". */
  @Test
  void aStepDownIsAllowedOnTheDayThePeriodEndsAndNotTheDayBefore() {
    at(Level.ENHANCED);
    accept(ASSURANCE_GAINED, "2025-04-01", DIRECTOR);
    assertEquals(Optional.of(day("2025-07-01")), c.sustainedAssuranceUntil());
    Rejected early = assertRejected(BrokenRule.ASSURANCE_NOT_YET_SUSTAINED, decide(STEP_DOWN, "2025-06-30", DIRECTOR));
    assertEquals("Assurance was gained on 2025-04-01 and must be sustained before a step down (003 Appendix 1), "
        + "so RH5 can step down on or after 2025-07-01, not on 2025-06-30.", early.reason());
    accept(STEP_DOWN, "2025-07-01", DIRECTOR);
    assertEquals(Level.ROUTINE, c.level());
  }

  @Test
  void threeCalendarMonthsFromTheThirtiethOfNovemberEndOnTheLastDayOfFebruary() {
    at(Level.ENHANCED);
    accept(ASSURANCE_GAINED, "2025-11-30", DIRECTOR);
    assertEquals(Optional.of(day("2026-02-28")), c.sustainedAssuranceUntil());
  }

  @Test
  void aRepeatedAssuranceIsRecordedButDoesNotRestartThePeriod() {
    at(Level.ENHANCED);
    accept(ASSURANCE_GAINED, "2025-04-01", DIRECTOR);
    Outcome again = decide(ASSURANCE_GAINED, "2025-05-15", DIRECTOR);
    assertTrue(again.isAccepted());
    DecisionTaken fact = (DecisionTaken) again.events().get(0).fact();
    assertEquals(Optional.of(day("2025-07-01")), fact.sustainedAssuranceUntil(), "the record states the running period");
    c = again.after();
    assertEquals(Optional.of(day("2025-07-01")), c.sustainedAssuranceUntil());
    assertEquals(day("2025-04-01"), c.assurance().get().gained());
  }

  /** 003 §5.2.1, Appendix 1: a new trigger breaks the sustained assurance, even once the period has passed. */
  @Test
  void aTriggerAcceptedAfterTheAssuranceClearsItEvenOnceThePeriodHasPassed() {
    at(Level.ENHANCED);
    accept(ASSURANCE_GAINED, "2025-04-01", DIRECTOR);
    c = accepted(new AcceptTrigger(day("2025-07-10"), LEAD, "New never event", "NEVER_EVENTS", List.of("I-12")));
    assertEquals(Optional.empty(), c.sustainedAssuranceUntil());
    assertRejected(BrokenRule.NO_ASSURANCE, decide(STEP_DOWN, "2025-07-11", DIRECTOR));
  }

  @Test
  void stepDownFromEnhancedNeedsNoPlanWhenTheCaseHasNone() {
    at(Level.ENHANCED);
    assertTrue(c.procedure().get().plan().isEmpty());
    accept(ASSURANCE_GAINED, "2025-04-01", DIRECTOR);
    accept(STEP_DOWN, "2025-07-01", DIRECTOR);
    assertEquals(Level.ROUTINE, c.level());
  }

  @Test
  void aLongerLocalPeriodIsHonoured() {
    EscalationPolicy sixMonths = EscalationPolicy.builder().sustainedAssurancePeriod(Period.ofMonths(6)).build();
    at(Level.ENHANCED);
    c = c.decide(TakeDecision.of(ASSURANCE_GAINED, day("2025-04-01"), DIRECTOR, "QSG assured"), sixMonths).after();
    assertEquals(Optional.of(day("2025-10-01")), c.sustainedAssuranceUntil());
    assertEquals(BrokenRule.ASSURANCE_NOT_YET_SUSTAINED, c.decide(
        TakeDecision.of(STEP_DOWN, day("2025-07-01"), DIRECTOR, "Three months"), sixMonths).rejection().get().rule());
  }

  @Test
  void aCommandDatedBeforeTheLatestEventIsRejectedAndOneOnTheSameDayIsNot() {
    accept(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    Rejected r = assertRejected(BrokenRule.DATED_BEFORE_LATEST_EVENT, decide(CONFIRM_ENHANCED, "2025-01-05", DIRECTOR));
    assertTrue(r.reason().contains("2025-01-06"), r.reason());
    accept(CONFIRM_ENHANCED, "2025-01-06", DIRECTOR);
  }

  @Test
  void theProcedureStartsWithANamedLead() {
    assertRejected(BrokenRule.NOT_AT_THIS_LEVEL, c.decide(new AppointLead(day("2025-01-01"), LEAD, "Lead", "B. Lead"), NHS));
    at(Level.ENHANCED);
    assertEquals(Optional.empty(), c.procedure().get().currentStep());
  }

  @Test
  void applyRefusesAnEventThatDoesNotFollowTheCase() {
    Outcome placed = decide(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
    CaseEvent event = placed.events().get(0);
    SurveillanceCase after = placed.after();
    assertThrows(IllegalArgumentException.class, () -> after.apply(event), "version 1 cannot follow version 1");
    assertThrows(IllegalArgumentException.class,
        () -> SurveillanceCase.open(OrganisationCode.of("RA7")).apply(event), "another provider's event");
  }

  // --- helpers ---

  private void at(Level level) {
    c = SurveillanceCase.open(OrganisationCode.of("RH5"));
    if (level != Level.ROUTINE) {
      accept(PLACE_ON_ENHANCED, "2025-01-06", DIRECTOR);
      accept(CONFIRM_ENHANCED, "2025-01-20", DIRECTOR);
    }
    if (level == Level.INTENSIVE) {
      accept(ESCALATE_TO_INTENSIVE, "2025-02-01", REGION);
    }
  }

  private Outcome decide(DecisionType decision, String date, Actor by) {
    return c.decide(TakeDecision.of(decision, day(date), by, "Rationale for " + decision), NHS);
  }

  private void accept(DecisionType decision, String date, Actor by) {
    Outcome o = decide(decision, date, by);
    assertTrue(o.isAccepted(), () -> o.toString());
    c = o.after();
  }

  private SurveillanceCase accepted(CaseCommand command) {
    Outcome o = c.decide(command, NHS);
    assertTrue(o.isAccepted(), () -> o.toString());
    return o.after();
  }

  private Rejected assertRejected(BrokenRule rule, Outcome outcome) {
    assertFalse(outcome.isAccepted(), () -> "expected " + rule + " but was accepted");
    assertEquals(rule, outcome.rejection().get().rule(), outcome.rejection().get().reason());
    assertEquals(c, outcome.after());
    assertTrue(outcome.events().isEmpty());
    return outcome.rejection().get();
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
