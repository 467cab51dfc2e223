package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.qsurv.app.Fixtures;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.app.demo.DemoSeed;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import com.google.common.collect.ImmutableList;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.port.User;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/** The JDBC adapters keep what they are given and give it back, on H2 and on PostgreSQL. */
class JdbcStoresTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
      ZoneOffset.UTC);

  private static Ports loaded(TestDatabase db, Snapshot snapshot) {
    Ports ports = JdbcPorts.open(db.database(), CLOCK);
    Importer importer = new Importer(ports);
    ImportPlan plan = importer.plan(snapshot, "fixture", "tester");
    assertTrue(plan.isValid(), plan.problems().toString());
    importer.write(plan, Progress.none());
    return ports;
  }

  /**
   * The demo data set goes in and comes out as the same snapshot, value for value: every port
   * reads back what the import wrote, in the order it was written. The one exception is the
   * decision the escalation lifecycle rejects (a quality lead placing a practice on enhanced,
   * 003 Appendix 1): a rejected decision is never recorded, so it does not come back.
   */
  @OnEveryDatabase
  void theDemoDataSetReadsBackAsTheSameSnapshot(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = JdbcPorts.open(db.database(), CLOCK);
      DemoDataSet demo = DemoDataSet.generate(DemoDataSet.DEFAULT_SEED);
      assertTrue(DemoSeed.seedIfEmpty(ports, DemoDataSet.DEFAULT_SEED, "tester",
          Progress.none()).isPresent());
      Snapshot stored = StoredSnapshot.asOf(ports, DemoDataSet.AS_OF);

      Snapshot accepted = demo.importableSnapshot();
      assertEquals(demo.snapshot().decisions().size() - 1, accepted.decisions().size());
      assertEquals(accepted, stored, "everything, including what JSON v1 leaves out");
      assertEquals(SnapshotWriter.write(accepted), SnapshotWriter.write(stored));
      assertEquals(demo.users(), ports.directory().users().stream()
          .sorted(java.util.Comparator.comparing(u -> demo.users().indexOf(u))).toList());
      assertTrue(DemoSeed.seedIfEmpty(ports, DemoDataSet.DEFAULT_SEED, "tester",
          Progress.none()).isEmpty(), "a database that holds data is not seeded again");
    }
  }

  @OnEveryDatabase
  void aSnapshotAsOfAnEarlierDateLeavesOutWhatCameLater(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      Snapshot may = StoredSnapshot.asOf(ports, LocalDate.of(2025, 5, 31));
      assertEquals(List.of("2025-05"), may.observations().stream()
          .filter(o -> o.indicator().equals(Fixtures.SHMI)).map(o -> o.period().toString())
          .toList());
      assertTrue(may.intelligence().isEmpty(), "received in June");
      assertEquals(1, may.decisions().size());
      assertTrue(SnapshotReader.read(SnapshotWriter.write(may)).isValid());
    }
  }

  @OnEveryDatabase
  void theFeedFindsRecordedObservationsByKey(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      ObservationKey june = new ObservationKey(Fixtures.TRUST, Fixtures.SHMI,
          Period.parse("2025-06"));
      ObservationKey july = new ObservationKey(Fixtures.TRUST, Fixtures.SHMI,
          Period.parse("2025-07"));
      var recorded = ports.observations().recorded(java.util.Set.of(june, july));
      assertEquals(java.util.Set.of(june), recorded.keySet());
      assertEquals(Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-06"), 1.07),
          recorded.get(june));
      assertEquals(List.of(Fixtures.SHMI, Fixtures.SHMI), ports.observations()
          .observations(Fixtures.TRUST).stream().map(Observation::indicator).toList());
    }
  }

  @OnEveryDatabase
  void theDirectoryKeepsUsersAndReplacesThemByUsername(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      User lead = new User("m.ellery", "Morgan Ellery", Role.ICB_QUALITY_LEAD,
          OrganisationCode.of("QSL"));
      ports.directory().saveUser(lead);
      User promoted = new User("m.ellery", "Morgan Ellery", Role.ICB_DIRECTOR,
          OrganisationCode.of("QSL"));
      ports.directory().saveUser(promoted);
      assertEquals(List.of(promoted), ports.directory().users());
      assertEquals(Optional.of(promoted), ports.directory().user("m.ellery"));
      assertEquals(Optional.empty(), ports.directory().user("nobody"));
      assertEquals("NHS Somerset ICB", ports.directory().commissioner().orElseThrow().name());
    }
  }

  @OnEveryDatabase
  void intelligenceIsRecordedOnceAndNeverTwice(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      IntelligenceItem item = IntelligenceItem.builder().id(IntelligenceId.of("I-2"))
          .provider(Fixtures.HOME).received(LocalDate.of(2025, 6, 20))
          .source(IntelligenceSource.SAFEGUARDING).nature(Nature.HARD).domain(QualityDomain.SAFE)
          .summary("Unexplained bruising").reportedBy("Safeguarding team").build();
      ports.intelligence().record(item);
      assertEquals(Optional.of(item), ports.intelligence().item(item.id()));
      assertEquals(List.of(item), ports.intelligence().intelligence(Fixtures.HOME));
      assertThrows(IllegalArgumentException.class, () -> ports.intelligence().record(item));
      IntelligenceItem unknownProvider = IntelligenceItem.builder().from(item)
          .id(IntelligenceId.of("I-3")).provider(OrganisationCode.of("RX1")).build();
      assertThrows(IllegalArgumentException.class,
          () -> ports.intelligence().record(unknownProvider));
      assertEquals(2, ports.intelligence().intelligence().size());
    }
  }

  /** 004 §4.4: each review is kept; the register shows the latest score and review date. */
  @OnEveryDatabase
  void aReviewMovesTheScoreAndKeepsTheHistory(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      RiskId id = RiskId.of("R-1");
      RiskReview june = RiskReview.builder().reviewed(LocalDate.of(2025, 6, 20))
          .reviewedBy("Deputy Chief Nurse").score(RiskScore.of(3, 4))
          .note("Agency cover agreed for nights").build();
      Risk after = ports.risks().review(id, june);
      assertEquals(12, after.score());
      assertEquals(Optional.of(LocalDate.of(2025, 6, 20)), after.lastReviewed());
      assertEquals(List.of(june), after.reviews());
      assertEquals(Optional.of(after), ports.risks().risk(id));

      RiskReview earlier = RiskReview.builder().reviewed(LocalDate.of(2025, 6, 1))
          .reviewedBy("Deputy Chief Nurse").score(RiskScore.of(5, 4)).build();
      assertThrows(IllegalArgumentException.class, () -> ports.risks().review(id, earlier));
      assertThrows(IllegalArgumentException.class,
          () -> ports.risks().review(RiskId.of("R-404"), june));
      assertThrows(IllegalArgumentException.class,
          () -> ports.risks().add(ports.risks().risk(id).orElseThrow()));
      assertEquals(List.of(after), ports.risks().risks(Fixtures.TRUST));
    }
  }

  /**
   * SNAPSHOT.md: decision dates must not go backwards for a provider. Recording a decision submits
   * it to the provider's case, whose lifecycle refuses a backdated one.
   */
  @OnEveryDatabase
  void decisionsAreAppendedInOrderAndNeverBackdated(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      Decision confirm = Decision.builder().provider(Fixtures.TRUST).at(LocalDate.of(2025, 3, 24))
          .decision(DecisionType.CONFIRM_ENHANCED)
          .by(Actor.builder().name("A. Director").role(Role.ICB_DIRECTOR)
              .organisation(OrganisationCode.of("QSL")).build())
          .rationale("Quality review meeting confirms enhanced").build();
      ports.decisions().record(confirm);
      assertEquals(Optional.of(confirm), ports.decisions().latest(Fixtures.TRUST));
      Decision backdated = org.qsurv.model.surveillance.Decision.builder().from(confirm)
          .at(LocalDate.of(2025, 3, 1)).build();
      assertThrows(IllegalArgumentException.class, () -> ports.decisions().record(backdated));
      assertEquals(2, ports.decisions().decisions(Fixtures.TRUST).size());
      assertEquals(Optional.empty(), ports.decisions().latest(Fixtures.HOME));
    }
  }

  /**
   * The observation table has no per-row foreign key (V3); the import's transaction checks the
   * providers instead. An observation for an unknown provider refuses the whole batch, naming the
   * provider, and writes nothing: not the rows before it, not the import's log entry.
   */
  @OnEveryDatabase
  void anObservationForAnUnknownProviderRefusesTheWholeImport(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      long before = ports.observations().observationCount();
      Observation known = Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-09"),
          1.02);
      Observation unknown = Observation.of(OrganisationCode.of("ZZ9"), Fixtures.SHMI,
          Period.parse("2025-09"), 1.01);
      ImportBatch batch = new ImportBatch(Optional.empty(), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.of(known, unknown), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.of(), "unknown-provider.csv", "tester");

      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> ports.imports().write(batch, Progress.none()));

      assertTrue(refused.getMessage().contains("ZZ9"), refused.getMessage());
      assertEquals(before, ports.observations().observationCount());
      assertEquals(Optional.empty(), ports.observations().recorded(java.util.Set.of(
          new ObservationKey(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-09")))).values()
          .stream().findFirst());
      assertEquals(1, importLogRows(db), "only the fixture's own import is logged");
    }
  }

  /**
   * An import never changes a recorded observation: a batch holding one that was stored after
   * the plan was made (another import in between) is refused whole by the table's key, whether
   * the rows go by batched INSERTs (H2) or by one COPY (PostgreSQL), and nothing of it is written:
   * not the new rows around it, not its log entry.
   */
  @OnEveryDatabase
  void anObservationStoredSinceThePlanRefusesTheWholeImport(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      Observation stored = Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-10"),
          1.02);
      ports.imports().write(new ImportBatch(Optional.empty(), ImmutableList.of(),
          ImmutableList.of(), ImmutableList.of(stored), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.of(), "first.csv", "tester"), Progress.none());
      long before = ports.observations().observationCount();
      Observation fresh = Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-11"),
          0.98);
      Observation again = Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-10"),
          1.5);
      ImportBatch batch = new ImportBatch(Optional.empty(), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.of(fresh, again), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.of(), "second.csv", "tester");

      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> ports.imports().write(batch, Progress.none()));

      assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
      assertEquals(before, ports.observations().observationCount());
      assertEquals(java.util.Set.of(stored), java.util.Set.copyOf(ports.observations().recorded(
          java.util.Set.of(ObservationKey.of(stored), ObservationKey.of(fresh))).values()));
      assertEquals(2, importLogRows(db), "the fixture's import and the first are logged");
    }
  }

  /**
   * The import's check against recorded observations finds exactly the recorded ones it asks for,
   * whichever providers they belong to: here providers 0, 2, 3 and 5 of six hold observations
   * (runs of neighbouring providers and gaps between them), and the keys asked for include
   * unrecorded periods, a provider with nothing recorded and one the store does not hold.
   */
  @OnEveryDatabase
  void recordedFindsExactlyTheRecordedKeysAskedFor(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.skeleton(6, 2));
      List<Observation> stored = new java.util.ArrayList<>();
      for (int p : new int[] {5, 0, 3, 2}) {
        for (int i = 0; i < 2; i++) {
          stored.add(Observation.of(Fixtures.syntheticProvider(p),
              org.qsurv.model.indicator.IndicatorId.of("ind-" + i), Period.parse("2025-06"),
              p * 10 + i));
        }
      }
      ports.imports().write(new ImportBatch(Optional.empty(), ImmutableList.of(),
          ImmutableList.of(), ImmutableList.copyOf(stored), ImmutableList.of(),
          ImmutableList.of(), ImmutableList.of(), "june.csv", "tester"), Progress.none());
      java.util.Set<ObservationKey> asked = new java.util.HashSet<>();
      java.util.Map<ObservationKey, Observation> expected = new java.util.HashMap<>();
      for (Observation o : stored) {
        if (o.indicator().value().equals("ind-1") || o.provider().equals(
            Fixtures.syntheticProvider(3))) {
          asked.add(ObservationKey.of(o));
          expected.put(ObservationKey.of(o), o);
        }
      }
      for (int p = 0; p < 7; p++) {
        asked.add(new ObservationKey(Fixtures.syntheticProvider(p),
            org.qsurv.model.indicator.IndicatorId.of("ind-0"), Period.parse("2025-07")));
      }

      assertEquals(expected, ports.observations().recorded(asked));
    }
  }

  /**
   * V3 re-creates the observation table: a database that already holds observations (written
   * under V2) keeps every one of them, value for value, through the migration.
   */
  @OnEveryDatabase
  void migratingToV3KeepsEveryObservation(DatabaseKind kind) throws Exception {
    try (TestDatabase db = kind.open()) {
      org.flywaydb.core.api.configuration.FluentConfiguration flyway = migratedTo(db, "2");
      try (java.sql.Connection c = db.rawDataSource().getConnection();
          java.sql.Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO provider (code, name, kind) VALUES ('RH5', 'Somerset FT', "
            + "'ACUTE_TRUST')");
        s.executeUpdate("INSERT INTO indicator (id, name, quality_domain, unit, polarity, "
            + "frequency) VALUES ('shmi', 'SHMI', 'SAFE', 'ratio', 'LOWER_IS_BETTER', 'MONTHLY'), "
            + "('staff-flu', 'Staff flu vaccination', 'SAFE', '%', 'HIGHER_IS_BETTER', "
            + "'MONTHLY')");
        s.executeUpdate("INSERT INTO observation (provider_code, indicator_id, period, "
            + "observed_value, numerator, denominator) VALUES ('RH5', 'shmi', '2025-05', 1.07, "
            + "NULL, NULL), ('RH5', 'staff-flu', '2025-05', 77.7, 412, 530)");
      }
      flyway.target(org.flywaydb.core.api.MigrationVersion.LATEST).load().migrate();

      Ports ports = JdbcPorts.open(db.database(), CLOCK);
      assertEquals(List.of(
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-05"), 1.07),
              Observation.builder().provider(Fixtures.TRUST).indicator(Fixtures.FLU)
                  .period(Period.parse("2025-05")).value(77.7).numerator(412).denominator(530)
                  .build()),
          ports.observations().observations(Fixtures.TRUST));
    }
  }

  /**
   * V9 keys every recorded observation, monthly and quarterly, from its provider, indicator and
   * period: after it each provider reads back exactly its observations in indicator and period
   * order, a series only its own, and the import's check against recorded observations finds them.
   */
  @OnEveryDatabase
  void migratingToV9KeysEveryObservation(DatabaseKind kind) throws Exception {
    try (TestDatabase db = kind.open()) {
      org.flywaydb.core.api.configuration.FluentConfiguration flyway = migratedTo(db, "7");
      try (java.sql.Connection c = db.rawDataSource().getConnection();
          java.sql.Statement s = c.createStatement()) {
        twoTrustsAndTwoIndicators(s);
        s.executeUpdate("INSERT INTO observation (provider_code, indicator_id, period, "
            + "observed_value) VALUES ('RH5', 'shmi', '2025-05', 1.07), "
            + "('RA7', 'shmi', '2025-04', 0.98), ('RH5', 'shmi', '2024-12', 1.01), "
            + "('RH5', 'staff-flu', '2025-Q1', 77.7), ('RH5', 'staff-flu', '2024-Q4', 70.2)");
      }
      flyway.target(org.flywaydb.core.api.MigrationVersion.LATEST).load().migrate();

      Ports ports = JdbcPorts.open(db.database(), CLOCK);
      org.qsurv.model.indicator.IndicatorId flu =
          org.qsurv.model.indicator.IndicatorId.of("staff-flu");
      assertEquals(List.of(
              Observation.of(Fixtures.TRUST, flu, Period.parse("2024-Q4"), 70.2),
              Observation.of(Fixtures.TRUST, flu, Period.parse("2025-Q1"), 77.7),
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2024-12"), 1.01),
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-05"), 1.07)),
          ports.observations().observations(Fixtures.TRUST));
      assertEquals(List.of(
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2024-12"), 1.01),
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-05"), 1.07)),
          ports.observations().series(Fixtures.TRUST, Fixtures.SHMI));
      org.qsurv.model.organisation.OrganisationCode bristol =
          org.qsurv.model.organisation.OrganisationCode.of("RA7");
      org.qsurv.app.port.ObservationKey april = new org.qsurv.app.port.ObservationKey(bristol,
          Fixtures.SHMI, Period.parse("2025-04"));
      org.qsurv.app.port.ObservationKey may = new org.qsurv.app.port.ObservationKey(bristol,
          Fixtures.SHMI, Period.parse("2025-05"));
      assertEquals(java.util.Map.of(april, Observation.of(bristol, Fixtures.SHMI,
              Period.parse("2025-04"), 0.98)),
          ports.observations().recorded(java.util.Set.of(april, may)));
      assertEquals(5, ports.observations().observationCount());
    }
  }

  /**
   * V17 moves every observation recorded in the V9 table into blocks, a block per provider and
   * import (migration V16): each reads back value for value, numerators and missing returns
   * included, monthly and quarterly, in order; and imports go on after it, adding a month and
   * refusing one already recorded (the block numbering starts after the migrated blocks).
   */
  @OnEveryDatabase
  void migratingToV17MovesEveryObservationIntoBlocksAndImportsGoOn(DatabaseKind kind)
      throws Exception {
    try (TestDatabase db = kind.open()) {
      org.flywaydb.core.api.configuration.FluentConfiguration flyway = migratedTo(db, "15");
      try (java.sql.Connection c = db.rawDataSource().getConnection();
          java.sql.Statement s = c.createStatement()) {
        twoTrustsAndTwoIndicators(s);
        // Two imports and one row without an import, as V9 left them.
        s.executeUpdate("INSERT INTO observation (observation_key, provider_code, indicator_id, "
            + "period, observed_value, numerator, denominator, import_id) "
            + "SELECT p.seq * 4294967296 + i.seq * 65536 + v.ordinal, v.p, v.i, v.period, "
            + "v.val, v.num, v.den, v.imp FROM (VALUES "
            + "('RH5', 'shmi', '2025-05', 24304, 1.07, NULL, NULL, 1), "
            + "('RH5', 'shmi', '2024-12', 24299, 1.01, NULL, NULL, 2), "
            + "('RH5', 'shmi', '2025-01', 24300, NULL, NULL, NULL, NULL), "
            + "('RH5', 'staff-flu', '2025-Q1', 8100, 77.7, 412, 530, 1), "
            + "('RA7', 'shmi', '2025-04', 24303, 0.98, NULL, NULL, 2)) "
            + "AS v (p, i, period, ordinal, val, num, den, imp) "
            + "JOIN provider p ON p.code = v.p JOIN indicator i ON i.id = v.i");
      }
      flyway.target(org.flywaydb.core.api.MigrationVersion.LATEST).load().migrate();

      Ports ports = JdbcPorts.open(db.database(), CLOCK);
      org.qsurv.model.indicator.IndicatorId flu =
          org.qsurv.model.indicator.IndicatorId.of("staff-flu");
      OrganisationCode bristol = OrganisationCode.of("RA7");
      Observation january = Observation.builder().provider(Fixtures.TRUST)
          .indicator(Fixtures.SHMI).period(Period.parse("2025-01")).build();
      List<Observation> trust = List.of(
          Observation.builder().provider(Fixtures.TRUST).indicator(flu)
              .period(Period.parse("2025-Q1")).value(77.7).numerator(412).denominator(530)
              .build(),
          Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2024-12"), 1.01),
          january,
          Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-05"), 1.07));
      assertEquals(trust, ports.observations().observations(Fixtures.TRUST));
      assertEquals(List.of(Observation.of(bristol, Fixtures.SHMI, Period.parse("2025-04"), 0.98)),
          ports.observations().observations(bristol));
      assertEquals(5, ports.observations().observationCount());

      ports.imports().write(new ImportBatch(Optional.empty(), ImmutableList.of(),
          ImmutableList.of(), ImmutableList.of(
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-06"), 1.2)),
          ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), "june.csv", "tester"),
          Progress.none());
      assertEquals(6, ports.observations().observationCount());
      IllegalArgumentException repeat = assertThrows(IllegalArgumentException.class,
          () -> ports.imports().write(new ImportBatch(Optional.empty(), ImmutableList.of(),
              ImmutableList.of(), ImmutableList.of(january), ImmutableList.of(),
              ImmutableList.of(), ImmutableList.of(), "january.csv", "tester"),
              Progress.none()));
      assertTrue(repeat.getMessage().contains("is already recorded"), repeat.getMessage());
      assertEquals(6, ports.observations().observationCount());
    }
  }

  /**
   * V9 never drops an observation silently: one whose indicator the indicator table does not hold
   * (which no import writes) has no key, and the migration fails instead of leaving it behind.
   */
  @OnEveryDatabase
  void migratingToV9FailsRatherThanDropAnObservationWithoutKey(DatabaseKind kind)
      throws Exception {
    try (TestDatabase db = kind.open()) {
      org.flywaydb.core.api.configuration.FluentConfiguration flyway = migratedTo(db, "7");
      try (java.sql.Connection c = db.rawDataSource().getConnection();
          java.sql.Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO provider (code, name, kind) VALUES ('RH5', 'Somerset FT', "
            + "'ACUTE_TRUST')");
        s.executeUpdate("INSERT INTO observation (provider_code, indicator_id, period, "
            + "observed_value) VALUES ('RH5', 'shmi', '2025-05', 1.07)");
      }
      org.flywaydb.core.Flyway latest =
          flyway.target(org.flywaydb.core.api.MigrationVersion.LATEST).load();
      assertThrows(org.flywaydb.core.api.FlywayException.class, latest::migrate);
    }
  }

  /** Two trusts (RH5, RA7) and two indicators (quarterly staff-flu, monthly shmi), in SQL. */
  private static void twoTrustsAndTwoIndicators(java.sql.Statement s) throws Exception {
        s.executeUpdate("INSERT INTO provider (code, name, kind) VALUES ('RH5', 'Somerset FT', "
            + "'ACUTE_TRUST'), ('RA7', 'Bristol FT', 'ACUTE_TRUST')");
        s.executeUpdate("INSERT INTO indicator (id, name, quality_domain, unit, polarity, "
            + "frequency) VALUES ('staff-flu', 'Staff flu vaccination', 'SAFE', '%', "
            + "'HIGHER_IS_BETTER', 'QUARTERLY'), ('shmi', 'SHMI', 'SAFE', 'ratio', "
            + "'LOWER_IS_BETTER', 'MONTHLY')");
  }

  /** The database emptied and migrated up to {@code version} only, and Flyway for the rest. */
  private static org.flywaydb.core.api.configuration.FluentConfiguration migratedTo(
      TestDatabase db, String version) {
    db.release();
    org.flywaydb.core.api.configuration.FluentConfiguration flyway =
        Database.migrations(db.rawDataSource()).cleanDisabled(false);
    flyway.load().clean();
    flyway.target(version).load().migrate();
    return flyway;
  }

  /** Password hashes (V4) belong to known users, survive a change of the user, and are replaced. */
  @OnEveryDatabase
  void passwordHashesAreKeptForKnownUsersOnly(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db, Fixtures.small());
      org.qsurv.app.port.PasswordHashes hashes = JdbcPorts.passwordHashes(db.database());
      User lead = new User("m.ellery", "Morgan Ellery", Role.ICB_QUALITY_LEAD,
          OrganisationCode.of("QSL"));
      ports.directory().saveUser(lead);
      assertEquals(Optional.empty(), hashes.hash("m.ellery"));

      hashes.save("m.ellery", "pbkdf2-sha256$210000$c2FsdA$aGFzaA");
      ports.directory().saveUser(new User("m.ellery", "Morgan Ellery", Role.ICB_DIRECTOR,
          OrganisationCode.of("QSL")));
      assertEquals(Optional.of("pbkdf2-sha256$210000$c2FsdA$aGFzaA"), hashes.hash("m.ellery"));
      hashes.save("m.ellery", "pbkdf2-sha256$600000$c2FsdA$aGFzaA");
      assertEquals(Optional.of("pbkdf2-sha256$600000$c2FsdA$aGFzaA"), hashes.hash("m.ellery"));

      IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
          () -> hashes.save("nobody", "pbkdf2-sha256$210000$c2FsdA$aGFzaA"));
      assertTrue(unknown.getMessage().contains("nobody"), unknown.getMessage());
      assertEquals(Optional.empty(), hashes.hash("nobody"));
    }
  }

  private static long importLogRows(TestDatabase db) {
    try (java.sql.Connection c = db.rawDataSource().getConnection();
        java.sql.ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM import_log")) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
