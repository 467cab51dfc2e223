package org.qsurv.app.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.qsurv.app.Fixtures;
import org.qsurv.app.audit.AuditVerification;
import org.qsurv.app.cases.CaseDecisions;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.app.port.DataVersion;
import org.qsurv.app.port.Directory;
import org.qsurv.app.port.ObservationFeed;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.port.StoreException;
import org.qsurv.app.port.StoredEvent;
import org.qsurv.app.port.User;
import org.qsurv.app.web.DemoAccounts;
import org.qsurv.app.web.WebApplication;
import org.qsurv.app.web.WebServer;
import org.qsurv.app.web.security.PasswordHasher;
import org.qsurv.app.web.security.UserAccounts;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Accepted;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.assessment.IndicatorAssessment;

/**
 * The code of {@code docs/embedding.md}, run in the build so that the guide does not rot: an ICB
 * system plugs its own identity provider, data warehouse and clock in behind the ports and keeps
 * the reference application's database for the rest.
 */
class EmbeddingGuideTest {

  /** Who is signed in, as the ICB's identity provider says: a name and group memberships. */
  record Person(String displayName, Set<String> groups, String organisation) {}

  /**
   * The Directory over the ICB's identity provider: people come from it, their role from the group
   * they are in; organisations still come from the reference application's tables.
   */
  static final class IdentityProviderDirectory implements Directory {
    private static final Map<String, Role> ROLES = ImmutableMap.of(
        "qsurv-directors", Role.ICB_DIRECTOR,
        "qsurv-quality-leads", Role.ICB_QUALITY_LEAD,
        "qsurv-nhse", Role.NHSE_REGION,
        "qsurv-providers", Role.PROVIDER,
        "qsurv-readers", Role.VIEWER);

    private final Function<String, Optional<Person>> identityProvider;
    private final Directory organisations;

    IdentityProviderDirectory(Function<String, Optional<Person>> identityProvider,
        Directory organisations) {
      this.identityProvider = identityProvider;
      this.organisations = organisations;
    }

    @Override
    public Optional<User> user(String username) {
      return identityProvider.apply(username).flatMap(p -> ROLES.entrySet().stream()
          .filter(r -> p.groups().contains(r.getKey())).findFirst()
          .map(r -> new User(username, p.displayName(), r.getValue(),
              OrganisationCode.of(p.organisation()))));
    }

    @Override
    public ImmutableList<User> users() {
      return ImmutableList.of(); // the identity provider does not list its people
    }

    @Override
    public void saveUser(User user) {
      throw new UnsupportedOperationException("users are managed in the identity provider");
    }

    @Override
    public Optional<Commissioner> commissioner() {
      return organisations.commissioner();
    }

    @Override
    public ImmutableList<Provider> providers() {
      return organisations.providers();
    }

    @Override
    public Optional<Provider> provider(OrganisationCode code) {
      return organisations.provider(code);
    }
  }

  /**
   * The ObservationFeed over the ICB's data warehouse: a table of monthly returns,
   * {@code dw_returns(ods_code, metric, month_start, amount)}, whose metric codes map to qsurv
   * indicators. Indicator definitions stay in the reference application's tables.
   */
  static final class WarehouseFeed implements ObservationFeed {
    private final DataSource warehouse;
    private final Map<String, IndicatorId> metrics;
    private final ObservationFeed definitions;

    WarehouseFeed(DataSource warehouse, Map<String, IndicatorId> metrics,
        ObservationFeed definitions) {
      this.warehouse = warehouse;
      this.metrics = metrics;
      this.definitions = definitions;
    }

    @Override
    public ImmutableList<IndicatorDefinition> indicators() {
      return definitions.indicators();
    }

    @Override
    public Optional<IndicatorDefinition> indicator(IndicatorId id) {
      return definitions.indicator(id);
    }

    @Override
    public ImmutableList<Observation> observations(OrganisationCode provider) {
      return query("WHERE ods_code = ?", provider.value());
    }

