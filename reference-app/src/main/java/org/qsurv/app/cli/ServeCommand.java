package org.qsurv.app.cli;

import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.qsurv.app.api.ApiRateLimit;
import org.qsurv.app.api.ApiSettings;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.app.demo.DemoSeed;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.oidc.OidcException;
import org.qsurv.app.oidc.OidcSettings;
import org.qsurv.app.oidc.OidcSignIn;
import org.qsurv.app.ops.BoardPackSchedule;
import org.qsurv.app.ops.DailySchedule;
import org.qsurv.app.ops.HealthCheck;
import org.qsurv.app.ops.LogFormat;
import org.qsurv.app.ops.Logging;
import org.qsurv.app.port.BoardPackArchive;
import org.qsurv.app.port.ImportSink.ImportReceipt;
import org.qsurv.app.port.MailSender;
import org.qsurv.app.port.PasswordHashes;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.app.port.User;
import org.qsurv.app.reminder.DailyReminders;
import org.qsurv.app.reminder.ReminderDigests;
import org.qsurv.app.reminder.ReminderRun;
import org.qsurv.app.reminder.SmtpMailSender;
import org.qsurv.app.report.BoardPacks;
import org.qsurv.app.web.DemoAccounts;
import org.qsurv.app.web.WebApplication;
import org.qsurv.app.web.WebServer;
import org.qsurv.app.web.WebSettings;
import org.qsurv.app.web.security.PasswordHasher;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.scoring.reminder.ReminderPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code qsurv serve}: the web application on its database, seeded with the demo on first start. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Starts the reference application's web server. On first start the database "
        + "is created and migrated, and (unless --empty) filled with the demo data set; later "
        + "starts use what it holds. Stop it with Ctrl+C.",
        "Every option can also be set by the environment variable named with it; an option "
            + "given on the command line wins over its variable."},
    footer = ExitCode.FOOTER)
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  QsurvCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Mixin
  OidcOptions oidc;

  @Mixin
  ProfileOption profile;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:QSURV_HOST:-127.0.0.1}",
      description = "The address to listen on (default: ${DEFAULT-VALUE}; 127.0.0.1 is this "
          + "machine only). Env: QSURV_HOST.")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:QSURV_PORT:-8080}",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port). "
          + "Env: QSURV_PORT.")
  int port;

  @Option(names = "--empty", defaultValue = "${env:QSURV_EMPTY:-false}",
      description = "Do not fill an empty database with the demo data set. Env: QSURV_EMPTY "
          + "(true or false).")
  boolean empty;

  @Option(names = "--seed", paramLabel = "N",
      defaultValue = "${env:QSURV_SEED:-" + DemoDataSet.DEFAULT_SEED + "}",
      description = "The demo data set's seed (default: ${DEFAULT-VALUE}). Env: QSURV_SEED.")
  long seed;

  @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:QSURV_PUBLIC_URL}",
      description = "The address users open, such as https://qsurv.example.nhs.uk/. With https "
          + "(TLS at a proxy in front, or here) the session cookie is marked Secure and HSTS is "
          + "sent. Env: QSURV_PUBLIC_URL.")
  URI publicUrl;

  @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
      defaultValue = "${env:QSURV_TRUSTED_PROXY}",
      description = "The reverse proxy in front of qsurv: only from this peer is "
          + "X-Forwarded-For read for the client's address (sign-in throttling). Env: "
          + "QSURV_TRUSTED_PROXY.")
  String trustedProxy;

  @Option(names = "--log-format", paramLabel = "FORMAT",
      defaultValue = "${env:QSURV_LOG_FORMAT:-text}",
      description = "The log on standard error: text or json, one JSON object per line "
          + "(default: ${DEFAULT-VALUE}). Env: QSURV_LOG_FORMAT.",
      converter = LogFormatConverter.class)
  LogFormat logFormat;

  @Option(names = "--api-max-body-bytes", paramLabel = "N",
      defaultValue = "${env:QSURV_API_MAX_BODY_BYTES:-" + ApiSettings.DEFAULT_MAX_BODY_BYTES
          + "}",
      description = "The largest request body the JSON API reads (a snapshot to evaluate), "
          + "1024 to 1073741824 bytes; larger ones are refused with 413 (default: "
          + "${DEFAULT-VALUE}). Env: QSURV_API_MAX_BODY_BYTES.")
  int apiMaxBodyBytes;

  @Option(names = "--api-requests-per-second", paramLabel = "N",
      defaultValue = "${env:QSURV_API_REQUESTS_PER_SECOND:-" + ApiRateLimit.DEFAULT_PER_SECOND
          + "}",
      description = "How many requests a second each JSON API token may make, 1 to 10000; "
          + "faster calls are refused with 429 and Retry-After (default: ${DEFAULT-VALUE}). Env: "
          + "QSURV_API_REQUESTS_PER_SECOND.")
  int apiRequestsPerSecond;

  @Option(names = "--api-request-burst", paramLabel = "N",
      defaultValue = "${env:QSURV_API_REQUEST_BURST:-" + ApiRateLimit.DEFAULT_BURST + "}",
      description = "How many requests a JSON API token may make at once after a quiet spell, 1 "
          + "to 100000 (default: ${DEFAULT-VALUE}). Env: QSURV_API_REQUEST_BURST.")
  int apiRequestBurst;

  @Option(names = "--smtp-host", paramLabel = "HOST", defaultValue = "${env:QSURV_SMTP_HOST}",
      description = "The mail relay the daily reminder digests are sent through. Without it, "
          + "reminders are queued and shown on the Reminders sent page but not sent. Env: "
          + "QSURV_SMTP_HOST.")
  String smtpHost;

  @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "${env:QSURV_SMTP_PORT:-25}",
      description = "The mail relay's port (default: ${DEFAULT-VALUE}). Env: QSURV_SMTP_PORT.")
  int smtpPort;

  @Option(names = "--smtp-from", paramLabel = "ADDRESS", defaultValue = "${env:QSURV_SMTP_FROM}",
      description = "The address reminder digests are sent from; required with --smtp-host. "
          + "Env: QSURV_SMTP_FROM.")
  String smtpFrom;

  @Option(names = "--reminders-to", paramLabel = "ADDRESS",
      defaultValue = "${env:QSURV_REMINDERS_TO}",
      description = "The mailbox the daily reminder digest of an owner without their own "
          + "--reminder-address is sent to, such as the quality team's; with --smtp-host, this "
          + "or at least one --reminder-address is required. Env: QSURV_REMINDERS_TO.")
  String remindersTo;

  @Option(names = "--reminder-address", paramLabel = "OWNER=ADDRESS", split = ";",
      defaultValue = "${env:QSURV_REMINDER_ADDRESSES}",
      description = "An owner's own mailbox for their daily reminder digest, repeatable: OWNER "
          + "exactly as the data names a risk's or action's owner (owners are role titles, such "
          + "as Deputy Chief Nurse, more often than people), e.g. \"Deputy Chief Nurse="
          + "dcn@icb.nhs.uk\". Owners without one get theirs at --reminders-to. Env: "
          + "QSURV_REMINDER_ADDRESSES (entries separated by ;).")
  List<String> reminderAddresses;

  @Option(names = "--reminders-at", paramLabel = "HH:MM",
      defaultValue = "${env:QSURV_REMINDERS_AT:-07:00}",
      description = "The time of day the daily jobs run, the reminders among them, in the "
          + "server's time zone (default: ${DEFAULT-VALUE}); they also run once at start. Env: "
          + "QSURV_REMINDERS_AT.")
  String remindersAt;

  @Option(names = "--board-packs", paramLabel = "CADENCE",
      defaultValue = "${env:QSURV_BOARD_PACKS:-off}",
      description = "Make the board pack (the bi-monthly service area report, its icon summary "
          + "matrix first) on a schedule, with the daily jobs (--reminders-at), and keep it with "
          + "its snapshot on the Board packs page: off (default: packs are made by hand there), "
          + "bimonthly (the first day of January, March, May, July, September and November) or "
          + "daily. Env: QSURV_BOARD_PACKS.")
  String boardPackCadence;

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Running running = start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      stopped.countDown();
    }, "qsurv-shutdown"));
    stopped.await();
    return ExitCode.OK;
  }

  /**
   * Opens, migrates and seeds the database and starts the server; the caller closes it. The
   * profile and the address are checked first: an unknown profile, a port out of range, a host that
   * does not resolve or a port already taken stops it before the database is created, seeded or
   * given passwords that are shown once.
   */
  Running start() {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    PolicyProfile policy = profile.profile();
    InetSocketAddress address = listenAddress();
    WebSettings settings = webSettings();
    if (apiMaxBodyBytes < 1024 || apiMaxBodyBytes > 1024 * 1024 * 1024) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec,
          "--api-max-body-bytes") + " must be from 1024 to 1073741824 but was "
          + apiMaxBodyBytes);
    }
    ApiRateLimit rateLimit = apiRateLimit();
    LocalTime dailyAt = dailyAt();
    BoardPackSchedule.Cadence cadence = BoardPackSchedule.Cadence.named(boardPackCadence)
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            EnvironmentDefaults.source(spec, "--board-packs") + " must be off, bimonthly or daily"
                + " but was " + boardPackCadence));
    Map<String, String> ownAddresses = reminderAddresses();
    Optional<MailSender> mail = mailSender(ownAddresses);
    Optional<OidcSignIn> singleSignOn = singleSignOn(oidc.settings(settings.publicUrl()
        .orElse(URI.create("http://" + host + ":" + port))));
    Logging.use(logFormat);
    Database db = database.open();
    try {
      out.printf("qsurv: database %s%s%n", db, db.migrationsApplied() > 0
          ? " (schema created: " + db.migrationsApplied() + " migration"
              + (db.migrationsApplied() == 1 ? "" : "s") + ")" : "");
      out.printf("qsurv: evaluating under the policy profile %s (%s)%n", policy.name(),
          policy.title());
      Ports ports = JdbcPorts.open(db, root.clock(), policy.escalation());
      if (!empty) {
        long seeding = System.nanoTime();
        Optional<ImportReceipt> seeded = DemoSeed.seedIfEmpty(ports, seed,
            System.getProperty("user.name", "qsurv"), (done, total) -> { });
        seeded.ifPresent(r -> out.printf("qsurv: empty database filled with the demo data set "
            + "(seed %d): %,d records in %.1f s%n", seed, r.rows(),
            (System.nanoTime() - seeding) / 1e9));
      }
      PasswordHashes hashes = JdbcPorts.passwordHashes(db);
      legacyPasswordFile(database.url).ifPresent(file -> adopt(file, ports, hashes, out));
      AtomicInteger created = new AtomicInteger();
      DemoAccounts accounts = DemoAccounts.open(ports.directory(), hashes,
          PasswordHasher.owaspDefault(), (user, password) -> {
            created.incrementAndGet();
            out.printf("qsurv: sign-in  %-12s %-16s  %s (%s)%n", user.username(), password,
                user.displayName(), user.role());
          });
      if (created.get() > 0) {
        out.printf("qsurv: only the password hashes are kept (in the database); the passwords "
            + "above are shown once%n");
      }
      BoardPackArchive archive = JdbcPorts.boardPacks(db);
      WebApplication.Builder web = WebApplication.builder(ports, accounts,
              PasswordHasher.owaspDefault())
          .dataVersion(JdbcPorts.dataVersion(db)).settings(settings)
          .health(new HealthCheck(db::ping, HealthCheck.DEFAULT_TIMEOUT))
          .api(new ApiSettings(JdbcPorts.apiTokens(db), apiMaxBodyBytes,
              rateLimit)).profile(policy)
          .boardPacks(archive);
      singleSignOn.ifPresent(web::singleSignOn);
      WebApplication app = web.build();
      app.assessments().warm();
      ReminderOutbox outbox = JdbcPorts.reminderOutbox(db);
      app.showReminders(outbox, mail.isPresent() ? Optional.empty()
          : Optional.of(ReminderRun.NO_MAIL));
      ReminderRun reminders = new ReminderRun(new DailyReminders(ports, outbox,
          reminderPolicy(policy)), mail.map(m -> new ReminderDigests(outbox, m,
              ports.clock(), ownAddresses, fallback())));
      DailySchedule daily = new DailySchedule(ports.clock(), dailyAt)
          .add("reminders", reminders::run);
      if (cadence != BoardPackSchedule.Cadence.OFF) {
        BoardPackSchedule packs = new BoardPackSchedule(new BoardPacks(ports, archive, policy),
            ports.clock(), cadence, dailyAt);
        daily.add("board pack (" + cadence.option() + ")", () -> packs.runOnce().toString());
      }
      WebServer server = app.start(address);
      daily.start();
      out.printf("qsurv: listening on %s (started in %.1f s; Ctrl+C to stop)%n", server.uri(),
          (System.nanoTime() - started) / 1e9);
      out.printf("qsurv: daily jobs (%s) run now and every day at %s; reminders %s%n",
          String.join(", ", daily.names()), dailyAt, mail.isPresent() ? "sent through "
              + smtpHost + ":" + smtpPort + " to " + recipients(ownAddresses)
              : "queued, not sent (no --smtp-host)");
      out.flush();
      return new Running(server, db, daily);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * The reminders' policy under {@code profile}: its risk review intervals (000 §6.5 in
   * {@code dorset-qf-2018}) and triage days (004 §4.3), the national defaults for the rest.
   */
  static ReminderPolicy reminderPolicy(PolicyProfile profile) {
    ReminderPolicy national = ReminderPolicy.nhsDefaults();
    return new ReminderPolicy(profile.scoring().riskReview(), national.reviewDueWithinDays(),
        profile.scoring().findings().triageDays(), national.defaultOwner());
  }

  /**
   * Single sign-on with the configured issuer, its discovery document and keys read now: an
   * issuer that cannot be reached or answers wrongly stops {@code serve} before the database is
   * opened (exit status 2, the reason on stderr), rather than serving a sign-in that cannot work.
   */
  private Optional<OidcSignIn> singleSignOn(Optional<OidcSettings> settings) {
    try {
      return settings.map(sso -> OidcSignIn.discover(sso, HttpClient.newHttpClient(),
          root.clock()));
    } catch (OidcException e) {
      throw new ParameterException(spec.commandLine(), "single sign-on cannot start with "
          + EnvironmentDefaults.source(spec, "--oidc-issuer") + " " + oidc.issuer + ": "
          + e.getMessage() + ". Check the issuer's address and that it can be reached from "
          + "this server, or start without single sign-on.");
    }
  }

  /** The deployment the options describe: public address and trusted proxy. */
  WebSettings webSettings() {
    WebSettings settings = WebSettings.defaults();
    if (publicUrl != null) {
      try {
        settings = settings.withPublicUrl(publicUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            EnvironmentDefaults.source(spec, "--public-url")
                + " must be an http or https address but was " + publicUrl);
      }
    }
    if (trustedProxy != null) {
      if (!InetAddresses.isInetAddress(trustedProxy)) {
        throw new ParameterException(spec.commandLine(),
            EnvironmentDefaults.source(spec, "--trusted-proxy")
                + " must be an IP address but was " + trustedProxy);
      }
      settings = settings.withTrustedProxy(InetAddresses.forString(trustedProxy));
    }
    return settings;
  }

  /** Each API token's rate limit: --api-requests-per-second and --api-request-burst. */
  private ApiRateLimit apiRateLimit() {
    return ApiRateLimit.of(inRange("--api-requests-per-second", apiRequestsPerSecond, 10_000),
        inRange("--api-request-burst", apiRequestBurst, 100_000));
  }

  /** {@code value} of {@code option}, once it is known to be from 1 to {@code most}. */
  private int inRange(String option, int value, int most) {
    if (value < 1 || value > most) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec, option)
          + " must be from 1 to " + most + " but was " + value);
    }
    return value;
  }

  /** The time of day of the daily jobs, {@code --reminders-at}. */
  private LocalTime dailyAt() {
    try {
      return LocalTime.parse(remindersAt);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          EnvironmentDefaults.source(spec, "--reminders-at") + " must be a time of day as HH:MM"
              + " but was " + remindersAt);
    }
  }

  /**
   * The owners' own addresses, {@code --reminder-address}, each checked now: an entry that is not
   * {@code OWNER=ADDRESS} with an e-mail address, or names an owner twice, stops {@code serve}
   * naming the option and the entry, rather than sending an owner's digest elsewhere (H48).
   */
  private Map<String, String> reminderAddresses() {
    try {
      return ReminderAddresses.parse(reminderAddresses == null ? List.of() : reminderAddresses);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec,
          "--reminder-address") + " " + e.getMessage());
    }
  }

  /** The mailbox of owners without their own address, {@code --reminders-to}, if given. */
  private Optional<String> fallback() {
    return Optional.ofNullable(remindersTo).filter(to -> !to.isBlank());
  }

  /** Where the digests go, in words, for the start-up line. */
  private String recipients(Map<String, String> own) {
    String owners = own.size() + (own.size() == 1 ? " owner's own address" : " owners' own"
        + " addresses");
    return fallback().map(to -> own.isEmpty() ? to : owners + " and " + to + " for the others")
        .orElse(owners + " (the others' wait in the outbox: no --reminders-to)");
  }

  /**
   * The mail sender of the SMTP options, or empty without {@code --smtp-host}; with it, the
   * sender and a mailbox (the fallback or an owner's own) are required and checked now, so that a
   * mistyped address stops {@code serve} rather than every digest.
   */
  private Optional<MailSender> mailSender(Map<String, String> ownAddresses) {
    if (smtpHost == null || smtpHost.isBlank()) {
      return Optional.empty();
    }
    if (smtpFrom == null || smtpFrom.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--smtp-from is required with "
          + EnvironmentDefaults.source(spec, "--smtp-host") + " " + smtpHost);
    }
    if (fallback().isEmpty() && ownAddresses.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--reminders-to or at least one "
          + "--reminder-address is required with " + EnvironmentDefaults.source(spec,
              "--smtp-host") + " " + smtpHost);
    }
    if (smtpPort < 1 || smtpPort > 65_535) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec,
          "--smtp-port") + " must be from 1 to 65535 but was " + smtpPort);
    }
    if (fallback().isPresent() && !SmtpMailSender.isAddress(remindersTo)) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec,
          "--reminders-to") + " must be an e-mail address but was \"" + remindersTo + "\"");
    }
    if (!SmtpMailSender.isAddress(smtpFrom)) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec,
          "--smtp-from") + " must be an e-mail address but was \"" + smtpFrom + "\"");
    }
    return Optional.of(new SmtpMailSender(smtpHost, smtpPort, smtpFrom));
  }

  /** The address to listen on, once it is known to be one this process can listen on now. */
  private InetSocketAddress listenAddress() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(),
          EnvironmentDefaults.source(spec, "--port") + " must be from 0 to 65535 but was " + port);
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec, "--host")
          + " must be an address of this machine but " + host + " does not resolve");
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(address);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
    return address;
  }

  /**
   * Where releases before schema V4 kept the password hashes of an H2 file database: a properties
   * file beside it. Such hashes are adopted into the user table once (for users that have none
   * there), so that an upgrade does not change anyone's password.
   */
  static Optional<Path> legacyPasswordFile(String url) {
    String prefix = "jdbc:h2:file:";
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    String file = url.substring(prefix.length());
    int semicolon = file.indexOf(';');
    return Optional.of(Path.of((semicolon < 0 ? file : file.substring(0, semicolon))
        + ".passwords")).filter(Files::isRegularFile);
  }

  private static void adopt(Path file, Ports ports, PasswordHashes hashes, PrintWriter out) {
    Properties legacy = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      legacy.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the password file " + file, e);
    }
    int adopted = 0;
    for (User user : ports.directory().users()) {
      String hash = legacy.getProperty(user.username());
      if (hash != null && !hash.isBlank() && hashes.hash(user.username()).isEmpty()) {
        hashes.save(user.username(), hash);
        adopted++;
      }
    }
    if (adopted > 0) {
      out.printf("qsurv: %d password hashes moved from %s into the database; the file is no "
          + "longer read and can be deleted%n", adopted, file);
    }
  }

  /** {@code text} or {@code json}, in any case, for {@code --log-format}. */
  static final class LogFormatConverter implements ITypeConverter<LogFormat> {
    @Override
    public LogFormat convert(String value) {
      for (LogFormat format : LogFormat.values()) {
        if (format.name().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new TypeConversionException("expected text or json but was '" + value + "'");
    }
  }

  /** A started application: its server and its database, closed together. */
  static final class Running implements AutoCloseable {
    private final WebServer server;
    private final Database database;
    private final DailySchedule daily;

    Running(WebServer server, Database database, DailySchedule daily) {
      this.server = server;
      this.database = database;
      this.daily = daily;
    }

    String uri() {
      return server.uri();
    }

    /** The database it serves, for a test that stops it under the server. */
    Database database() {
      return database;
    }

    @Override
    public void close() {
      daily.close();
      server.close();
      database.close();
    }
  }
}
