package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qsurv.app.Fixtures;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.CaseId;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/** {@code qsurv.jar}'s commands, run in this JVM against an H2 file in a temporary directory. */
class QsurvCommandTest {
  private Path dir;
  private String db;

  @BeforeEach
  void temporaryDatabase() {
    dir = TestDatabase.temporaryDirectory();
    db = "jdbc:h2:file:" + dir.resolve("qsurv");
  }

  @AfterEach
  void deleteIt() {
    TestDatabase.deleteRecursively(dir);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "import", "export", "demo", "verify-audit"})
  void everyCommandExplainsItselfWithHelp(String command) {
    Cli.Run run = Cli.run(command, "--help");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Usage: qsurv " + command), run.out());
    assertTrue(run.out().contains("Exit status"), run.out());
  }

  @Test
  void theRootHelpListsTheCommands() {
    Cli.Run run = Cli.run("--help");
    for (String command : List.of("serve", "import", "export", "demo", "verify-audit")) {
      assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
    }
    assertEquals(2, Cli.run("no-such-command").status());
  }

  @Test
  void demoWritesTheDemoDataSetAsASnapshotFile() throws IOException {
    Path file = dir.resolve("demo.json");
    Cli.Run run = Cli.run("demo", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("214 providers"), run.err());
    SnapshotReader.Result read = SnapshotReader.read(Files.readAllBytes(file));
    assertTrue(read.isValid(), read.problems().toString());
    assertEquals(SnapshotWriter.write(DemoDataSet.generate(DemoDataSet.DEFAULT_SEED).snapshot()),
        SnapshotWriter.write(read.snapshot()));
  }

  /**
   * The demo file keeps a decision by the wrong role so that {@code evaluate} shows a rejection
   * (003 Appendix 1); an import is all-or-nothing, so that file is refused whole, at the
   * decision's path. {@code --importable} leaves the attempt out, and the file imports and exports
   * back unchanged.
   */
  @Test
  void theDemoFileImportsWhenWrittenImportable() throws IOException {
    Path demo = dir.resolve("demo.json");
    assertEquals(0, Cli.run("demo", demo.toString()).status());
    Cli.Run refused = Cli.run("import", "--db", db, demo.toString());
    assertEquals(2, refused.status(), refused.out());
    // In date order the rejected attempt (2025-03-04) follows fourteen decisions.
    assertTrue(refused.err().contains("$.decisions[14]"), refused.err());
    assertTrue(refused.err().contains("nothing was written"), refused.err());

    Path importable = dir.resolve("importable.json");
    Cli.Run written = Cli.run("demo", "--importable", importable.toString());
    assertEquals(0, written.status(), written.err());
    Cli.Run imported = Cli.run("import", "--db", db, importable.toString());
    assertEquals(0, imported.status(), imported.err());
    Cli.Run exported = Cli.run("export", "--db", db, "snapshot", "--as-of", "2025-07-01");
    assertEquals(SnapshotWriter.write(DemoDataSet.generate(DemoDataSet.DEFAULT_SEED)
        .importableSnapshot()).strip(), exported.out().strip());
  }

  @Test
  void aBadFileGetsAFullValidationReportAndNothingIsWritten() throws IOException {
    assertEquals(0, Cli.run("import", "--db", db,
        write("s.json", SnapshotWriter.write(Fixtures.small())).toString()).status());
    Path bad = write("risks.csv", "id,title,domain,owner,likelihood,consequence\n"
        + "R-2,Falls,SAFE,Head of Quality,3,4\n"
        + "R-3,,SAFE,Head of Quality,7,4\n"
        + "R-4,Medicines,SAFETY,Head of Quality,3,x\n");
    Cli.Run run = Cli.run("import", "--db", db, bad.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(List.of(
        "Validation report for risks.csv (risks): 4 problems in 2 of 3 rows; nothing was written.",
        "  row 3, column title: is required",
        "  row 3, column likelihood, value \"7\": is not between 1 and 5",
        "  row 4, column domain, value \"SAFETY\": is not one of SAFE, EFFECTIVE, EXPERIENCE, "
            + "WELL_LED, SUSTAINABLE, EQUITABLE",
        "  row 4, column consequence, value \"x\": is not a whole number between 1 and 5"),
        run.err().lines().toList());
    Cli.Run risks = Cli.run("export", "--db", db, "risks");
    assertEquals(2, risks.out().lines().count(), "the header and R-1 only: " + risks.out());
  }

  @Test
  void aSnapshotGoesInAndComesOutTheSame() throws IOException {
    String json = SnapshotWriter.write(Fixtures.small());
    Cli.Run in = Cli.run("import", "--db", db, write("snapshot.json", json).toString());
    assertEquals(0, in.status(), in.err());
    assertTrue(in.out().contains("Imported 11 records in one transaction"), in.out());
    Cli.Run out = Cli.run("export", "--db", db, "snapshot", "--as-of", "2025-07-01");
    assertEquals(0, out.status(), out.err());
    // The store records triage, so what it exports is format 1.1 (an item without a triage is
    // untriaged); the rest is the file that went in, value for value.
    assertEquals(json.strip().replace("\"qsurv-snapshot/1\"", "\"qsurv-snapshot/1.1\""),
        out.out().strip());
    Cli.Run again = Cli.run("import", "--db", db, dir.resolve("snapshot.json").toString());
    assertTrue(again.out().contains("Nothing to write"), again.out());
  }

  @Test
  void theRiskRegisterExportsAsCsvThatImportsIntoAnotherDatabase() throws IOException {
    String snapshot = write("s.json", SnapshotWriter.write(Fixtures.small())).toString();
    Cli.Run in = Cli.run("import", "--db", db, snapshot);
    assertEquals(0, in.status(), in.err());
    Path csv = dir.resolve("register.csv");
    assertEquals(0, Cli.run("export", "--db", db, "risks", "-o", csv.toString()).status());
    assertTrue(Files.readString(csv).startsWith("id,provider,title,description,domain,"));

    String other = "jdbc:h2:file:" + dir.resolve("other");
    Path providersOnly = write("p.json", SnapshotWriter.write(
        org.qsurv.model.snapshot.Snapshot.builder().from(Fixtures.small())
            .risks(List.<org.qsurv.model.risk.Risk>of()).build()));
    assertEquals(0, Cli.run("import", "--db", other, providersOnly.toString()).status());
    Cli.Run imported = Cli.run("import", "--db", other, csv.toString());
    assertEquals(0, imported.status(), imported.err());
    assertEquals(Cli.run("export", "--db", db, "risks", "--format", "json").out(),
        Cli.run("export", "--db", other, "risks", "--format", "json").out());
  }

  /**
   * SNAPSHOT.md: the assessment export of the stored data as of a date is the assessment
   * {@code evaluate} gives for the snapshot export of that date, field for field.
   */
  @Test
  void theAssessmentExportIsTheEvaluationOfTheStoredSnapshot() throws IOException {
    assertEquals(0, Cli.run("import", "--db", db,
        write("s.json", SnapshotWriter.write(Fixtures.small())).toString()).status());
    Cli.Run snapshot = Cli.run("export", "--db", db, "snapshot", "--as-of", "2025-06-30",
        "-o", dir.resolve("stored.json").toString());
    assertEquals(0, snapshot.status(), snapshot.err());
    Cli.Run evaluated = Cli.run("evaluate", dir.resolve("stored.json").toString());
    assertEquals(0, evaluated.status(), evaluated.err());

    Cli.Run assessment = Cli.run("export", "--db", db, "assessment", "--as-of", "2025-06-30");
    assertEquals(0, assessment.status(), assessment.err());
    assertTrue(assessment.out().contains("\"providers\""), assessment.out());
    assertEquals(evaluated.out().strip(), assessment.out().strip());
    assertEquals(2, Cli.run("export", "--db", db, "assessment", "--format", "csv").status(),
        "an assessment is JSON only");
  }

  /** verify-audit prints each case's status and exits 3 when a chain is broken. */
  @Test
  void verifyAuditPrintsEachCaseAndTheFirstBrokenLink() throws Exception {
    Database.open(db, Optional.empty(), Optional.empty()).close();   // a new, empty database
    Cli.Run none = Cli.run("verify-audit", "--db", db);
    assertEquals(0, none.status(), none.err());
    assertEquals("No cases stored yet: nothing to verify.", none.out().strip());

    long events;
    try (Database database = Database.open(db, Optional.empty(), Optional.empty())) {
      var store = JdbcPorts.open(database, Cli.CLOCK).cases();
      var cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());
      var director = Actor.of("A. Director", Role.ICB_DIRECTOR);
      cases.submit(OrganisationCode.of("ZA1"), TakeDecision.of(DecisionType.PLACE_ON_ENHANCED,
          java.time.LocalDate.of(2025, 1, 14), director, "Rising mortality"));
      cases.submit(OrganisationCode.of("ZC1"), TakeDecision.of(DecisionType.PLACE_ON_ENHANCED,
          java.time.LocalDate.of(2023, 9, 12), director, "Out-of-area placements"));
      cases.submit(OrganisationCode.of("ZC1"), TakeDecision.of(DecisionType.CONFIRM_ENHANCED,
          java.time.LocalDate.of(2023, 10, 3), director, "Quality review meeting"));
      events = store.version(CaseId.of("ZA1")) + store.version(CaseId.of("ZC1"));
    }
    Cli.Run intact = Cli.run("verify-audit", "--db", db);
    assertEquals(0, intact.status(), intact.err());
    assertTrue(intact.out().contains("intact  ZA1") && intact.out().contains("intact  ZC1"),
        intact.out());
    assertTrue(intact.out().contains("Intact: 2 cases, " + events + " events"), intact.out());

    // Someone edits a recorded rationale behind the application's back.
    try (Database database = Database.open(db, Optional.empty(), Optional.empty());
        Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE case_event SET payload = REPLACE(payload, 'Quality review', "
          + "'Informal') WHERE case_id = 'ZC1' AND seq = 2");
    }
    Cli.Run broken = Cli.run("verify-audit", "--db", db);
    assertEquals(3, broken.status(), broken.out());
    assertTrue(broken.out().contains("intact  ZA1"), broken.out());
    assertTrue(broken.out().contains("BROKEN  ZC1"), broken.out());
    assertTrue(broken.out().contains("BROKEN: 1 of 2 cases; first: case ZC1, event 2: "),
        broken.out());
  }

  @Test
  void serveCreatesSeedsAndAnswersOnItsPort() throws Exception {
    ServeCommand serve = Cli.serve(new java.io.StringWriter(), "serve", "--port", "0", "--db", db);
    try (ServeCommand.Running running = serve.start()) {
      HttpClient http = HttpClient.newHttpClient();
      // Every page is behind sign-in: the overview sends a stranger to sign in.
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(running.uri()))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(303, page.statusCode());
      assertEquals("/sign-in", page.headers().firstValue("Location").orElse(""));
      assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(running.uri() + "sign-in"))
          .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals("ok\n", http.send(HttpRequest.newBuilder(URI.create(running.uri() + "health"))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(running.uri() + "nowhere"))
          .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }

  @Test
  void serveWithEmptyLeavesANewDatabaseEmpty() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    ServeCommand serve = Cli.serve(out, "serve", "--port", "0", "--empty", "--db", db);
    try (ServeCommand.Running running = serve.start()) {
      assertEquals("ok\n", HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(running.uri() + "health")).build(), HttpResponse.BodyHandlers.ofString())
          .body());
      // Nothing seeded, so no users and no sign-in passwords printed.
      assertTrue(out.toString().contains("listening on"), out.toString());
      assertTrue(!out.toString().contains("demo data set"), out.toString());
      assertTrue(!out.toString().contains("sign-in "), out.toString());
    }
  }

  /**
   * A serve that cannot listen stops before it opens the database: a first start would otherwise
   * create and seed it and print the demo passwords, which are shown only once, from a run that
   * then fails. Each case names what is wrong; nothing is created.
   */
  @Test
  void serveChecksItsAddressBeforeItCreatesTheDatabase() throws Exception {
    Cli.Run outOfRange = Cli.run("serve", "--port", "70000", "--db", db);
    assertEquals(2, outOfRange.status());
    assertTrue(outOfRange.err().contains("--port must be from 0 to 65535 but was 70000"),
        outOfRange.err());
    Cli.Run unresolved = Cli.run("serve", "--host", "no-such-host.invalid", "--port", "0",
        "--db", db);
    assertEquals(2, unresolved.status());
    assertTrue(unresolved.err().contains("--host must be an address of this machine but "
        + "no-such-host.invalid does not resolve"), unresolved.err());
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      Cli.Run busy = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--db",
          db);
      assertEquals(1, busy.status());
      assertTrue(busy.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()),
          busy.err());
      assertFalse(busy.out().contains("sign-in"), busy.out());
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "no database was created");
    }
  }

  /**
   * export and verify-audit only read: a --db that names no database, or a database qsurv never
   * created its schema in, is refused (exit 1, naming it), and nothing is created. Before, a typo
   * made a new, empty database, and verify-audit reported "nothing to verify" with exit 0.
   */
  @Test
  void theCommandsThatOnlyReadRefuseADatabaseThatDoesNotExist() throws Exception {
    for (String[] command : List.of(new String[] {"export", "risks"},
        new String[] {"export", "assessment"}, new String[] {"verify-audit"})) {
      List<String> args = new java.util.ArrayList<>(List.of(command));
      args.addAll(List.of("--db", db));
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertEquals(1, run.status(), String.join(" ", command) + ": " + run.out());
      assertTrue(run.err().contains("there is no database at " + db), run.err());
      assertEquals("", run.out());
    }
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "no database was created");
    }
    // An H2 database that exists but was never given qsurv's schema.
    java.sql.DriverManager.getConnection(db, "sa", "").close();
    Cli.Run empty = Cli.run("verify-audit", "--db", db);
    assertEquals(1, empty.status(), empty.out());
    assertTrue(empty.err().contains("holds no qsurv data"), empty.err());
  }

  /** A file that cannot be written is named with what is wrong with it, not only its name. */
  @Test
  void aFileThatCannotBeWrittenIsNamedWithTheReason() {
    Path nowhere = dir.resolve("no-such-directory").resolve("demo.json");
    Cli.Run run = Cli.run("demo", nowhere.toString());
    assertEquals(1, run.status());
    assertEquals("qsurv demo: " + nowhere + ": no such file or directory", run.err().strip());
  }

  private ServeCommand.Running serve(java.io.StringWriter out) {
    return Cli.serve(out, "serve", "--port", "0", "--db", db).start();
  }

  /**
   * Credentials are printed on first start and stored hashed with a slow KDF. The hashes
   * live in the user table (V4), so a restart prints no new passwords and the printed ones still
   * match what is stored.
   */
  @Test
  void thePasswordsPrintedOnFirstStartAreKeptHashedInTheDatabaseAcrossRestarts() throws Exception {
    java.io.StringWriter first = new java.io.StringWriter();
    serve(first).close();
    java.util.regex.Matcher line = java.util.regex.Pattern
        .compile("qsurv: sign-in  (\\S+) +(\\S+) ").matcher(first.toString());
    assertTrue(line.find(), first.toString());
    String user = line.group(1);
    String password = line.group(2);

    java.io.StringWriter second = new java.io.StringWriter();
    serve(second).close();
    assertTrue(!second.toString().contains("sign-in "), second.toString());

    try (Database database = Database.open(db, Optional.empty(), Optional.empty())) {
      String stored = JdbcPorts.passwordHashes(database).hash(user).orElseThrow();
      assertTrue(!stored.contains(password), "a hash, never the password");
      assertTrue(org.qsurv.app.web.security.PasswordHasher.owaspDefault()
          .verify(password.toCharArray(), stored));
    }
  }

  /**
   * Before V4 an H2 database kept its hashes in a properties file beside it; an upgrade moves them
   * into the user table, so nobody's password changes, and only users without one get a new one.
   */
  @Test
  void anUpgradeAdoptsTheHashesOfTheOldPasswordFile() throws Exception {
    try (Database database = Database.open(db, Optional.empty(), Optional.empty())) {
      org.qsurv.app.demo.DemoSeed.seedIfEmpty(JdbcPorts.open(database, Cli.CLOCK),
          DemoDataSet.DEFAULT_SEED, "test", (done, total) -> { });
    }
    org.qsurv.app.web.security.PasswordHasher hasher = org.qsurv.app.web.security.PasswordHasher
        .withIterations(org.qsurv.app.web.security.PasswordHasher.MINIMUM_ITERATIONS);
    String oldHash = hasher.hash("an-old-password".toCharArray());
    String someone;
    try (Database database = Database.open(db, Optional.empty(), Optional.empty())) {
      someone = JdbcPorts.open(database, Cli.CLOCK).directory().users().get(0).username();
    }
    write("qsurv.passwords", someone + "=" + oldHash + "\n");

    java.io.StringWriter out = new java.io.StringWriter();
    serve(out).close();

    assertTrue(out.toString().contains("1 password hashes moved from"), out.toString());
    assertTrue(!out.toString().contains("sign-in  " + someone + " "), out.toString());
    assertTrue(out.toString().contains("sign-in  "), "the other users get new passwords");
    try (Database database = Database.open(db, Optional.empty(), Optional.empty())) {
      assertEquals(Optional.of(oldHash), JdbcPorts.passwordHashes(database).hash(someone));
    }
  }
}
