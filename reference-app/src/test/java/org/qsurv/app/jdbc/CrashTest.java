package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.qsurv.app.Fixtures;
import org.qsurv.app.audit.AuditVerification;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.escalation.policy.EscalationPolicy;

/**
 * Killing the process at any moment loses no committed decision and leaves no partial import;
 * this test shows both with a real {@code kill -9} of a child JVM. The child is a separate JVM
 * on the test classpath ({@link CrashChild}); it is killed with SIGKILL while it writes.
 */
class CrashTest {
  private static final int PROVIDERS = 1_000;
  private static final int INDICATORS = 20;
  private static final int MONTHS = 25;

  @OnEveryDatabase
  void aProcessKilledInTheMiddleOfALargeImportLeavesNoPartOfIt(DatabaseKind kind)
      throws Exception {
    Path dir = TestDatabase.temporaryDirectory();
    try (TestDatabase db = kind.open()) {
      Ports ports = JdbcPorts.open(db.database(), Clock.systemUTC());
      Importer importer = new Importer(ports);
      ImportPlan skeleton = importer.plan(Fixtures.skeleton(PROVIDERS, INDICATORS), "skeleton",
          "tester");
      importer.write(skeleton, Progress.none());
      Path csv = Fixtures.observationsCsv(dir.resolve("large.csv"), PROVIDERS, INDICATORS,
          MONTHS);
      db.release();

      Process child = start(dir, "import", db.url(), csv.toString());
      List<String> seen = new ArrayList<>();
      // Kill as soon as the first batch has gone to the database (500 blocks, 250,000
      // observations), while the child holds the transaction open: 250,000 are still to go.
      boolean caught = readUntil(child, seen, line -> line.startsWith("PROGRESS")
          && Long.parseLong(line.split(" ")[1]) > PROVIDERS + INDICATORS);
      assertTrue(caught, "the child never got to writing: " + seen + "\n" + log(dir));
      killMinus9(child);
      drain(child, seen);

      assertEquals(137, child.exitValue(), "the child died of SIGKILL (128 + 9)");
      assertFalse(seen.contains("COMMITTED"), "the kill came before the commit: " + seen);
      Ports after = JdbcPorts.open(db.database(), Clock.systemUTC());
      assertEquals(0, after.observations().observationCount(), "no row of the import is left");
      assertEquals(1, count(db, "import_log"), "only the skeleton's import is logged");
      assertEquals(PROVIDERS, after.directory().providers().size(), "earlier data is intact");
      // The database is whole and writable: the same rows import cleanly now.
      ImportPlan again = new Importer(after).plan("small.csv", java.util.Optional.empty(),
          Files.newInputStream(Fixtures.observationsCsv(dir.resolve("small.csv"), 2, 2, 2)),
          "tester");
      assertTrue(again.isValid(), again.problems().toString());
      new Importer(after).write(again, Progress.none());
      assertEquals(8, after.observations().observationCount());
    } finally {
      TestDatabase.deleteRecursively(dir);
    }
  }

  @OnEveryDatabase
  void aProcessKilledWhileDecidingLosesNoCommittedDecision(DatabaseKind kind) throws Exception {
    Path dir = TestDatabase.temporaryDirectory();
    CaseId id = CaseId.of("ZA1");
    try (TestDatabase db = kind.open()) {
      db.release();
      Process child = start(dir, "decide", db.url(), id.value());
      List<String> seen = new ArrayList<>();
      boolean caught = readUntil(child, seen, line -> line.startsWith("COMMITTED ")
          && Long.parseLong(line.split(" ")[1]) >= 40);
      assertTrue(caught, "the child never committed 40 events: " + seen + "\n" + log(dir));
      killMinus9(child);
      drain(child, seen);
      assertEquals(137, child.exitValue(), "the child died of SIGKILL (128 + 9)");

      String[] last = seen.stream().filter(l -> l.startsWith("COMMITTED ")).reduce((a, b) -> b)
          .orElseThrow().split(" ");
      long reported = Long.parseLong(last[1]);
      Ports after = JdbcPorts.open(db.database(), Clock.systemUTC());
      long version = after.cases().version(id);
      // Every append the child saw committed is there; at most one more committed unreported.
      assertTrue(version == reported || version == reported + 1,
          "reported " + reported + ", stored " + version);
      assertEquals(version, after.cases().events(id).size());
      assertEquals(last[2], after.cases().events(id).get((int) reported - 1).hash());
      assertTrue(AuditVerification.of(after.cases()).run().intact(),
          "no partial append: every stored event chains and its hash is its content's");
      CaseFile file = new SurveillanceCases(after.cases(), EscalationPolicy.nhsDefaults())
          .load(org.qsurv.model.organisation.OrganisationCode.of("ZA1"));
      assertEquals(version, file.state().version(), "the stored log replays to the whole case");
      assertEquals(last[2], file.log().get((int) reported - 1).hash());
    } finally {
      TestDatabase.deleteRecursively(dir);
    }
  }

  private static Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx1g",
        CrashChild.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(dir.resolve("child.log").toFile()).start();
  }

  /** Reads the child's lines until one matches; false if the child ended first. */
  private static boolean readUntil(Process child, List<String> seen, Predicate<String> trigger)
      throws IOException {
    BufferedReader out = reader(child);
    String line;
    while ((line = out.readLine()) != null) {
      seen.add(line);
      if (trigger.test(line)) {
        return true;
      }
    }
    return false;
  }

  /** The lines the child printed before it died, which were still in the pipe. */
  private static void drain(Process child, List<String> seen) throws IOException {
    BufferedReader out = reader(child);
    String line;
    while ((line = out.readLine()) != null) {
      seen.add(line);
    }
  }

  private static BufferedReader reader(Process child) {
    return new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8));
  }

  /** {@code kill -9 PID}: SIGKILL, which the child can neither catch nor clean up after. */
  private static void killMinus9(Process child) throws Exception {
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start();
    assertEquals(0, kill.waitFor(), "kill -9 " + child.pid());
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child is gone");
  }

  private static long count(TestDatabase db, String table) throws SQLException {
    try (Connection c = db.database().dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String log(Path dir) throws IOException {
    Path log = dir.resolve("child.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
