package org.qsurv.app.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.app.reminder.DailyReminders;
import org.qsurv.app.reminder.ReminderRun;
import org.qsurv.scoring.reminder.ReminderPolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.security.SecureRandom;
import java.time.Duration;
import org.qsurv.app.api.ApiRateLimit;
import org.qsurv.app.api.ApiSettings;
import org.qsurv.app.api.ApiTokenAdmin;
import org.qsurv.app.demo.DemoSeed;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.oidc.OidcSignIn;
import org.qsurv.app.ops.HealthCheck;
import org.qsurv.app.port.ApiTokens;
import org.qsurv.app.port.Ports;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;
import org.qsurv.app.web.security.PasswordHasher;

/**
 * The web application on the demo data set in an in-memory H2 database, served on 127.0.0.1 at a
 * free port, with a small HTTP client that keeps a session cookie and the CSRF token.
 */
final class TestApp implements AutoCloseable {
  /** The demo data set's "today", 1 July 2025, at noon. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);

  final Database database;
  final Ports ports;
  /** The board pack archive the Board packs page lists. */
  org.qsurv.app.port.BoardPackArchive boardPacks;
  final WebApplication app;
  final WebServer server;
  final Map<String, String> passwords = new HashMap<>();
  /** The JSON API's tokens and call audit. */
  final ApiTokens apiTokens;
  private final ApiTokenAdmin tokenAdmin;

  TestApp() {
    this(WebSettings.defaults());
  }

  /** The application deployed as {@code settings} say. */
  TestApp(WebSettings settings) {
    this(settings, Optional.empty());
  }

  /** The application deployed as {@code settings} say, with single sign-on by {@code oidc}. */
  TestApp(WebSettings settings, Optional<OidcSignIn> oidc) {
    this(settings, oidc, MAX_API_BODY_BYTES);
  }

  /** The JSON API's body limit in tests: 1 MiB, so that a test can send a larger body. */
  static final int MAX_API_BODY_BYTES = 1024 * 1024;

  /**
   * The application deployed as {@code settings} say, with single sign-on by {@code oidc} and the
   * JSON API reading bodies up to {@code maxApiBodyBytes}.
   */
  TestApp(WebSettings settings, Optional<OidcSignIn> oidc, int maxApiBodyBytes) {
    this(settings, oidc, maxApiBodyBytes,
        PolicyProfiles.nhsDefaults());
  }

  /** The application evaluating everything under {@code profile}, as {@code serve --profile}. */
  TestApp(PolicyProfile profile) {
    this(WebSettings.defaults(), Optional.empty(), MAX_API_BODY_BYTES, profile);
  }

  /**
   * The application deployed as {@code settings} say, with single sign-on by {@code oidc}, the
   * JSON API reading bodies up to {@code maxApiBodyBytes}, and everything evaluated under {@code
   * profile} (default {@code nhs-defaults}).
   */
  TestApp(WebSettings settings, Optional<OidcSignIn> oidc, int maxApiBodyBytes,
      PolicyProfile profile) {
    this(settings, oidc, maxApiBodyBytes, profile, UNLIMITED, UnaryOperator.identity());
  }

  /**
   * The JSON API's rate limit in tests of other rules: the most the server allows, so that a test
   * calling every route with one token is not refused; ApiRateLimitTest tests the limit.
   */
  static final ApiRateLimit UNLIMITED = ApiRateLimit.of(10_000, 100_000);

  /** The application with each API token limited to {@code rateLimit}. */
  TestApp(ApiRateLimit rateLimit) {
    this(WebSettings.defaults(), Optional.empty(), MAX_API_BODY_BYTES,
        PolicyProfiles.nhsDefaults(), rateLimit, UnaryOperator.identity());
  }

  /**
   * The application whose Board packs page keeps its packs in {@code archive} of the database's
   * archive, for a test that stands in the way of one (the archive named {@link #boardPacks} is
   * the database's).
   */
  TestApp(UnaryOperator<org.qsurv.app.port.BoardPackArchive> archive) {
    this(WebSettings.defaults(), Optional.empty(), MAX_API_BODY_BYTES,
        PolicyProfiles.nhsDefaults(), UNLIMITED, archive);
  }

