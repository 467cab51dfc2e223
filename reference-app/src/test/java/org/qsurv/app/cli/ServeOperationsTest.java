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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsurv.app.QsurvMain;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What an operator needs from {@code qsurv serve}: every option also from an environment variable
 * (the option winning), a bad value named by where it came from, and a {@code /health} that says
 * 503 when the database is gone.
 */
class ServeOperationsTest {
  @TempDir
  Path dir;

  private String db() {
    return "jdbc:h2:file:" + dir.resolve("qsurv");
  }

  /** A container or a service unit configures by environment: so every option has a variable. */
  @Test
  void everyServeOptionNamesItsEnvironmentVariableInItsHelp() {
    CommandLine serve = new CommandLine(new QsurvCommand(Cli.CLOCK, false))
        .getSubcommands().get("serve");
    List<String> missing = new ArrayList<>();
    for (OptionSpec option : serve.getCommandSpec().options()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      String expected = "QSURV_" + option.longestName().substring(2).toUpperCase()
          .replace('-', '_');
      String variable = EnvironmentDefaults.variable(option).orElse("none");
      if (!variable.equals(expected) && !(option.longestName().equals("--db")
          && variable.equals("QSURV_DB_URL"))) {
        missing.add(option.longestName() + " names " + variable);
      }
    }
    assertTrue(missing.isEmpty(), missing.toString());
  }

