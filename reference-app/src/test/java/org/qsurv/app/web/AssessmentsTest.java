package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.app.demo.DemoSeed;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.DatabaseKind;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.OnEveryDatabase;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.Ports;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.assessment.Assessment;

/**
 * The cached assessments: served from the cache until a write, and never stale after one, even
 * when an evaluation that read the data before the write finishes after it, and even when the write
 * was made by another process on the same database (an assessment is invalidated by every write
 * that affects it).
 */
class AssessmentsTest {

  private static Ports demo(Database db) {
    Ports ports = JdbcPorts.open(db, TestApp.CLOCK);
    DemoSeed.seedIfEmpty(ports, DemoDataSet.DEFAULT_SEED, "test", (d, t) -> { });
    return ports;
  }

  private static Database database() {
    return Database.open("jdbc:h2:mem:assess-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        Optional.empty(), Optional.empty());
  }

  private static OrganisationCode routineProvider(Assessments assessments) {
    return assessments.current().providers().stream()
        .filter(p -> p.level() == Level.ROUTINE).findFirst().orElseThrow().code();
  }

  private static Decision placeOnEnhanced(OrganisationCode provider, LocalDate at) {
    return Decision.builder().provider(provider).at(at).decision(DecisionType.PLACE_ON_ENHANCED)
        .by(Actor.builder().name("Dr Frances Hale").role(Role.ICB_DIRECTOR).build())
        .rationale("Rising concerns (003 §5.2.1)").build();
  }

  /**
   * The pages get each provider's data currency from the same state of the data as its
   * assessment (hazard H14): its newest return and the store's last import, here the demo
   * seed's.
   */
  @Test
  void eachProvidersDataCurrencyComesWithItsAssessment() {
    try (Database db = database()) {
      Assessments assessments = new Assessments(demo(db));
      OrganisationCode provider = routineProvider(assessments);
      DataCurrency currency = assessments.currency(provider).orElseThrow();
      assertEquals(provider, currency.provider());
      assertEquals(assessments.today(), currency.asOf());
      assertEquals(JdbcPorts.open(db, TestApp.CLOCK).imports().lastImport(),
          currency.lastImport());
      assertTrue(currency.lastImport().isPresent());
      assertEquals(Optional.empty(), assessments.currency(OrganisationCode.of("ZZZ99")));
    }
  }

  @Test
  void readsWithoutAWriteAreServedFromTheCache() {
    try (Database db = database()) {
      Assessments assessments = new Assessments(demo(db));
      Assessment first = assessments.current();
      assertSame(first, assessments.current());
      assertEquals(1, assessments.evaluations());
    }
  }

  /** A warmed cache serves the first page without evaluating again (serve warms it at start). */
  @Test
  void aWarmedCacheServesTheFirstPageWithoutEvaluating() {
    try (Database db = database()) {
      Assessments assessments = new Assessments(demo(db));
      assertEquals(0, assessments.evaluations());
      assessments.warm();
      assertEquals(1, assessments.evaluations());
      assessments.current();
      assessments.provider(OrganisationCode.of("ZA1"));
      assertEquals(1, assessments.evaluations());
    }
    try (Database db = database()) {
      Assessments empty = new Assessments(JdbcPorts.open(db, TestApp.CLOCK));
      empty.warm();
      assertEquals(0, empty.evaluations(), "a database with no data yet has nothing to warm");
    }
  }

  @Test
  void aDecisionIsNeverHiddenByAStaleEntry() {
    try (Database db = database()) {
      Ports ports = demo(db);
      Assessments assessments = new Assessments(ports);
      OrganisationCode provider = routineProvider(assessments);
      ports.decisions().record(placeOnEnhanced(provider, assessments.today()));
      assessments.written();
      assertEquals(Level.ENHANCED, assessments.provider(provider).orElseThrow().level());
    }
  }

  @Test
  void anEvaluationThatReadBeforeTheWriteCannotBeServedAfterIt() throws Exception {
    try (Database db = database()) {
      Ports ports = demo(db);
      Assessments assessments = new Assessments(ports);
      OrganisationCode provider = routineProvider(assessments);
      assessments.written();
      // The slow reader: it evaluates the data as it was before the write...
      Assessment before = assessments.current();
      // ...and the write, and its notice, come after it read.
      ports.decisions().record(placeOnEnhanced(provider, assessments.today()));
      assessments.written();
      Assessment after = assessments.current();
      assertNotEquals(before, after);
      assertEquals(Level.ROUTINE, level(before, provider));
      assertEquals(Level.ENHANCED, level(after, provider));
    }
  }

  /**
   * A decision recorded through a second, independent {@code Database} and {@code Ports} on the
   * same database (what a {@code qsurv import} run beside {@code serve} does, or another node on
   * PostgreSQL) never calls this process's {@link Assessments#written()}; the next read sees it
   * all the same, through the database's data version.
   */
  @OnEveryDatabase
  void aWriteByAnotherProcessIsSeenOnTheNextRead(DatabaseKind kind) {
    try (TestDatabase shared = kind.open()) {
      Ports ports = demo(shared.database());
      Assessments assessments = new Assessments(ports,
          JdbcPorts.dataVersion(shared.database()));
      OrganisationCode provider = routineProvider(assessments);
      int items = assessments.derived("intelligence:" + provider.value(),
          () -> ports.intelligence().intelligence(provider)).size();
      long evaluated = assessments.evaluations();
      assertSame(assessments.current(), assessments.current(), "served from the cache");
      assertEquals(evaluated, assessments.evaluations());

      try (Database elsewhere = Database.open(shared.url(), Optional.empty(), Optional.empty())) {
        Ports other = JdbcPorts.open(elsewhere, TestApp.CLOCK);
        other.decisions().record(placeOnEnhanced(provider, assessments.today()));
      }

      assertEquals(Level.ENHANCED, assessments.provider(provider).orElseThrow().level());
      // The derived values move with the assessments: an unchanged one is computed again, not
      // served from the old generation.
      assertEquals(items, assessments.derived("intelligence:" + provider.value(),
          () -> ports.intelligence().intelligence(provider)).size());
    }
  }

  /**
   * One request reads the data version once: a write by another process while a page is being
   * made shows from the next request on, so a page is made from one state of the data.
   */
  @Test
  void aRequestReadsTheDataVersionOnceAndTheNextRequestSeesTheWrite() {
    try (TestDatabase shared = TestDatabase.h2()) {
      Ports ports = demo(shared.database());
      java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
      org.qsurv.app.port.DataVersion counted = () -> {
        reads.incrementAndGet();
        return JdbcPorts.dataVersion(shared.database()).current();
      };
      Assessments assessments = new Assessments(ports, counted);
      OrganisationCode provider = routineProvider(assessments);
      reads.set(0);
      Level during = assessments.duringRequest(() -> {
        assessments.current();
        try (Database elsewhere = Database.open(shared.url(), Optional.empty(),
            Optional.empty())) {
          JdbcPorts.open(elsewhere, TestApp.CLOCK).decisions()
              .record(placeOnEnhanced(provider, assessments.today()));
        }
        assessments.derived("anything", () -> "x");
        return assessments.provider(provider).orElseThrow().level();
      });
      assertEquals(1, reads.get(), "data version reads in one request");
      assertEquals(Level.ROUTINE, during);
      Level next = assessments.duringRequest(
          () -> assessments.provider(provider).orElseThrow().level());
      assertEquals(Level.ENHANCED, next);
    }
  }

  @Test
  void everyWritingPageTellsTheCache() throws Exception {
    try (TestApp app = new TestApp()) {
      OrganisationCode provider = routineProvider(app.app.assessments());
      TestApp.Client director = app.signIn("f.hale");
      // Warm the cache with the provider at routine.
      assertEquals(200, director.get("/providers/" + provider.value()).statusCode());
      assertEquals(Level.ROUTINE, app.app.assessments().provider(provider).orElseThrow()
          .level());
      var r = director.post("/escalation/" + provider.value() + "/decisions", java.util.Map.of(
          "decision", "PLACE_ON_ENHANCED", "at", "2025-07-01", "provider", provider.value(),
          "rationale", "Rising mortality and two serious incidents"));
      assertEquals(303, r.statusCode(), r.body());
      assertEquals(Level.ENHANCED, app.app.assessments().provider(provider).orElseThrow()
          .level());
      String page = director.get("/providers/" + provider.value()).body();
      org.junit.jupiter.api.Assertions.assertTrue(page.contains("Enhanced"));
    }
  }

  private static Level level(Assessment assessment, OrganisationCode provider) {
    return assessment.providers().stream().filter(p -> p.code().equals(provider)).findFirst()
        .orElseThrow().level();
  }

  /**
   * A derived value may be made from other derived values (the quality report reads the provider
   * names, which are derived too): each nested value is computed and cached, never refused as a
   * recursive update of the cache, whichever keys the two names are.
   */
  @Test
  void aDerivedValueMayBeMadeFromOtherDerivedValues() {
    try (Database db = database()) {
      Assessments assessments = new Assessments(JdbcPorts.open(db, TestApp.CLOCK));
      for (int i = 0; i < 500; i++) {
        int n = i;
        String outer = assessments.derived("outer:" + n,
            () -> "o" + assessments.derived("inner:" + n, () -> "i" + n));
        assertEquals("oi" + n, outer);
        assertEquals("i" + n, assessments.derived("inner:" + n, () -> "recomputed"),
            "the nested value was cached");
      }
    }
  }

  static String name(Provider p) {
    return p.name();
  }
}
