package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.qsurv.app.Fixtures;
import org.qsurv.app.export.StoredAssessment;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.ImportProblem;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.FindingCode;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The store holds what format 1.1 added (SNAPSHOT.md): intelligence tone and triage, decision
 * meetings, improvement-plan actions and system risks, on H2 and PostgreSQL, so that the findings
 * that need them fire from the store as from a file.
 */
class StoredVersion11Test {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
      ZoneOffset.UTC);
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

  private static Ports loaded(TestDatabase db, Snapshot snapshot) {
    Ports ports = JdbcPorts.open(db.database(), CLOCK);
    ImportPlan plan = new Importer(ports).plan(snapshot, "fixture", "tester");
    assertTrue(plan.isValid(), plan.problems().toString());
    new Importer(ports).write(plan, Progress.none());
    return ports;
  }

  /**
   * Import, export and import again give the same snapshot, field for field of format 1.1: the
   * export of a store loaded from a 1.1 snapshot is that snapshot, and importing the export into a
   * second store, or again into the first, adds nothing and changes nothing.
   */
  @OnEveryDatabase
  void aVersion11SnapshotSurvivesImportExportImport(DatabaseKind kind) {
    Snapshot v11 = Fixtures.v11();
    try (TestDatabase first = kind.open(); TestDatabase second = kind.open()) {
      Ports ports = loaded(first, v11);
      String exported = SnapshotWriter.write(StoredSnapshot.asOf(ports, AS_OF));
      assertEquals(SnapshotWriter.write(v11), exported);

      SnapshotReader.Result read = SnapshotReader.read(exported);
      assertTrue(read.isValid(), read.problems().toString());
      assertEquals(v11, read.snapshot());
      Ports again = loaded(second, read.snapshot());
      assertEquals(exported, SnapshotWriter.write(StoredSnapshot.asOf(again, AS_OF)));

      ImportPlan repeat = new Importer(ports).plan(read.snapshot(), "again", "tester");
      assertTrue(repeat.isValid(), repeat.problems().toString());
      assertEquals(0, repeat.batch().orElseThrow().size(), "everything is already recorded");
    }
  }

  /**
   * The store's assessment gives what needs 1.1 data: I-1, a CONCERN item untriaged 21 days after
   * it was received, is INTELLIGENCE_NOT_TRIAGED (004 §4.3, 7 days); A-1, due 31 May and open,
   * fires IMPROVEMENT_ACTIONS_OVERDUE for the trust on enhanced surveillance (003 §5.2.1) with
   * its id and not the completed A-2's; the system risk is listed under systemRisks.
   */
  @OnEveryDatabase
  void theStoresAssessmentFiresTheFindingsThatNeedVersion11Data(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Assessment a = StoredAssessment.asOf(loaded(db, Fixtures.v11()), AS_OF);
      assertEquals(Assessment.FORMAT_1_1, a.format());
      assertEquals(List.of("I-1"), a.findings().stream()
          .filter(f -> f.code() == FindingCode.INTELLIGENCE_NOT_TRIAGED).map(Finding::subject)
          .toList());
      List<TriggerFiring> overdue = a.providers().get(0).quality().triggers().stream()
          .filter(t -> t.code() == TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE).toList();
      assertEquals(1, overdue.size(), a.providers().get(0).quality().triggers().toString());
      assertEquals(List.of("A-1"), overdue.get(0).evidence());
      assertEquals(List.of(RiskId.of("R-S1")), a.systemRisks().stream()
          .map(r -> r.id()).toList());
    }
  }

  /**
   * A triage is recorded once, from the web application's form as from an import: the item reads
   * back triaged, and a second triage, a triage dated before the item was received and a triage
   * of an unknown item are refused with nothing changed. Once I-1 is triaged it is no longer
   * INTELLIGENCE_NOT_TRIAGED.
   */
  @OnEveryDatabase
  void anItemIsTriagedOnceAndThenNoLongerAFinding(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.v11());
      IntelligenceId i1 = IntelligenceId.of("I-1");
      Triage credible = Triage.of(LocalDate.of(2025, 6, 30), TriageOutcome.ESCALATE, true);
      assertThrows(IllegalArgumentException.class, () -> ports.intelligence().triage(i1,
          Triage.of(LocalDate.of(2025, 6, 9), TriageOutcome.ACT, true), "m.ellery"));
      assertThrows(IllegalArgumentException.class, () -> ports.intelligence().triage(
          IntelligenceId.of("I-404"), credible, "m.ellery"));
      assertEquals(Optional.empty(), ports.intelligence().item(i1).orElseThrow().triage());

      IntelligenceItem triaged = ports.intelligence().triage(i1, credible, "m.ellery");
      assertEquals(Optional.of(credible), triaged.triage());
      assertEquals(triaged, ports.intelligence().item(i1).orElseThrow());
      IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
          () -> ports.intelligence().triage(i1, Triage.of(LocalDate.of(2025, 7, 1),
              TriageOutcome.NO_FURTHER_ACTION, false), "f.hale"));
      assertTrue(twice.getMessage().contains("already triaged on 2025-06-30"), twice.getMessage());
      assertEquals(Optional.of(credible), ports.intelligence().item(i1).orElseThrow().triage());
      assertTrue(StoredAssessment.asOf(ports, AS_OF).findings().stream()
          .noneMatch(f -> f.code() == FindingCode.INTELLIGENCE_NOT_TRIAGED));
    }
  }

  /**
   * An action is added once and completed once; completing it takes it out of
   * IMPROVEMENT_ACTIONS_OVERDUE, and a second completion or a duplicate id is refused.
   */
  @OnEveryDatabase
  void anActionIsCompletedOnceAndThenNoLongerOverdue(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.v11());
      ImprovementAction a3 = ImprovementAction.builder().id(ActionId.of("A-3"))
          .provider(Fixtures.TRUST).description("Audit pain relief on ward 4")
          .owner("Matron, ward 4").due(LocalDate.of(2025, 8, 31)).build();
      ports.actions().add(a3);
      assertThrows(IllegalArgumentException.class, () -> ports.actions().add(a3));
      assertEquals(List.of("A-1", "A-2", "A-3"), ports.actions().actions(Fixtures.TRUST).stream()
          .map(a -> a.id().value()).toList());

      ImprovementAction done = ports.actions().complete(ActionId.of("A-1"), AS_OF.minusDays(1));
      assertEquals(Optional.of(AS_OF.minusDays(1)), done.completed());
      assertEquals(done, ports.actions().action(ActionId.of("A-1")).orElseThrow());
      assertThrows(IllegalArgumentException.class,
          () -> ports.actions().complete(ActionId.of("A-1"), AS_OF));
      assertThrows(IllegalArgumentException.class,
          () -> ports.actions().complete(ActionId.of("A-404"), AS_OF));
      assertEquals(Optional.of(AS_OF.minusDays(1)),
          ports.actions().action(ActionId.of("A-1")).orElseThrow().completed());
      assertTrue(StoredAssessment.asOf(ports, AS_OF).providers().get(0).quality().triggers()
          .stream().noneMatch(t -> t.code() == TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE));
    }
  }

  /**
   * A STEP_DOWN from enhanced by the ICB director at an NHS England intelligence-sharing call is
   * accepted at once (003 §5.2.3 a) and reads back with its meeting.
   */
  @OnEveryDatabase
  void aStepDownAtAnNhsEnglandMeetingIsStoredWithItsMeeting(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.v11());
      Decision stepDown = Decision.builder().provider(Fixtures.TRUST)
          .at(LocalDate.of(2025, 6, 25)).decision(DecisionType.STEP_DOWN)
          .by(Actor.of("A. Director", Role.ICB_DIRECTOR)).meeting(Meeting.INTELLIGENCE_CALL)
          .rationale("Assurance gained at the intelligence-sharing call").build();
      ports.decisions().record(stepDown);
      assertEquals(Optional.of(stepDown), ports.decisions().latest(Fixtures.TRUST));
    }
  }

  /**
   * An import adds what happened to a recorded record since, and never changes it: the triage of
   * an untriaged item and the completion of an open action are added; a different triage or
   * tone of a recorded item is refused at its path, and the refused import writes nothing.
   */
  @OnEveryDatabase
  void anImportAddsATriageOrCompletionButNeverChangesOne(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.v11());
      Triage t = Triage.of(LocalDate.of(2025, 6, 20), TriageOutcome.MONITOR, true);
      Snapshot later = withItem(Fixtures.v11(), "I-1", i -> i.triage(t));
      later = Snapshot.builder().from(later).actions(later.actions().stream()
          .map(a -> a.id().value().equals("A-1")
              ? ImprovementAction.builder().from(a).completed(LocalDate.of(2025, 6, 28)).build()
              : a).toList()).build();
      ImportPlan plan = new Importer(ports).plan(later, "later", "tester");
      assertTrue(plan.isValid(), plan.problems().toString());
      assertEquals(2, plan.batch().orElseThrow().size());
      new Importer(ports).write(plan, Progress.none());
      assertEquals(Optional.of(t),
          ports.intelligence().item(IntelligenceId.of("I-1")).orElseThrow().triage());
      assertEquals(Optional.of(LocalDate.of(2025, 6, 28)),
          ports.actions().action(ActionId.of("A-1")).orElseThrow().completed());

      Snapshot otherTriage = withItem(later, "I-1", i -> i.triage(
          Triage.of(LocalDate.of(2025, 6, 20), TriageOutcome.NO_FURTHER_ACTION, false)));
      Snapshot otherTone = withItem(Snapshot.builder().from(later).addIntelligence(
          IntelligenceItem.builder().from(Fixtures.small().intelligence().get(0))
              .id(IntelligenceId.of("I-9")).build()).build(), "I-2", i -> i.tone(Tone.NEUTRAL));
      ImportPlan refused = new Importer(ports).plan(otherTriage, "refused", "tester");
      assertFalse(refused.isValid());
      assertEquals(List.of("$.intelligence[0].triage"), refused.problems().stream()
          .map(ImportProblem::location).toList());
      ImportPlan refusedTone = new Importer(ports).plan(otherTone, "refused", "tester");
      assertEquals(List.of("$.intelligence[1]"), refusedTone.problems().stream()
          .map(ImportProblem::location).toList(), "I-9 is new, but I-2's tone differs: nothing is written");
      assertTrue(ports.intelligence().item(IntelligenceId.of("I-9")).isEmpty());
    }
  }

  /**
   * V6 keeps the meaning of what V5 stored: an item recorded before it is a CONCERN and
   * untriaged (no triage is invented: see the migration's comment), and so still counts as
   * evidence and is listed as not triaged.
   */
  @OnEveryDatabase
  void migratingToV6KeepsOldIntelligenceAsUntriagedConcern(DatabaseKind kind) throws Exception {
    try (TestDatabase db = kind.open()) {
      db.release();
      FluentConfiguration flyway = Database.migrations(db.rawDataSource())
          .cleanDisabled(false);
      flyway.load().clean();
      flyway.target("5").load().migrate();
      try (Connection c = db.rawDataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO commissioner (code, name) VALUES ('QSL', 'NHS Somerset ICB')");
        s.executeUpdate("INSERT INTO provider (code, name, kind) VALUES ('RH5', 'Test Trust', "
            + "'ACUTE')");
        s.executeUpdate("INSERT INTO intelligence (id, provider_code, received, source, nature, "
            + "quality_domain, summary, sensitive) VALUES ('I-1', 'RH5', DATE '2025-06-10', "
            + "'WHISTLEBLOWING', 'SOFT', 'SAFE', 'Unsafe night staffing', FALSE)");
      }
      flyway.target(MigrationVersion.LATEST).load().migrate();

      Ports ports = JdbcPorts.open(db.database(), CLOCK);
      IntelligenceItem old = ports.intelligence().item(IntelligenceId.of("I-1")).orElseThrow();
      assertEquals(Tone.CONCERN, old.tone());
      assertEquals(Optional.empty(), old.triage());
      assertTrue(old.countsOn(AS_OF));
      assertEquals(List.of("I-1"), StoredAssessment.asOf(ports, AS_OF).findings().stream()
          .filter(f -> f.code() == FindingCode.INTELLIGENCE_NOT_TRIAGED).map(Finding::subject)
          .toList());
    }
  }

  private static Snapshot withItem(Snapshot snapshot, String id,
      Consumer<IntelligenceItem.Builder> change) {
    return Snapshot.builder().from(snapshot).intelligence(snapshot.intelligence().stream()
        .map(i -> {
          if (!i.id().value().equals(id)) {
            return i;
          }
          IntelligenceItem.Builder b = IntelligenceItem.builder();
          b.from(i);
          change.accept(b);
          return b.build();
        }).toList()).build();
  }
}