  @Test
  void theEnvironmentVariableSetsTheDefaultThatHelpShows() throws Exception {
    Child run = qsurv(Map.of("QSURV_PORT", "9191", "QSURV_LOG_FORMAT", "json"), "serve", "--help");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("(default: 9191;"), run.out());
    assertTrue(run.out().contains("(default: json)"), run.out());
  }

  /**
   * An issuer whose discovery document cannot be fetched stops {@code serve} at start with exit
   * status 2 and the reason, before the database is created: it never serves a sign-in page whose
   * single sign-on cannot work.
   */
  @Test
  void anIssuerThatCannotBeReachedStopsServeAtStartWithExit2() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Cli.Run run = Cli.run("serve", "--port", "0", "--db", db(), "--oidc-issuer",
        "http://127.0.0.1:" + closed + "/tenant", "--oidc-client-id", "qsurv", "--oidc-role-map",
        "qsurv.lead=ICB_QUALITY_LEAD");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("single sign-on cannot start with --oidc-issuer http://127.0.0.1:"
        + closed + "/tenant: cannot reach the discovery document"), run.err());
    assertFalse(run.out().contains("listening on"), run.out());
    assertFalse(java.nio.file.Files.exists(dir.resolve("qsurv.mv.db")), "no database created");
  }

  @Test
  void aBadValueFromTheEnvironmentExits2NamingTheVariableAndTheValue() throws Exception {
    Child notANumber = qsurv(Map.of("QSURV_PORT", "http"), "serve", "--db", db());
    assertEquals(2, notANumber.status(), notANumber.err());
    assertTrue(notANumber.err().contains("'http'"), notANumber.err());
    assertTrue(notANumber.err().contains("environment variable QSURV_PORT"), notANumber.err());

    Child outOfRange = qsurv(Map.of("QSURV_PORT", "70000"), "serve", "--db", db());
    assertEquals(2, outOfRange.status(), outOfRange.err());
    assertTrue(outOfRange.err().contains("environment variable QSURV_PORT must be from 0 to "
        + "65535 but was 70000"), outOfRange.err());

    Child badFormat = qsurv(Map.of("QSURV_LOG_FORMAT", "xml"), "serve", "--db", db());
    assertEquals(2, badFormat.status(), badFormat.err());
    assertTrue(badFormat.err().contains("'xml'"), badFormat.err());
    assertTrue(badFormat.err().contains("QSURV_LOG_FORMAT"), badFormat.err());
  }

  @Test
  void theOptionWinsOverItsVariableAndABadOptionIsNamedAsTheOption() throws Exception {
    Child run = qsurv(Map.of("QSURV_PORT", "70000", "QSURV_DB_POOL_SIZE", "0"), "serve",
        "--port", "80000", "--db", db());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("--port must be from 0 to 65535 but was 80000"), run.err());
    assertFalse(run.err().contains("environment variable QSURV_PORT"), run.err());

    Child pool = qsurv(Map.of("QSURV_DB_POOL_SIZE", "0"), "serve", "--port", "0", "--db", db());
    assertEquals(2, pool.status(), pool.err());
    assertTrue(pool.err().contains("environment variable QSURV_DB_POOL_SIZE must be from 1 to "
        + "100 but was 0"), pool.err());
  }

  /**
   * The reminders' mail options are checked before the database is created: a relay without a
   * sender or mailbox, an address that is not one, a port out of range or a time of day that is
   * not one stops {@code serve} with exit status 2 naming the option and the value (H35: a
   * mistyped address would otherwise lose every digest); so does a board pack cadence that is not
   * one (H55: a mistyped schedule would otherwise make no pack).
   */
  @Test
  void badReminderMailOptionsStopServeNamingTheOptionAndValue() {
    String[][] probes = {
        {"--smtp-from is required with --smtp-host relay.example", "--smtp-host",
            "relay.example", "--reminders-to", "team@icb.example"},
        {"--reminders-to is required with --smtp-host relay.example", "--smtp-host",
            "relay.example", "--smtp-from", "qsurv@icb.example"},
        {"--smtp-from must be an e-mail address but was \"qsurv at icb\"", "--smtp-host",
            "relay.example", "--smtp-from", "qsurv at icb", "--reminders-to", "team@icb.example"},
        {"--reminders-to must be an e-mail address but was \"team@\"", "--smtp-host",
            "relay.example", "--smtp-from", "qsurv@icb.example", "--reminders-to", "team@"},
        {"--smtp-port must be from 1 to 65535 but was 0", "--smtp-host", "relay.example",
            "--smtp-port", "0", "--smtp-from", "qsurv@icb.example", "--reminders-to",
            "team@icb.example"},
        {"--reminders-at must be a time of day as HH:MM but was 25:00", "--reminders-at",
            "25:00"},
        {"--board-packs must be off, bimonthly or daily but was weekly", "--board-packs",
            "weekly"}};
    for (String[] probe : probes) {
      List<String> args = new java.util.ArrayList<>(List.of("serve", "--port", "0", "--db",
          db()));
      args.addAll(List.of(probe).subList(1, probe.length));
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertEquals(2, run.status(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().contains(probe[0]), run.err());
      assertFalse(run.out().contains("listening on"), run.out());
    }
    assertFalse(java.nio.file.Files.exists(dir.resolve("qsurv.mv.db")), "no database created");
  }

  /**
   * {@code /health} checks the database: 200 {@code ok} while it answers, 503 once it is gone,
   * naming no internal detail (the URL, the driver's message) to whoever asks.
   */
  @Test
  void healthIs503WhenTheDatabaseIsDown() throws Exception {
    CommandLine cli = new CommandLine(new QsurvCommand(Cli.CLOCK, false));
    cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
    ServeCommand serve = (ServeCommand) cli.parseArgs("serve", "--port", "0", "--empty", "--db",
        db()).subcommand().commandSpec().userObject();
    try (ServeCommand.Running running = serve.start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest health = HttpRequest.newBuilder(URI.create(running.uri() + "health")).build();
      HttpResponse<String> up = http.send(health, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, up.statusCode());
      assertEquals("ok\n", up.body());

      running.database().close();
      HttpResponse<String> down = http.send(health, HttpResponse.BodyHandlers.ofString());
      assertEquals(503, down.statusCode(), down.body());
      assertEquals("unavailable: database unavailable\n", down.body());
    }
  }

  /** What a child {@code qsurv} printed, and its exit status. */
  record Child(int status, String out, String err) {}

  /** Runs {@code qsurv} in a child JVM with {@code environment} added to this one's. */
  private Child qsurv(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), QsurvMain.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("QSURV_"));
    builder.environment().putAll(environment);
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    Process child = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("qsurv " + String.join(" ", args) + " did not stop");
    }
    return new Child(child.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
        java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
  }
}
