package org.qsurv.escalation.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The enhanced procedure as a record of 003 §5.2.3 a-e: how far it has gone, what it holds by id,
 * and which improvement plan actions still stand in the way of a step down.
 */
class EnhancedProcedureTest {
  private static final LocalDate BEGAN = LocalDate.of(2025, 1, 6);

  /**
   * The furthest step started is the procedure's current step, in the order of 003 §5.2.3: a (the
   * lead named), b (baseline review), c (key risks), d (feedback), e (improvement plan); a later
   * step counts even where an earlier one is not recorded, since the furthest one is what a
   * tracker shows.
   */
  @Test
  void theCurrentStepIsTheFurthestStepStarted() {
    EnhancedProcedure p = EnhancedProcedure.begun(BEGAN);
    assertEquals(Optional.empty(), p.currentStep());
    p = p.withLead("B. Lead");
    assertEquals(Optional.of(ProcedureStep.ENGAGE_AND_SET_UP), p.currentStep());
    p = p.withBaselineReviewed(BEGAN.plusDays(30));
    assertEquals(Optional.of(ProcedureStep.BASELINE_REVIEW), p.currentStep());
    p = p.withKeyRisks(List.of(KeyRisk.of("KR-1", "Escalation failures")));
    assertEquals(Optional.of(ProcedureStep.LEVEL_OF_RISK), p.currentStep());
    p = p.withFeedbackGiven(BEGAN.plusDays(40));
    assertEquals(Optional.of(ProcedureStep.FEEDBACK), p.currentStep());
    p = p.withPlan(List.of(action("A-1", LocalDate.of(2025, 4, 30))));
    assertEquals(Optional.of(ProcedureStep.IMPROVEMENT_PLAN), p.currentStep());

    assertEquals(Optional.of(ProcedureStep.IMPROVEMENT_PLAN),
        EnhancedProcedure.begun(BEGAN).withPlan(List.of(action("A-1", BEGAN))).currentStep());
    assertEquals(Optional.of(ProcedureStep.FEEDBACK),
        EnhancedProcedure.begun(BEGAN).withFeedbackGiven(BEGAN).currentStep());
    assertEquals(Optional.of(ProcedureStep.LEVEL_OF_RISK),
        EnhancedProcedure.begun(BEGAN).withKeyRisks(List.of(KeyRisk.of("KR-1", "x"))).currentStep());
    assertEquals(Optional.of(ProcedureStep.BASELINE_REVIEW),
        EnhancedProcedure.begun(BEGAN).withBaselineReviewed(BEGAN).currentStep());
  }

  /** Key risks, responses and actions are found by their id, and only by it. */
  @Test
  void keyRisksResponsesAndActionsAreFoundByTheirId() {
    KeyRisk kr1 = KeyRisk.of("KR-1", "Escalation failures");
    KeyRisk kr2 = KeyRisk.of("KR-2", "Staffing");
    ProviderResponse answer = ProviderResponse.builder().riskId("KR-2").response(RiskResponse.ACKNOWLEDGED)
        .at(BEGAN.plusDays(50)).build();
    EnhancedProcedure p = EnhancedProcedure.begun(BEGAN).withKeyRisks(List.of(kr1, kr2))
        .withResponses(List.of(answer))
        .withPlan(List.of(action("A-1", BEGAN), action("A-2", BEGAN)));
    assertEquals(Optional.of(kr2), p.keyRisk("KR-2"));
    assertEquals(Optional.of(kr1), p.keyRisk("KR-1"));
    assertEquals(Optional.empty(), p.keyRisk("KR-3"));
    assertEquals(Optional.of(answer), p.response("KR-2"));
    assertEquals(Optional.empty(), p.response("KR-1"));
    assertEquals("A-2", p.action("A-2").get().id());
    assertEquals(Optional.empty(), p.action("A-3"));
  }

  /**
   * 003 §5.2.3 e: the plan is resolved once every action is signed off or closed; an action is
   * overdue while it is open after its due date (on the due date it is still on time), and a
   * resolved action is never overdue.
   */
  @Test
  void openActionsHoldThePlanAndAreOverdueOnlyAfterTheirDueDate() {
    LocalDate due = LocalDate.of(2025, 4, 30);
    PlanAction open = action("A-1", due);
    PlanAction signedOff = PlanAction.builder().from(action("A-2", due)).status(ActionStatus.SIGNED_OFF)
        .resolved(due.minusDays(1)).build();
    PlanAction closed = PlanAction.builder().from(action("A-3", due)).status(ActionStatus.CLOSED)
        .resolved(due.plusDays(5)).build();
    EnhancedProcedure p = EnhancedProcedure.begun(BEGAN).withPlan(List.of(open, signedOff, closed));
    assertEquals(List.of(open), p.openActions());
    assertFalse(p.isPlanResolved());
    assertEquals(List.of(), p.overdueActions(due));
    assertEquals(List.of(open), p.overdueActions(due.plusDays(1)));

    EnhancedProcedure resolved = p.withPlan(List.of(signedOff, closed));
    assertTrue(resolved.isPlanResolved());
    assertEquals(List.of(), resolved.openActions());
    assertEquals(List.of(), resolved.overdueActions(due.plusYears(1)));
    assertTrue(EnhancedProcedure.begun(BEGAN).isPlanResolved(), "no plan holds nothing up");
  }

  /** A lead or governance group is a name: a blank one is refused, naming the field. */
  @Test
  void aBlankLeadOrGovernanceGroupIsRefused() {
    IllegalArgumentException lead = assertThrows(IllegalArgumentException.class,
        () -> EnhancedProcedure.begun(BEGAN).withLead(" "));
    assertTrue(lead.getMessage().contains("ICB quality lead"), lead.getMessage());
    IllegalArgumentException group = assertThrows(IllegalArgumentException.class,
        () -> EnhancedProcedure.begun(BEGAN).withGovernanceGroup(""));
    assertTrue(group.getMessage().contains("governance group"), group.getMessage());
  }

  private static PlanAction action(String id, LocalDate due) {
    return PlanAction.builder().id(id).description("Falls audit").lead("Director of Nursing").due(due)
        .metric("Monthly audit").build();
  }
}