    @Override
    public ImmutableList<Observation> series(OrganisationCode provider, IndicatorId indicator) {
      return observations(provider).stream().filter(o -> o.indicator().equals(indicator))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public void forEachObservation(Consumer<Observation> action) {
      query("", null).forEach(action);
    }

    @Override
    public long observationCount() {
      return query("", null).size();
    }

    @Override
    public ImmutableMap<ObservationKey, Observation> recorded(Set<ObservationKey> keys) {
      ImmutableMap.Builder<ObservationKey, Observation> found = ImmutableMap.builder();
      query("", null).stream().filter(o -> keys.contains(ObservationKey.of(o)))
          .forEach(o -> found.put(ObservationKey.of(o), o));
      return found.buildOrThrow();
    }

    private ImmutableList<Observation> query(String where, String parameter) {
      ImmutableList.Builder<Observation> all = ImmutableList.builder();
      try (Connection c = warehouse.getConnection();
          PreparedStatement s = c.prepareStatement("SELECT ods_code, metric, month_start, amount "
              + "FROM dw_returns " + where + " ORDER BY ods_code, metric, month_start")) {
        if (parameter != null) {
          s.setString(1, parameter);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            IndicatorId indicator = metrics.get(r.getString("metric"));
            if (indicator != null) {
              all.add(Observation.of(OrganisationCode.of(r.getString("ods_code")), indicator,
                  Period.containing(r.getObject("month_start", LocalDate.class),
                      org.qsurv.model.indicator.Frequency.MONTHLY),
                  r.getDouble("amount")));
            }
          }
        }
      } catch (SQLException e) {
        throw new StoreException("the warehouse did not answer: " + e.getMessage(), e);
      }
      return all.build();
    }
  }

  private static IndicatorAssessment shmi(WebApplication web, OrganisationCode provider) {
    return web.assessments().provider(provider).orElseThrow().quality().indicators().stream()
        .filter(i -> i.id().value().equals("shmi")).findFirst().orElseThrow();
  }