  /**
   * The application deployed as {@code settings} say, with single sign-on by {@code oidc}, the
   * JSON API reading bodies up to {@code maxApiBodyBytes} and limiting each token to {@code
   * rateLimit}, everything evaluated under {@code profile}, and the board packs kept in {@code
   * archive} of the database's archive.
   */
  TestApp(WebSettings settings, Optional<OidcSignIn> oidc, int maxApiBodyBytes,
      PolicyProfile profile, ApiRateLimit rateLimit,
      UnaryOperator<org.qsurv.app.port.BoardPackArchive> archive) {
    database = Database.open("jdbc:h2:mem:web-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        Optional.empty(), Optional.empty());
    ports = JdbcPorts.open(database, CLOCK, profile.escalation());
    DemoSeed.seedIfEmpty(ports, org.qsurv.app.demo.DemoDataSet.DEFAULT_SEED, "test",
        (done, total) -> { });
    PasswordHasher hasher = PasswordHasher.withIterations(PasswordHasher.MINIMUM_ITERATIONS);
    DemoAccounts accounts = DemoAccounts.open(ports.directory(), JdbcPorts.passwordHashes(database), hasher,
        (user, password) -> passwords.put(user.username(), password));
    apiTokens = JdbcPorts.apiTokens(database);
    tokenAdmin = new ApiTokenAdmin(apiTokens, ports.directory(), CLOCK, new SecureRandom());
    boardPacks = JdbcPorts.boardPacks(database);
    WebApplication.Builder web = WebApplication.builder(ports, accounts, hasher)
        .dataVersion(JdbcPorts.dataVersion(database)).settings(settings)
        .health(new HealthCheck(database::ping, HealthCheck.DEFAULT_TIMEOUT))
        .api(new ApiSettings(apiTokens, maxApiBodyBytes, rateLimit)).profile(profile)
        .boardPacks(archive.apply(boardPacks));
    oidc.ifPresent(web::singleSignOn);
    app = web.build();
    ReminderOutbox outbox = JdbcPorts.reminderOutbox(database);
    new DailyReminders(ports, outbox, ReminderPolicy.nhsDefaults()).run();
    app.showReminders(outbox, Optional.of(ReminderRun.NO_MAIL));
    server = app.start(new InetSocketAddress("127.0.0.1", 0));
  }

  String base() {
    return "http://127.0.0.1:" + server.address().getPort();
  }

  /** A new API token's secret, valid for 30 days from the test clock's now. */
  String apiToken(String name, Role role, OrganisationCode organisation) {
    return tokenAdmin.create(name, role, organisation, Duration.ofDays(30)).secret();
  }

  /** The administrator's view of the API tokens. */
  ApiTokenAdmin tokenAdmin() {
    return tokenAdmin;
  }

  Client anonymous() {
    return new Client(base());
  }

  /** A client signed in as {@code userName}. */
  Client signIn(String userName) throws IOException, InterruptedException {
    Client c = new Client(base());
    HttpResponse<String> form = c.get("/sign-in");
    c.csrf = Client.csrfIn(form.body()).orElseThrow();
    HttpResponse<String> r = c.post("/sign-in", Map.of("username", userName, "password",
        passwords.get(userName)));
    if (r.statusCode() != 303) {
      throw new AssertionError("sign-in as " + userName + " answered " + r.statusCode());
    }
    HttpResponse<String> landing = c.get(r.headers().firstValue("Location").orElseThrow());
    c.csrf = Client.csrfIn(landing.body()).orElseThrow();
    return c;
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }

  /** A browser-like client: one cookie, no redirects followed. */
  static final class Client {
    private static final Pattern CSRF = Pattern.compile(
        "name=\"csrf-token\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    String cookie = "";
    String csrf = "";
    /** Sent as {@code X-Forwarded-For} when not empty. */
    String forwardedFor = "";

    Client(String base) {
      this.base = base;
    }

    static Optional<String> csrfIn(String html) {
      Matcher m = CSRF.matcher(html);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts {@code fields} and this session's CSRF token (if it has one). */
    HttpResponse<String> post(String path, Map<String, String> fields)
        throws IOException, InterruptedException {
      Map<String, String> all = new LinkedHashMap<>(fields);
      if (!csrf.isEmpty()) {
        all.putIfAbsent("csrf-token", csrf);
      }
      return postRaw(path, all);
    }

    HttpResponse<String> postRaw(String path, Map<String, String> fields)
        throws IOException, InterruptedException {
      String body = fields.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
              + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
        throws IOException, InterruptedException {
      if (!cookie.isEmpty()) {
        request.header("Cookie", cookie);
      }
      if (!forwardedFor.isEmpty()) {
        request.header("X-Forwarded-For", forwardedFor);
      }
      HttpResponse<String> r = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      r.headers().allValues("Set-Cookie").forEach(c -> {
        String pair = c.split(";", 2)[0];
        cookie = pair.endsWith("=") ? "" : pair;
      });
      return r;
    }
  }
}
