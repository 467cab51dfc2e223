package org.qsurv.app.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.CaseStore;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * Escalation cases kept as their hash-chained event logs in the store: an accepted decision is
 * recorded and replays to the same case, a rejected one writes nothing, and a decision taken on a
 * stale read loses to the one recorded first (003 §3).
 */
class SurveillanceCasesTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  private static final Actor LEAD = Actor.of("Q. Lead", Role.ICB_QUALITY_LEAD);

  private static TakeDecision place(Actor by) {
    return TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, LocalDate.of(2025, 3, 3), by,
        "Rising mortality and two never events in a quarter");
  }

  @Test
  void anAcceptedDecisionIsRecordedAsAnIntactChainAndAReadBackCaseIsTheSame() {
    try (TestDatabase db = TestDatabase.h2()) {
      CaseStore store = JdbcPorts.open(db.database(), Clock.systemUTC()).cases();
      SurveillanceCases cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());

      Outcome outcome = cases.submit(RH5, place(DIRECTOR));
      assertTrue(outcome.isAccepted());
      CaseFile file = cases.load(RH5);
      assertEquals(Level.ENHANCED, file.state().level());
      assertTrue(file.state().pendingReview());
      assertEquals(outcome.events(), file.log());
      assertTrue(ChainVerifier.verify(file.log()).isIntact());
      assertEquals(1, cases.all().size());
    }
  }

  @Test
  void aRejectedDecisionWritesNothing() {
    try (TestDatabase db = TestDatabase.h2()) {
      CaseStore store = JdbcPorts.open(db.database(), Clock.systemUTC()).cases();
      SurveillanceCases cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());

      Outcome outcome = cases.submit(RH5, place(LEAD)); // only an ICB director may (SNAPSHOT.md)
      assertFalse(outcome.isAccepted());
      assertFalse(outcome.rejection().get().reason().isBlank());
      assertEquals(0, store.version(SurveillanceCases.caseId(RH5)));
      assertEquals(Level.ROUTINE, cases.load(RH5).state().level());
    }
  }

  @Test
  void aDecisionOnAStaleReadIsAConflictAndTheFirstStands() {
    try (TestDatabase db = TestDatabase.h2()) {
      CaseStore store = JdbcPorts.open(db.database(), Clock.systemUTC()).cases();
      SurveillanceCases cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());
      CaseFile stale = cases.load(RH5);

      cases.submit(RH5, place(DIRECTOR));
      Outcome late = stale.state().decide(place(DIRECTOR), cases.policy());
      assertThrows(CaseConflictException.class, () -> store.append(SurveillanceCases.caseId(RH5),
          stale.state().version(), late.events().stream().map(SurveillanceCases::toStored).toList()));
      assertEquals(1, store.version(SurveillanceCases.caseId(RH5)));
    }
  }
}
