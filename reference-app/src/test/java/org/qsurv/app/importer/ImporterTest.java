package org.qsurv.app.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.qsurv.app.Fixtures;
import org.qsurv.app.export.RiskRegisterExport;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.jdbc.DatabaseKind;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.OnEveryDatabase;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/**
 * Import is all or nothing, and reports every bad row (row, column, value, reason) before anything
 * is written.
 */
class ImporterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
      ZoneOffset.UTC);

  private static Ports ports(TestDatabase db) {
    return JdbcPorts.open(db.database(), CLOCK);
  }

  private static ImportPlan plan(Ports ports, String name, String content) throws IOException {
    return new Importer(ports).plan(name, Optional.empty(),
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "tester");
  }

  private static void load(Ports ports, Snapshot snapshot) {
    Importer importer = new Importer(ports);
    ImportPlan plan = importer.plan(snapshot, "fixture", "tester");
    assertTrue(plan.isValid(), plan.problems().toString());
    importer.write(plan, Progress.none());
  }

  private static ImportProblem problem(long row, String column, String value, String reasonStart) {
    return new ImportProblem("row " + row, column, value, reasonStart);
  }

  private static void assertProblems(List<ImportProblem> expected, List<ImportProblem> actual) {
    assertEquals(expected.size(), actual.size(), "problems: " + actual);
    for (int i = 0; i < expected.size(); i++) {
      ImportProblem e = expected.get(i);
      ImportProblem a = actual.get(i);
      assertEquals(List.of(e.location(), e.column(), e.value()),
          List.of(a.location(), a.column(), a.value()), "problem " + i + ": " + a);
      assertTrue(a.reason().startsWith(e.reason()), "problem " + i + ": " + a);
    }
  }

  @OnEveryDatabase
  void aValidCsvIsWrittenInOneTransactionAndReadsBack(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      load(ports, Fixtures.small());
      ImportPlan plan = plan(ports, "returns.csv", "provider,indicator,period,value\n"
          + "RH5,shmi,2025-07,1.09\r\n"
          + "\"1-101234567\",staff-flu,2025-Q2,\"51.5\"\n"
          + "RH5,shmi,2025-08,\n");
      assertTrue(plan.isValid(), plan.problems().toString());
      assertEquals(Optional.of(ImportKind.OBSERVATIONS), plan.kind());
      assertEquals(3, plan.rowsRead());
      new Importer(ports).write(plan, Progress.none());

      var shmi = ports.observations().series(Fixtures.TRUST, Fixtures.SHMI);
      assertEquals(List.of("2025-05", "2025-06", "2025-07", "2025-08"),
          shmi.stream().map(o -> o.period().toString()).toList());
      assertEquals(1.09, shmi.get(2).value().getAsDouble());
      assertTrue(shmi.get(3).isMissing(), "an empty value records a missing return");
      assertEquals(6, ports.observations().observationCount());
    }
  }

  @OnEveryDatabase
  void everyBadRowIsReportedWithItsColumnValueAndReasonAndNothingIsWritten(DatabaseKind kind)
      throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      load(ports, Fixtures.small());
      String csv = "Provider,Indicator,Period,Value\n"
          + "RH5,shmi,2025-07,1.02\n"                  // row 2: good
          + "rh5,shmi,2025-08,1.03\n"                  // row 3: lower-case code
          + "RX1,shmi,2025-08,1.03\n"                  // row 4: unknown provider
          + "RH5,mortality,2025-08,1.03\n"             // row 5: unknown indicator
          + "RH5,shmi,2025-13,1.03\n"                  // row 6: month 13
          + "RH5,shmi,2025-Q3,1.03\n"                  // row 7: quarter of a monthly indicator
          + "RH5,shmi,2025-09,\"1,03\"\n"              // row 8: decimal comma
          + "RH5,shmi,2025-07,1.04\n"                  // row 9: repeats row 2
          + "RH5,shmi,2025-06,1.10\n"                  // row 10: changes a recorded value
          + "RH5,shmi,2025-10\n"                       // row 11: too few cells
          + "\n"                                       // blank line: skipped
          + "RH5,shmi,2025-05,1.01\n"                  // row 13: same as recorded: fine
          + ",shmi,2025-11,NaN\n";                     // row 14: two bad cells
      long before = ports.observations().observationCount();
      ImportPlan plan = plan(ports, "returns.csv", csv);

      assertFalse(plan.isValid());
      assertProblems(List.of(
          problem(3, "provider", "rh5", "organisation code must be"),
          problem(4, "provider", "RX1", "is not a recorded provider"),
          problem(5, "indicator", "mortality", "is not a recorded indicator"),
          problem(6, "period", "2025-13", "period \"2025-13\" has month 13"),
          problem(7, "period", "2025-Q3", "is a QUARTERLY period but indicator shmi is MONTHLY"),
          problem(8, "value", "1,03", "is not a number"),
          problem(9, "period", "2025-07", "repeats row 2"),
          problem(10, "value", "1.1", "differs from the observation recorded for RH5/shmi/2025-06"),
          problem(11, "", "", "has 3 cells but the header has 4"),
          problem(14, "provider", "", "is required"),
          problem(14, "value", "NaN", "is not a number")), plan.problems());
      assertEquals(10, plan.rowsWithProblems());
      assertEquals(12, plan.rowsRead(), "data rows, without the header and the blank line");
      assertTrue(plan.batch().isEmpty());
      assertThrows(IllegalArgumentException.class,
          () -> new Importer(ports).write(plan, Progress.none()));
      assertEquals(before, ports.observations().observationCount(), "nothing was written");
    }
  }

  @OnEveryDatabase
  void headerProblemsAreReportedColumnByColumn(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      ImportPlan plan = new Importer(ports).plan("x.csv", Optional.of(ImportKind.RISKS),
          new ByteArrayInputStream("id,title,domain,owner,likelyhood,consequence\n"
              .getBytes(StandardCharsets.UTF_8)), "tester");
      assertEquals(List.of(
          new ImportProblem("header", "likelyhood", "", plan.problems().get(0).reason()),
          new ImportProblem("header", "likelihood", "", "is a required column and is missing")),
          plan.problems());
      assertTrue(plan.problems().get(0).reason().startsWith("is not a column of risks"));
    }
  }

  @OnEveryDatabase
  void aQuoteLeftOpenIsReportedAtItsRow(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      load(ports, Fixtures.small());
      ImportPlan plan = plan(ports, "i.csv", "id,provider,received,source,nature,domain,summary\n"
          + "I-2,RH5,2025-06-11,COMPLAINT,SOFT,EXPERIENCE,\"Rude, \"\"very\"\" rude\"\n"
          + "I-3,RH5,2025-06-12,COMPLAINT,SOFT,EXPERIENCE,\"never closed\n");
      assertEquals(1, plan.problems().size(), plan.problems().toString());
      assertEquals("row 3", plan.problems().get(0).location());
      assertTrue(plan.problems().get(0).reason().contains("not closed"));
    }
  }

  @OnEveryDatabase
  void importingTheSameFileTwiceChangesNothing(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      load(ports, Fixtures.small());
      String csv = "id,provider,received,source,nature,domain,summary,sensitive\n"
          + "I-2,RH5,2025-06-11,complaint,soft,experience,Complaint about discharge,no\n"
          + "I-3,1-101234567,2025-06-12,Safeguarding,HARD,SAFE,Unexplained bruising,\n";
      Importer importer = new Importer(ports);
      importer.write(plan(ports, "intelligence.csv", csv), Progress.none());
      assertEquals(3, ports.intelligence().intelligence().size());

      ImportPlan again = plan(ports, "intelligence.csv", csv);
      assertTrue(again.isValid(), again.problems().toString());
      assertEquals(2, again.unchanged());
      assertEquals(0, again.batch().orElseThrow().size());

      ImportPlan changed = plan(ports, "intelligence.csv", csv.replace("bruising", "bruises"));
      assertEquals(List.of("row 3"), changed.problems().stream().map(ImportProblem::location)
          .toList());
    }
  }

  @OnEveryDatabase
  void theRiskRegisterGoesOutAsCsvAndComesBackTheSame(DatabaseKind kind) throws IOException {
    try (TestDatabase from = kind.open(); TestDatabase to = kind.open()) {
      Ports source = ports(from);
      load(source, Fixtures.small());
      Risk detailed = Risk.builder().id(org.qsurv.model.risk.RiskId.of("R-2"))
          .title("Medicines errors, \"night\" rounds").domain(
              org.qsurv.model.framework.QualityDomain.SAFE).owner("Head of Quality")
          .likelihood(3).consequence(5).addControls("Audit weekly", "Second checker, nights")
          .initial(org.qsurv.model.risk.RiskScore.of(4, 5))
          .target(org.qsurv.model.risk.RiskScore.of(1, 5))
          .consequenceDomain(org.qsurv.model.risk.ConsequenceDomain.SAFETY)
          .description("Across the system").build();
      source.risks().add(detailed);
      StringWriter csv = new StringWriter();
      RiskRegisterExport.csv(source.risks().risks(), csv);

      Ports target = ports(to);
      load(target, org.qsurv.model.snapshot.Snapshot.builder().from(Fixtures.small())
          .risks(List.<Risk>of()).build());
      ImportPlan plan = plan(target, "register.csv", csv.toString());
      assertTrue(plan.isValid(), plan.problems().toString());
      new Importer(target).write(plan, Progress.none());
      assertEquals(source.risks().risks(), target.risks().risks());
    }
  }

  @OnEveryDatabase
  void aSnapshotImportReportsEveryProblemByJsonPath(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      String json = SnapshotWriter.write(Fixtures.small())
          .replace("\"likelihood\" : 4", "\"likelihood\" : 7")
          .replace("\"provider\" : \"RH5\",\n    \"received\"", "\"provider\" : \"RX9\",\n"
              + "    \"received\"");
      ImportPlan plan = plan(ports, "snapshot.json", json);
      assertEquals(List.of("$.intelligence[0].provider", "$.risks[0].likelihood"),
          plan.problems().stream().map(ImportProblem::location).toList(), plan.toString());
      assertEquals(0, ports.directory().providers().size(), "nothing was written");
    }
  }

  /**
   * Hazard H39: a snapshot's deep dive (001 §7.1 Level 3) is stored and exported as it was, so the
   * provider stands at Level 3 in the app as in {@code qsurv.jar evaluate}; importing it again adds
   * nothing, and a snapshot that changes a recorded deep dive (another rationale) is refused at its
   * path naming the recorded value, with nothing written.
   */
  @OnEveryDatabase
  void aSnapshotsDeepDiveIsStoredAndExportedAndNeverChanged(DatabaseKind kind)
      throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      Snapshot june = Fixtures.small();
      org.qsurv.model.surveillance.DeepDive dive = new org.qsurv.model.surveillance.DeepDive(
          org.qsurv.model.surveillance.DeepDiveId.of("DD-1"), Fixtures.TRUST,
          june.asOf().minusDays(3), org.qsurv.model.surveillance.Actor.of("A. Director",
              org.qsurv.model.surveillance.Role.ICB_DIRECTOR), "Risk assessed",
          "Mortality not explained");
      Snapshot charted = Snapshot.builder().from(june).addDeepDives(dive)
          .format(Snapshot.FORMAT_1_1).build();
      ImportPlan plan = plan(ports, "charted.json", SnapshotWriter.write(charted));
      assertTrue(plan.isValid(), plan.problems().toString());
      new Importer(ports).write(plan, Progress.none());
      assertEquals(List.of(dive), ports.deepDives().deepDives());
      Snapshot stored = StoredSnapshot.asOf(ports, june.asOf());
      assertEquals(List.of(dive), stored.deepDives());
      assertEquals(org.qsurv.scoring.assurance.AssuranceLevel.LEVEL_3,
          org.qsurv.app.export.StoredAssessment.asOf(ports, june.asOf()).providers().stream()
              .filter(p -> p.code().equals(Fixtures.TRUST)).findFirst().orElseThrow()
              .quality().levelOfAssurance().level());
      assertEquals(0, plan(ports, "again.json", SnapshotWriter.write(charted)).batch()
          .orElseThrow().size(), "recorded once");

      Snapshot changed = Snapshot.builder().from(charted).deepDives(List.of(
          new org.qsurv.model.surveillance.DeepDive(dive.id(), dive.provider(),
              dive.authorised(), dive.by(), dive.riskAssessment(), "Another reason"))).build();
      ImportPlan refused = plan(ports, "changed.json", SnapshotWriter.write(changed));
      assertEquals(List.of("$.deepDives[0].rationale"),
          refused.problems().stream().map(ImportProblem::location).toList());
      assertTrue(refused.problems().get(0).reason().contains("DD-1"), refused.toString());
      assertEquals(List.of(dive), ports.deepDives().deepDives(), "nothing changed");
    }
  }

  /**
   * A snapshot's recalculations of limits and annotations are stored and exported again as they
   * were (H34: a recorded rebase is never lost on the way in, so the app and {@code qsurv.jar
   * evaluate} judge the same file alike; MDC: the reason is recorded and shown). Importing it
   * again adds nothing; a snapshot that gives a recorded recalculation another reason is refused
   * at its path with the value, as is a reason longer than the store keeps, and nothing is
   * written.
   */
  @OnEveryDatabase
  void recalculationsAndAnnotationsAreStoredExportedAndNeverChanged(DatabaseKind kind)
      throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      Snapshot june = Fixtures.small();
      LimitsRecalculation merged = new LimitsRecalculation(Fixtures.TRUST, Fixtures.SHMI,
          Period.parse("2025-01"), "Merged with Yeovil", Optional.of("A. Analyst"));
      Snapshot charted = Snapshot.builder().from(june)
          .addRecalculations(merged)
          .addAnnotations(IndicatorAnnotation.onPeriod(Fixtures.TRUST, Fixtures.SHMI,
              Period.parse("2025-02"), "Coding audit", "Analyst"),
              IndicatorAnnotation.onDate(Fixtures.TRUST, Fixtures.SHMI, june.asOf().minusDays(1),
                  "New ward opened", "Analyst"))
          .format(Snapshot.FORMAT_1_1).build();
      ImportPlan plan = plan(ports, "charted.json", SnapshotWriter.write(charted));
      assertTrue(plan.isValid(), plan.problems().toString());
      new Importer(ports).write(plan, Progress.none());

      Snapshot stored = StoredSnapshot.asOf(ports, june.asOf());
      assertEquals(charted.recalculations(), stored.recalculations());
      assertEquals(charted.annotations(), stored.annotations());
      Snapshot before = StoredSnapshot.asOf(ports, june.asOf().minusDays(2));
      assertEquals(1, before.annotations().size(), "an annotation dated after the day is not"
          + " yet in the snapshot of that day: " + before.annotations());

      ImportPlan again = plan(ports, "charted.json", SnapshotWriter.write(charted));
      assertTrue(again.isValid(), again.problems().toString());
      assertEquals(0, again.batch().orElseThrow().recalculations().size()
          + again.batch().orElseThrow().annotations().size(), "nothing new");

      Snapshot changed = Snapshot.builder().from(charted).recalculations(List.of(
          new LimitsRecalculation(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-01"),
              "Another reason", Optional.empty()),
          new LimitsRecalculation(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-03"),
              "x".repeat(2001), Optional.empty()))).build();
      ImportPlan refused = plan(ports, "changed.json", SnapshotWriter.write(changed));
      assertEquals(List.of("$.recalculations[0].reason", "$.recalculations[1].reason"),
          refused.problems().stream().map(ImportProblem::location).toList(),
          refused.toString());
      assertEquals("Another reason", refused.problems().get(0).value());
      assertTrue(refused.problems().get(1).reason().contains("at most 2000 characters but was"
          + " 2001"), refused.problems().get(1).reason());
      assertEquals(1, ports.notes().recalculations().size(), "nothing was written");
    }
  }

  /**
   * A snapshot repeats what earlier snapshots said: importing next month's snapshot adds only what
   * is new, here one more decision and one more observation.
   */
  @OnEveryDatabase
  void aLaterSnapshotAddsOnlyWhatIsNew(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      Snapshot june = Fixtures.small();
      ImportPlan first = plan(ports, "june.json", SnapshotWriter.write(june));
      new Importer(ports).write(first, Progress.none());

      Snapshot july = Snapshot.builder().from(june)
          .asOf(june.asOf().plusMonths(1))
          .addObservations(org.qsurv.model.indicator.Observation.of(Fixtures.TRUST,
              Fixtures.SHMI, Period.parse("2025-07"), 1.09))
          .decisions(List.of(june.decisions().get(0), Decision.builder()
              .provider(Fixtures.TRUST).at(june.asOf()).decision(DecisionType.CONFIRM_ENHANCED)
              .by(Actor.of("A. Director", Role.ICB_DIRECTOR)).rationale("Meeting held").build()))
          .build();
      ImportPlan second = plan(ports, "july.json", SnapshotWriter.write(july));
      assertTrue(second.isValid(), second.problems().toString());
      assertEquals(2, second.batch().orElseThrow().size());
      new Importer(ports).write(second, Progress.none());
      assertEquals(2, ports.decisions().decisions().size());
      assertEquals(4, ports.observations().observationCount());

      Snapshot rewritten =
          Snapshot.builder().from(july).decisions(List.of(july.decisions().get(1))).build();
      ImportPlan conflicting = plan(ports, "rewritten.json", SnapshotWriter.write(rewritten));
      assertEquals(List.of("$.decisions[0]"), conflicting.problems().stream()
          .map(ImportProblem::location).toList());
    }
  }

  /**
   * Decisions enter as events of their escalation case, decided by the lifecycle first: a
   * decision it rejects (003 Appendix 1: only NHS England escalates to intensive) is reported in
   * the validation report at its path with the lifecycle's reason, and nothing of the import is
   * written, not even the accepted decisions before it.
   */
  @OnEveryDatabase
  void aDecisionTheLifecycleRejectsIsReportedAndNothingIsWritten(DatabaseKind kind)
      throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      Snapshot june = Fixtures.small();
      Snapshot bad = org.qsurv.model.snapshot.Snapshot.builder().from(june)
          .decisions(List.of(june.decisions().get(0), Decision.builder()
              .provider(Fixtures.TRUST).at(june.asOf()).decision(DecisionType.ESCALATE_TO_INTENSIVE)
              .by(Actor.of("A. Director", Role.ICB_DIRECTOR)).rationale("Not improving").build()))
          .build();
      ImportPlan plan = plan(ports, "bad.json", SnapshotWriter.write(bad));
      assertFalse(plan.isValid());
      assertEquals(1, plan.problems().size(), plan.problems().toString());
      ImportProblem problem = plan.problems().get(0);
      assertEquals("$.decisions[1]", problem.location());
      assertEquals("ESCALATE_TO_INTENSIVE", problem.value());
      assertTrue(problem.reason().startsWith("rejected by the escalation lifecycle: "),
          problem.reason());
      assertThrows(IllegalArgumentException.class,
          () -> new Importer(ports).write(plan, Progress.none()));
      assertTrue(ports.cases().cases().isEmpty(), "no case event of the import was written");
      assertTrue(ports.directory().providers().isEmpty(), "nor anything else of it");

      new Importer(ports).write(plan(ports, "june.json", SnapshotWriter.write(june)),
          Progress.none());
      CaseId trust = CaseId.of(Fixtures.TRUST.value());
      assertEquals(List.of(trust), ports.cases().cases());
      assertTrue(ports.cases().version(trust) >= 1, "the accepted decision is a case event");
    }
  }

  /**
   * The database, not only the validation, keeps an import whole: when the data changes between
   * validation and writing, so that one row can no longer be written, none of the batch is.
   */
  @OnEveryDatabase
  void aWriteThatFailsPartWayLeavesNothingBehind(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = ports(db);
      load(ports, Fixtures.small());
      Importer importer = new Importer(ports);
      ImportPlan plan = plan(ports, "a.csv", "provider,indicator,period,value\n"
          + "RH5,shmi,2025-07,1.0\nRH5,shmi,2025-08,1.0\nRH5,shmi,2025-09,1.0\n");
      importer.write(plan(ports, "b.csv", "provider,indicator,period,value\n"
          + "RH5,shmi,2025-09,1.2\n"), Progress.none());
      long before = ports.observations().observationCount();

      assertThrows(IllegalArgumentException.class, () -> importer.write(plan, Progress.none()));
      assertEquals(before, ports.observations().observationCount());
      assertEquals(List.of("2025-05", "2025-06", "2025-09"), ports.observations()
          .series(Fixtures.TRUST, Fixtures.SHMI).stream().map(o -> o.period().toString())
          .toList());
    }
  }
}