  /** The warehouse's last completed load: the number an ICB's loader moves on with each load. */
  static long lastLoad(DataSource warehouse) {
    try (Connection c = warehouse.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(load_id), 0) FROM dw_loads")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("the warehouse did not answer: " + e.getMessage(), e);
    }
  }

  @Test
  void anIcbSystemPlugsInItsOwnIdentityWarehouseAndClock() throws Exception {
    JdbcDataSource warehouse = new JdbcDataSource();
    warehouse.setURL("jdbc:h2:mem:warehouse;DB_CLOSE_DELAY=-1");
    try (Connection c = warehouse.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dw_returns (ods_code VARCHAR(10), metric VARCHAR(20), "
          + "month_start DATE, amount DOUBLE PRECISION)");
      s.execute("INSERT INTO dw_returns VALUES ('RH5', 'MORT_SHMI', DATE '2025-05-01', 1.01), "
          + "('RH5', 'MORT_SHMI', DATE '2025-06-01', 1.08), ('RH5', 'UNMAPPED', DATE "
          + "'2025-06-01', 3)");
      s.execute("CREATE TABLE dw_loads (load_id BIGINT)");
      s.execute("INSERT INTO dw_loads VALUES (1)");
    }
    try (TestDatabase qsurvDb = TestDatabase.h2()) {
      // The reference application's own database, on a data source the ICB system owns.
      Database database = Database.of(qsurvDb.database().dataSource());
      Clock london = Clock.system(ZoneId.of("Europe/London"));
      Ports jdbc = JdbcPorts.open(database, london);
      new Importer(jdbc).write(new Importer(jdbc).plan(Fixtures.small(), "setup", "admin"),
          Progress.none());

      Map<String, Person> signedIn = Map.of("jo.bloggs", new Person("Jo Bloggs",
          Set.of("staff", "qsurv-quality-leads"), "QSL"));
      Ports ports = new Ports(
          new IdentityProviderDirectory(name -> Optional.ofNullable(signedIn.get(name)),
              jdbc.directory()),
          new WarehouseFeed(warehouse, Map.of("MORT_SHMI", IndicatorId.of("shmi")),
              jdbc.observations()),
          jdbc.intelligence(), jdbc.risks(), jdbc.actions(), jdbc.decisions(), jdbc.cases(),
          jdbc.imports(), jdbc.ratings(), jdbc.visits(), jdbc.incidents(), jdbc.meetings(),
          jdbc.notes(), jdbc.deepDives(), london);

      assertEquals(Optional.of(new User("jo.bloggs", "Jo Bloggs", Role.ICB_QUALITY_LEAD,
          OrganisationCode.of("QSL"))), ports.directory().user("jo.bloggs"));
      Snapshot june = StoredSnapshot.asOf(ports, LocalDate.of(2025, 6, 30));
      assertEquals(2, june.observations().size());
      assertEquals(1.08, june.observations().get(1).value().getAsDouble());
      assertTrue(june.risks().size() == 1 && june.decisions().size() == 1);

      // The web application over the same ports. Its cached assessments and pages are current
      // with a data version: here the reference database's writes plus the warehouse's last load
      // (both only grow, so their sum moves whenever either does).
      DataVersion qsurvWrites = JdbcPorts.dataVersion(database);
      DataVersion warehouseLoads = () -> lastLoad(warehouse);
      DataVersion both = () -> qsurvWrites.current() + warehouseLoads.current();
      PasswordHasher hasher = PasswordHasher.withIterations(PasswordHasher.MINIMUM_ITERATIONS);
      UserAccounts accounts = DemoAccounts.open(jdbc.directory(),
          JdbcPorts.passwordHashes(database), hasher, (user, password) -> { });
      WebApplication web = WebApplication.builder(ports, accounts, hasher).dataVersion(both).build();
      try (WebServer server = web.start(new InetSocketAddress("127.0.0.1", 0))) {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(server.uri() + "health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        OrganisationCode rh5 = OrganisationCode.of("RH5");
        assertEquals("2025-06", shmi(web, rh5).period().toString());
        try (Connection c = warehouse.getConnection(); Statement s = c.createStatement()) {
          s.execute("INSERT INTO dw_returns VALUES ('RH5', 'MORT_SHMI', DATE '2025-07-01', 1.1)");
          s.execute("INSERT INTO dw_loads VALUES (2)");
        }
        assertEquals("2025-07", shmi(web, rh5).period().toString(),
            "the warehouse's new load is seen at once, with no write through qsurv");
      }
    } finally {
      DriverManager.getConnection("jdbc:h2:mem:warehouse").createStatement()
          .execute("SHUTDOWN");
    }
  }
  // --- Section 6: the case service over the ICB's own event store ---

  /**
   * An ICB's own event store behind {@code CaseStore}: here a map guarded by a lock, standing in
   * for a case management system's event table. It keeps the three guarantees of the guide:
   * append-only, optimistic concurrency, an unbroken chain.
   */
  static final class CaseManagementStore implements CaseStore {
    private final Map<CaseId, java.util.List<StoredEvent>> logs = new java.util.TreeMap<>();

    @Override
    public synchronized ImmutableList<CaseId> cases() {
      return ImmutableList.copyOf(logs.keySet());
    }

    @Override
    public synchronized long version(CaseId id) {
      return logs.getOrDefault(id, java.util.List.of()).size();
    }

    @Override
    public synchronized ImmutableList<StoredEvent> events(CaseId id) {
      return ImmutableList.copyOf(logs.getOrDefault(id, java.util.List.of()));
    }

    @Override
    public synchronized long append(CaseId id, long expectedVersion,
        java.util.List<StoredEvent> events) {
      java.util.List<StoredEvent> log = logs.computeIfAbsent(id, k -> new java.util.ArrayList<>());
      if (log.size() != expectedVersion) {
        throw new CaseConflictException(id, expectedVersion, log.size());
      }
      String head = log.isEmpty() ? events.get(0).previousHash() : log.get(log.size() - 1).hash();
      for (StoredEvent e : events) {
        if (!e.previousHash().equals(head)) {
          throw new IllegalArgumentException("the append to " + id + " does not chain");
        }
        head = e.hash();
      }
      log.addAll(events);
      return log.size();
    }
  }

  @Test
  void anIcbSystemKeepsItsCasesInItsOwnEventStore() {
    CaseStore store = new CaseManagementStore();
    SurveillanceCases cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());
    OrganisationCode trust = OrganisationCode.of("RH5");
    Actor director = Actor.of("A. Director", Role.ICB_DIRECTOR);

    Outcome placed = cases.submit(trust, TakeDecision.of(DecisionType.PLACE_ON_ENHANCED,
        LocalDate.of(2025, 3, 3), director, "Rising mortality and two never events"));
    Outcome refused = cases.submit(trust, TakeDecision.of(DecisionType.ESCALATE_TO_INTENSIVE,
        LocalDate.of(2025, 3, 4), director, "Not improving"));
    if (refused instanceof Rejected rejected) {                // accepted or rejected, a sealed pair
      System.out.println("refused: " + rejected.reason() + " (" + rejected.rule() + ")");
    }

    CaseFile file = cases.load(trust);
    AuditVerification.Result audit = AuditVerification.of(store).run();

    assertInstanceOf(Accepted.class, placed);
    assertInstanceOf(Rejected.class, refused, "only NHS England escalates to intensive");
    assertEquals(Level.ENHANCED, file.state().level());
    assertEquals(placed.events().size(), file.log().size(), "a rejection writes nothing");
    assertTrue(audit.intact(), audit.toString());
    assertEquals(1, new CaseDecisions(cases).decisions().size());
    CaseFile stale = file;
    cases.submit(trust, TakeDecision.of(DecisionType.CONFIRM_ENHANCED, LocalDate.of(2025, 3, 20),
        director, "Quality review meeting"));
    org.junit.jupiter.api.Assertions.assertThrows(CaseConflictException.class,
        () -> store.append(SurveillanceCases.caseId(trust), stale.state().version(),
            ImmutableList.of(SurveillanceCases.toStored(placed.events().get(0)))));
  }
}
