package org.qsurv.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.jdbc.DatabaseKind;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.OnEveryDatabase;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/**
 * 003 §3 and §5.2.3 a (an audit trail, records securely stored) and {@code verify-audit}: every
 * stored case's chain is recomputed from content, so an edit made in the database behind the
 * application's back is found, at the event that was edited, and the other cases stay intact.
 */
class AuditVerificationTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
      ZoneOffset.UTC);
  private static final Actor DIRECTOR = Actor.of("A. Director", Role.ICB_DIRECTOR);
  private static final OrganisationCode ACUTE = OrganisationCode.of("ZA1");
  private static final OrganisationCode HOME = OrganisationCode.of("1-999000000017");

  @OnEveryDatabase
  void aPayloadChangedInTheDatabaseIsReportedAtItsEvent(DatabaseKind kind) throws Exception {
    try (TestDatabase db = kind.open()) {
      CaseStore store = JdbcPorts.open(db.database(), CLOCK).cases();
      SurveillanceCases cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());
      assertTrue(cases.submit(ACUTE, TakeDecision.of(DecisionType.PLACE_ON_ENHANCED,
          LocalDate.of(2025, 1, 14), DIRECTOR, "Rising mortality")).isAccepted());
      assertTrue(cases.submit(ACUTE, TakeDecision.of(DecisionType.CONFIRM_ENHANCED,
          LocalDate.of(2025, 2, 4), DIRECTOR, "Quality review meeting")).isAccepted());
      assertTrue(cases.submit(HOME, TakeDecision.of(DecisionType.PLACE_ON_ENHANCED,
          LocalDate.of(2024, 11, 20), DIRECTOR, "Safeguarding concerns")).isAccepted());
      AuditVerification.Result before = AuditVerification.of(store).run();
      assertTrue(before.intact(), before.toString());
      assertEquals(2, before.cases().size());

      try (Connection c = db.database().dataSource().getConnection();
          Statement s = c.createStatement()) {
        assertEquals(1, s.executeUpdate("UPDATE case_event SET payload = "
            + "REPLACE(payload, 'Rising mortality', 'Falling mortality') "
            + "WHERE case_id = 'ZA1' AND seq = 1"));
      }
      AuditVerification.Result after = AuditVerification.of(store).run();
      assertFalse(after.intact());
      assertEquals(1, after.broken());
      AuditVerification.CaseStatus acute = after.cases().stream()
          .filter(c -> c.caseId().equals(CaseId.of("ZA1"))).findFirst().orElseThrow();
      assertEquals(1, acute.firstBreak().orElseThrow().sequence(), acute.toString());
      assertTrue(acute.firstBreak().get().reason().contains("altered"), acute.toString());
      assertTrue(after.cases().stream().filter(c -> c.caseId().equals(CaseId.of(HOME.value())))
          .allMatch(AuditVerification.CaseStatus::intact), "the other case is untouched");
    }
  }

  @OnEveryDatabase
  void aHashColumnChangedBesideAnIntactPayloadIsReported(DatabaseKind kind) throws Exception {
    try (TestDatabase db = kind.open()) {
      CaseStore store = JdbcPorts.open(db.database(), CLOCK).cases();
      SurveillanceCases cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());
      cases.submit(ACUTE, TakeDecision.of(DecisionType.PLACE_ON_ENHANCED,
          LocalDate.of(2025, 1, 14), DIRECTOR, "Rising mortality"));
      cases.submit(ACUTE, TakeDecision.of(DecisionType.CONFIRM_ENHANCED,
          LocalDate.of(2025, 2, 4), DIRECTOR, "Quality review meeting"));
      long last = store.version(CaseId.of("ZA1"));
      try (Connection c = db.database().dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE case_event SET previous_hash = 'forged' "
            + "WHERE case_id = 'ZA1' AND seq = " + last);
      }
      AuditVerification.Result result = AuditVerification.of(store).run();
      assertEquals(last, result.firstBreak().orElseThrow().sequence(), result.toString());
    }
  }
}
