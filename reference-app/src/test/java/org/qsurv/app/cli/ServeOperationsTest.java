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
      // Two names say more than the rule: the database's URL, and the owners' addresses, which
      // one variable holds all of (separated by ;) where the option is given once for each.
      if (!variable.equals(expected) && !(option.longestName().equals("--db")
          && variable.equals("QSURV_DB_URL")) && !(option.longestName().equals(
              "--reminder-address") && variable.equals("QSURV_REMINDER_ADDRESSES"))) {
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
   * mistyped address would otherwise lose every digest), as does an owner's address that is not
   * {@code OWNER=ADDRESS} with an e-mail address or names an owner twice (H48: the digest would
   * go to a mailbox nobody meant); so does a board pack cadence that is not one (H55: a mistyped
   * schedule would otherwise make no pack), and an API rate limit out of range (H59).
   */
  @Test
  void badReminderMailOptionsStopServeNamingTheOptionAndValue() {
    String[][] probes = {
        {"--smtp-from is required with --smtp-host relay.example", "--smtp-host",
            "relay.example", "--reminders-to", "team@icb.example"},
        {"--reminders-to or at least one --reminder-address is required with --smtp-host "
            + "relay.example", "--smtp-host", "relay.example", "--smtp-from", "qsurv@icb.example"},
        {"--reminder-address must be OWNER=ADDRESS but was \"Deputy Chief Nurse\"",
            "--reminder-address", "Deputy Chief Nurse"},
        {"--reminder-address must name an owner before = but was \"=dcn@icb.example\"",
            "--smtp-host", "relay.example", "--smtp-from", "qsurv@icb.example",
            "--reminder-address", "=dcn@icb.example"},
        {"--reminder-address must give Deputy Chief Nurse an e-mail address but was \"Deputy "
            + "Chief Nurse=dcn@\"", "--reminder-address", "Deputy Chief Nurse=dcn@"},
        {"--reminder-address names Deputy Chief Nurse twice: \"Deputy Chief Nurse=b@icb.example"
            + "\" after Deputy Chief Nurse=a@icb.example", "--reminders-to", "team@icb.example",
            "--reminder-address", "Deputy Chief Nurse=a@icb.example", "--reminder-address",
            "Deputy Chief Nurse=b@icb.example"},
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
            "weekly"},
        {"--api-requests-per-second must be from 1 to 10000 but was 0",
            "--api-requests-per-second", "0"},
        {"--api-request-burst must be from 1 to 100000 but was 100001", "--api-request-burst",
            "100001"}};
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
   * {@code serve --profile NAME} runs the server under that profile (hazard H44; 001 §7.0-7.1 for
   * the Cannock Chase profile): it says so at start and on every page.
   */
  @Test
  void serveRunsUnderTheProfileItIsGiven() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    ServeCommand serve = Cli.serve(out, "serve", "--port", "0", "--empty", "--db", db(),
        "--profile", "cannock-chase-qs-2012");
    try (ServeCommand.Running running = serve.start()) {
      assertTrue(out.toString().contains("qsurv: evaluating under the policy profile "
          + "cannock-chase-qs-2012 (Cannock Chase CCG Quality Strategy 2012)"), out.toString());
      HttpResponse<String> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(running.uri() + "sign-in")).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(signIn.body().contains("Evaluated under the policy profile Cannock Chase CCG "
          + "Quality Strategy 2012 (<code>cannock-chase-qs-2012</code>)."), signIn.body());
    }
  }

  /**
   * The daily reminders follow the profile's review rule: under {@code dorset-qf-2018} every risk
   * is reviewed at least monthly (000 §6.5); under {@code nhs-defaults} the reminders' policy is
   * the national one (004 §4.4, §4.3).
   */
  @Test
  void theRemindersFollowTheProfilesReviewRule() {
    assertEquals(org.qsurv.scoring.risk.RiskReviewPolicy.monthly(), ServeCommand.reminderPolicy(
        org.qsurv.evaluation.PolicyProfiles.named("dorset-qf-2018").orElseThrow()).riskReview());
    assertEquals(org.qsurv.scoring.reminder.ReminderPolicy.nhsDefaults(),
        ServeCommand.reminderPolicy(org.qsurv.evaluation.PolicyProfiles.named("nhs-defaults")
            .orElseThrow()));
  }

  /**
   * An unknown profile is a usage error, as for {@code evaluate --profile}: exit status 2, the
   * profiles listed, and the server does not start (no database is created).
   */
  @Test
  void anUnknownProfileStopsServeWithExit2ListingTheProfiles() {
    Cli.Run run = Cli.run("serve", "--port", "0", "--db", db(), "--profile", "cannock");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("--profile cannock is not a profile; the profiles are:"
        + " nhs-defaults, somerset-qaif-2025, halton-warrington-qsif-2020, dorset-qf-2018,"
        + " cannock-chase-qs-2012, lewisham-qaf"), run.err());
    assertFalse(run.out().contains("listening on"), run.out());
    assertFalse(java.nio.file.Files.exists(dir.resolve("qsurv.mv.db")), "no database created");
  }

  /**
   * QSURV_PROFILE sets the profile when the option is not given: the help shows it as the
   * default, and an unknown name is refused naming the variable.
   */
  @Test
  void theProfileComesFromQsurvProfileWhenTheOptionIsNotGiven() throws Exception {
    Child help = qsurv(Map.of("QSURV_PROFILE", "dorset-qf-2018"), "serve", "--help");
    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().contains("default dorset-qf-2018"), help.out());

    Child unknown = qsurv(Map.of("QSURV_PROFILE", "dorset"), "serve", "--port", "0", "--db",
        db());
    assertEquals(2, unknown.status(), unknown.err());
    assertTrue(unknown.err().contains("environment variable QSURV_PROFILE dorset is not a"
        + " profile; the profiles are: nhs-defaults,"), unknown.err());
    assertFalse(unknown.out().contains("listening on"), unknown.out());
  }

  /**
   * QSURV_REMINDER_ADDRESSES holds every owner's address, separated by {@code ;}: each entry is
   * checked on its own, and a bad one is refused naming the variable and the entry (H48).
   */
  @Test
  void theOwnersAddressesComeFromOneVariableSeparatedBySemicolons() throws Exception {
    Child run = qsurv(Map.of("QSURV_REMINDER_ADDRESSES",
        "Deputy Chief Nurse=dcn@icb.example;Estates Lead"), "serve", "--port", "0", "--db", db());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("environment variable QSURV_REMINDER_ADDRESSES must be "
        + "OWNER=ADDRESS but was \"Estates Lead\""), run.err());
    assertFalse(run.out().contains("listening on"), run.out());
    assertFalse(java.nio.file.Files.exists(dir.resolve("qsurv.mv.db")), "no database created");
  }

  /**
   * {@code /health} checks the database: 200 {@code ok} while it answers, 503 once it is gone,
   * naming no internal detail (the URL, the driver's message) to whoever asks.
   */
  @Test
  void healthIs503WhenTheDatabaseIsDown() throws Exception {
    ServeCommand serve = Cli.serve(new java.io.StringWriter(), "serve", "--port", "0", "--empty",
        "--db", db());
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
