package org.qsurv.app.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.procedure.ActionStatus;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The one improvement plan per provider (003 §5.2.3 e): a case plan action and a stored action
 * with the same id are one action, and the case's wins because its sign-off is the ICB's recorded
 * completion; a director's closure without sign-off is not a completion.
 */
class CasePlansTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final LocalDate DUE = LocalDate.of(2025, 5, 31);

  private static PlanAction.Builder planAction(String id) {
    PlanAction.Builder b = PlanAction.builder();
    b.id(id).description("Audit " + id).lead("Medical director").due(DUE).metric("Audit");
    return b;
  }

  private static ImprovementAction stored(String id, Optional<LocalDate> completed) {
    return ImprovementAction.builder().id(ActionId.of(id)).provider(RH5)
        .description("Stored " + id).owner("Director of Nursing").due(DUE).completed(completed)
        .build();
  }

  @Test
  void aCaseActionIsTheProvidersIdAndPlanIdCompletedOnTheDayItWasSignedOff() {
    ImprovementAction signed = CasePlans.action(RH5, planAction("A-1")
        .status(ActionStatus.SIGNED_OFF).resolved(LocalDate.of(2025, 6, 3)).build());
    assertEquals("RH5/A-1", signed.id().value());
    assertEquals("Medical director", signed.owner());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), signed.completed());
    ImprovementAction closed = CasePlans.action(RH5, planAction("A-2")
        .status(ActionStatus.CLOSED).resolved(LocalDate.of(2025, 6, 3)).build());
    assertEquals(Optional.empty(), closed.completed(), "closed without sign-off is not completed");
    assertEquals("RH5/A_3_x", CasePlans.action(RH5, planAction("A 3 x").build()).id().value(),
        "a plan id with characters an action id may not hold still becomes an action");
  }

  @Test
  void aStoredAndACaseActionWithOneIdAreOneActionAndTheCasesSignOffWins() {
    ImprovementAction fromCase = CasePlans.action(RH5, planAction("A-1")
        .status(ActionStatus.SIGNED_OFF).resolved(LocalDate.of(2025, 6, 3)).build());
    ImprovementAction sameOpen = stored("RH5/A-1", Optional.empty());
    ImprovementAction other = stored("A-9", Optional.empty());
    ImprovementAction onlyCase = CasePlans.action(RH5, planAction("A-2").build());
    assertEquals(List.of(fromCase, other, onlyCase),
        CasePlans.merged(List.of(sameOpen, other), List.of(fromCase, onlyCase)));
  }
}
