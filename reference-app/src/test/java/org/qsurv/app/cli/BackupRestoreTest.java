package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsurv.app.audit.AuditVerification;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.app.demo.DemoSeed;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.Ports;

/**
 * The backup and restore of docs/operations.md, done as an operator would: a copy taken, restored
 * into a new database, and the audit chains of every escalation case still verify there, event for
 * event, as they did in the original. H2 through {@code qsurv backup} and H2's {@code RunScript};
 * PostgreSQL through {@code pg_dump} and {@code psql} where a test PostgreSQL is set.
 */
class BackupRestoreTest {
  private Path dir;

  @BeforeEach
  void temporaryDirectory() {
    dir = TestDatabase.temporaryDirectory();
  }

  @AfterEach
  void deleteIt() {
    TestDatabase.deleteRecursively(dir);
  }

  @Test
  void anH2BackupRestoresIntoANewDatabaseWhoseAuditChainsVerify() throws Exception {
    String original = "jdbc:h2:file:" + dir.resolve("original/qsurv");
    AuditVerification.Result before = seedAndVerify(original);

    Path backup = dir.resolve("qsurv-backup.sql");
    Cli.Run run = Cli.run("backup", "--db", original, backup.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(2, Cli.run("backup", "--db", original, backup.toString()).status(),
        "a second backup to the same file is refused: no backup is overwritten");

    String restored = "jdbc:h2:file:" + dir.resolve("restored/qsurv");
    new RunScript().runTool("-url", restored, "-user", "sa", "-script", backup.toString());

    Cli.Run verify = Cli.run("verify-audit", "--db", restored);
    assertEquals(0, verify.status(), verify.out() + verify.err());
    assertEquals(Cli.run("verify-audit", "--db", original).out(), verify.out());
    assertEquals(before, verified(restored));
  }

  @Test
  void aPostgresqlDumpRestoresAndItsAuditChainsVerify() throws Exception {
    Assumptions.assumeTrue(TestDatabase.postgresUrl().isPresent(),
        TestDatabase.POSTGRES_URL_VARIABLE + " is not set");
    Optional<Path> bin = postgresBin();
    Assumptions.assumeTrue(bin.isPresent(), "pg_dump and psql are not installed");
    try (TestDatabase db = TestDatabase.postgres()) {
      AuditVerification.Result before = seedAndVerify(db.url());
      db.release();
      URI uri = URI.create(db.url().substring("jdbc:".length()));
      Map<String, String> query = query(uri.getRawQuery());
      String schema = query.get("currentSchema");
      Path dump = dir.resolve("qsurv.sql");
      postgres(bin.get().resolve("pg_dump"), uri, query, "--schema=" + schema, "--no-owner",
          "--file=" + dump);
      postgres(bin.get().resolve("psql"), uri, query, "--quiet", "--set=ON_ERROR_STOP=1",
          "--command=DROP SCHEMA " + schema + " CASCADE");
      postgres(bin.get().resolve("psql"), uri, query, "--quiet", "--set=ON_ERROR_STOP=1",
          "--file=" + dump);
      assertEquals(before, verified(db.url()));
    }
  }

  /** Fills the database with the demo data set (whose cases have audit chains) and verifies it. */
  private static AuditVerification.Result seedAndVerify(String url) {
    try (Database db = Database.open(url, Optional.empty(), Optional.empty())) {
      Ports ports = JdbcPorts.open(db, Cli.CLOCK);
      DemoSeed.seedIfEmpty(ports, DemoDataSet.DEFAULT_SEED, "test", (done, total) -> { });
    }
    AuditVerification.Result result = verified(url);
    assertTrue(result.intact() && result.events() > 0, result.toString());
    return result;
  }

  private static AuditVerification.Result verified(String url) {
    try (Database db = Database.openExisting(url, Optional.empty(), Optional.empty())) {
      return AuditVerification.of(JdbcPorts.open(db, Clock.systemUTC()).cases()).run();
    }
  }

  private static Optional<Path> postgresBin() {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_dump")))
          .max(Comparator.comparing(Path::toString));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  private void postgres(Path tool, URI uri, Map<String, String> query, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(tool.toString(), "--host=" + uri.getHost(),
        "--port=" + uri.getPort(), "--username=" + query.get("user"),
        "--dbname=" + uri.getPath().substring(1)));
    command.addAll(List.of(args));
    File log = dir.resolve("postgres-tool.log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log);
    builder.environment().put("PGPASSWORD", query.getOrDefault("password", ""));
    Process process = builder.start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), tool + " did not finish");
    assertEquals(0, process.exitValue(), tool + ": " + Files.readString(log.toPath()));
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : rawQuery.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1],
          java.nio.charset.StandardCharsets.UTF_8) : "");
    }
    return fields;
  }
}
