package org.qsurv.escalation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qsurv.escalation.scenario.CaseWalk.DIRECTOR;
import static org.qsurv.escalation.scenario.CaseWalk.PROVIDER;
import static org.qsurv.escalation.scenario.CaseWalk.REGION;
import static org.qsurv.model.surveillance.DecisionType.ASSURANCE_GAINED;
import static org.qsurv.model.surveillance.DecisionType.ESCALATE_TO_INTENSIVE;
import static org.qsurv.model.surveillance.DecisionType.PLACE_ON_ENHANCED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.ProcedureStep;
import org.qsurv.escalation.view.SurveillanceTracker;
import org.qsurv.escalation.view.TrackerEntry;
import org.qsurv.model.surveillance.Level;

/**
 * The surveillance tracker of 003 Appendix 1 ("a tracker of providers in enhanced surveillance"):
 * intensive first, then enhanced, each by provider code; for each, the level since when, the
 * procedure's lead and furthest step (003 §5.2.3 a-e), the open and overdue plan actions as of the
 * tracker's date, and the end of a running sustained-assurance period.
 */
class TrackerTest {

  @Test
  void eachEscalatedProviderShowsWhereItsProcedureAndPlanStand() {
    CaseWalk planned = CaseWalk.confirmedWithFeedback("RB2")
        .accepted(action("A-1", "2025-03-31")).accepted(action("A-2", "2025-04-30"))
        .decided(ASSURANCE_GAINED, "2025-03-05", DIRECTOR);
    CaseWalk intensiveB = new CaseWalk("RB1").decided(ESCALATE_TO_INTENSIVE, "2025-02-01", REGION);
    CaseWalk intensiveA = new CaseWalk("RA9").decided(PLACE_ON_ENHANCED, "2025-01-02", DIRECTOR)
        .decided(ESCALATE_TO_INTENSIVE, "2025-02-03", REGION);
    List<TrackerEntry> tracker = SurveillanceTracker.of(
        List.of(planned.state(), intensiveB.state(), intensiveA.state()), LocalDate.of(2025, 4, 1));

    assertEquals(List.of("RA9", "RB1", "RB2"), tracker.stream().map(e -> e.provider().value()).toList());
    assertEquals(LocalDate.of(2025, 2, 3), tracker.get(0).levelSince());
    TrackerEntry entry = tracker.get(2);
    assertEquals(Level.ENHANCED, entry.level());
    assertEquals(LocalDate.of(2025, 1, 6), entry.levelSince());
    assertEquals(Optional.of("B. Lead"), entry.lead());
    assertEquals(Optional.of(ProcedureStep.IMPROVEMENT_PLAN), entry.step());
    assertEquals(List.of("A-1", "A-2"), entry.openActions().stream().map(PlanAction::id).toList());
    assertEquals(List.of("A-1"), entry.overdueActions().stream().map(PlanAction::id).toList(),
        "A-1 was due on 31 March; A-2 is due on 30 April");
    assertEquals(Optional.of(LocalDate.of(2025, 6, 5)), entry.sustainedAssuranceUntil());
    assertEquals(Optional.empty(), tracker.get(1).step(), "no lead named yet");
  }

  private static AddPlanAction action(String id, String due) {
    return AddPlanAction.builder().at(LocalDate.parse("2025-03-01")).by(PROVIDER).rationale("Provider-owned plan")
        .actionId(id).description("Falls audit").lead("Director of Nursing").due(LocalDate.parse(due))
        .metric("Monthly audit").build();
  }
}
