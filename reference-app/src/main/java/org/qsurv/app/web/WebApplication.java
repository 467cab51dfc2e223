package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.api.Api;
import org.qsurv.app.api.ApiGate;
import org.qsurv.app.api.ApiSettings;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.oidc.OidcSignIn;
import org.qsurv.app.ops.HealthCheck;
import org.qsurv.app.port.DataVersion;
import org.qsurv.app.port.BoardPackArchive;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.app.report.BoardPacks;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.LoginThrottle;
import org.qsurv.app.web.security.LoginThrottlePolicy;
import org.qsurv.app.web.security.PasswordHasher;
import org.qsurv.app.web.security.RefusalPage;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.app.web.security.SecurityHeaders;
import org.qsurv.app.web.security.SecurityFilter;
import org.qsurv.app.web.security.SessionPolicy;
import org.qsurv.app.web.security.Sessions;
import org.qsurv.app.web.security.SignIn;
import org.qsurv.app.web.security.UserAccounts;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;

/**
 * The reference application's web application: every page of {@link WebRoutes} over the ports,
 * behind the {@link SecurityFilter} (session, route table by role and organisation, CSRF), with
 * sign-in against {@link UserAccounts} and the provider assessments cached ({@link Assessments}).
 *
 * <pre>{@code
 * WebApplication app = WebApplication.builder(ports, accounts, PasswordHasher.owaspDefault())
 *     .dataVersion(JdbcPorts.dataVersion(database)).build();
 * try (WebServer server = app.start(new InetSocketAddress("127.0.0.1", 8080))) {
 *   System.out.println("listening on " + server.uri());
 * }
 * }</pre>
 */
public final class WebApplication {
  private final Ports ports;
  private final Sessions sessions;
  private final SignIn signIn;
  private final Assessments assessments;
  private final SurveillanceCases cases;
  private final WebSettings settings;
  private final ImmutableMap<Route, Handler> pages;
  private final byte[] stylesheet;
  private final HealthCheck health;
  private final Optional<OidcSignIn> oidc;
  private final ReminderPages reminders;
  private final RouteTable routes;
  private final Optional<BoardPacks> boardPacks;
  private final Optional<ApiSettings> api;
  private final PolicyProfile profile;
  private final Pages.Frame frame;

  /**
   * A web application over {@code ports}, signing users in against {@code accounts} with
   * passwords hashed by {@code hasher}; the builder's other settings all have defaults.
   *
   * @since 1.1.0
   */
  public static Builder builder(Ports ports, UserAccounts accounts, PasswordHasher hasher) {
    return new Builder(ports, accounts, hasher);
  }

  /**
   * How a {@link WebApplication} is made: each setting has a default, so an embedding sets only
   * what it needs.
   *
   * @since 1.1.0
   */
  public static final class Builder {
    private final Ports ports;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private DataVersion dataVersion = DataVersion.unchanging();
    private WebSettings settings = WebSettings.defaults();
    private HealthCheck health = new HealthCheck(timeout -> { }, HealthCheck.DEFAULT_TIMEOUT);
    private Optional<OidcSignIn> oidc = Optional.empty();
    private Optional<ApiSettings> api = Optional.empty();
    private PolicyProfile profile = PolicyProfiles.nhsDefaults();
    private Optional<BoardPackArchive> boardPacks = Optional.empty();

    private Builder(Ports ports, UserAccounts accounts, PasswordHasher hasher) {
      this.ports = Objects.requireNonNull(ports, "ports");
      this.accounts = Objects.requireNonNull(accounts, "accounts");
      this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * Keeps the cached assessments and pages current with {@code version}: a write by another
     * process (an import, another node) is seen by the next request. By default only the writes
     * the application's own pages make are seen ({@link DataVersion#unchanging()}).
     */
    public Builder dataVersion(DataVersion version) {
      this.dataVersion = Objects.requireNonNull(version, "dataVersion");
      return this;
    }

    /** Deploys as {@code settings} say (public address, trusted proxy, limits). */
    public Builder settings(WebSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Answers {@code /health} with {@code check} (200 {@code ok}, or 503 with the reason when the
     * database is down); by default it answers {@code ok} whenever the server runs.
     */
    public Builder health(HealthCheck check) {
      this.health = Objects.requireNonNull(check, "health");
      return this;
    }

    /** Offers single sign-on with {@code oidc} beside the local passwords. */
    public Builder singleSignOn(OidcSignIn oidc) {
      this.oidc = Optional.of(oidc);
      return this;
    }

    /**
     * Serves the JSON API under {@code /api/v1} ({@link Api}, docs/api.md): behind its own gate,
     * by token only.
     */
    public Builder api(ApiSettings api) {
      this.api = Optional.of(api);
      return this;
    }

    /**
     * Evaluates everything under {@code profile} ({@code serve --profile}, docs/profiles.md): the
     * assessments behind every page, report and API read, the risk reviews and charts, and the
     * case lifecycle's escalation policy and authority table (who may post each escalation form
     * and API decision). The pages lead with the profile's main view and say which profile they
     * were evaluated under. The ports should record decisions under the same escalation policy
     * ({@code JdbcPorts.open(database, clock, profile.escalation())}). By default, the national
     * defaults.
     */
    public Builder profile(PolicyProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Lists the packs kept in {@code archive} on the Board packs page and makes new ones there;
     * without it, the page says that this server keeps no archive.
     */
    public Builder boardPacks(BoardPackArchive archive) {
      this.boardPacks = Optional.of(archive);
      return this;
    }

    /** The application. */
    public WebApplication build() {
      return new WebApplication(this);
    }
  }

  private WebApplication(Builder b) {
    Ports ports = b.ports;
    PolicyProfile profile = b.profile;
    Optional<OidcSignIn> oidc = b.oidc;
    WebSettings settings = b.settings;
    this.profile = profile;
    this.boardPacks = b.boardPacks.map(archive -> new BoardPacks(ports, archive, profile));
    this.api = b.api;
    this.health = b.health;
    this.oidc = oidc;
    this.routes = WebRoutes.table(oidc.isPresent(), profile.escalation().authority());
    this.ports = ports;
    this.settings = settings;
    SessionPolicy sessionPolicy = settings.https()
        ? SessionPolicy.defaults().withSecureCookie() : SessionPolicy.defaults();
    this.sessions = new Sessions(sessionPolicy, ports.clock());
    this.signIn = new SignIn(b.accounts, b.hasher,
        new LoginThrottle(LoginThrottlePolicy.defaults(), ports.clock()), sessions);
    this.assessments = new Assessments(ports, b.dataVersion, profile);
    this.cases = new SurveillanceCases(ports.cases(), profile.escalation());
    this.frame = new Pages.Frame(routes, profile);
    this.stylesheet = resource("/web/static/qsurv.css");
    this.reminders = new ReminderPages();
    this.pages = pages();
  }

  /**
   * Shows the reminders of {@code outbox} on the "Reminders sent" page, each not yet sent with
   * {@code notSent} as why when it is given (no mail server is configured), else as waiting for
   * the next daily run.
   */
  public WebApplication showReminders(ReminderOutbox outbox, Optional<String> notSent) {
    reminders.show(new ReminderPages.Outbox(Objects.requireNonNull(outbox, "outbox"),
        Objects.requireNonNull(notSent, "notSent")));
    return this;
  }

  /** The policy profile everything is evaluated under. */
  public PolicyProfile profile() {
    return profile;
  }

  /** The cached assessments, for writes made outside the pages to invalidate. */
  public Assessments assessments() {
    return assessments;
  }

  /** Starts serving on {@code address} (port 0 picks a free port). */
  public WebServer start(InetSocketAddress address) {
    RefusalPage refusals = (status, session) -> new RefusalPage.Page("text/html; charset=utf-8",
        Pages.layout(frame, title(status), Optional.empty(), session, false,
            Pages.paragraph(RefusalPage.message(status))).markup());
    Map<String, String> headers = new LinkedHashMap<>(SecurityHeaders.forPages());
    if (settings.https()) {
      // RFC 6797: browsers that have seen this never use plain HTTP for the site for a year.
      headers.put("Strict-Transport-Security", "max-age=31536000");
    }
    Optional<Api> json = api.map(a -> new Api(ports, assessments, cases, a,
        settings.clientAddress(), settings.limits().requestTimeout()));
    SecurityFilter filter = new SecurityFilter(routes, sessions,
        new SecurityFilter.BodyLimits(settings.maxFormBytes(), settings.maxUploadBytes(),
            route -> route.method() == HttpMethod.POST && route.pattern().equals("/import"),
            settings.limits().requestTimeout()),
        settings.clientAddress(), headers, refusals,
        json.map(a -> new SecurityFilter.Delegation(ApiGate.PREFIX, a.gate(), a.unmatched())));
    return WebServer.start(address, settings.limits(), config -> {
      filter.install(config, route -> Pages.within(frame, pageOf(route),
          settings.limits().requestTimeout()));
      json.ifPresent(a -> a.install(config));
    });
  }

  private Handler pageOf(Route route) {
    Handler page = pages.get(route);
    if (page == null) {
      throw new IllegalStateException("no page for the route " + route);
    }
    return page;
  }

  private static String title(int status) {
    return switch (status) {
      case 403 -> "You cannot do this";
      case 404 -> "Page not found";
      default -> "The request was refused";
    };
  }

  /** The routes registered, each with its page: exactly the route table's (checked by a test). */
  ImmutableMap<Route, Handler> registered() {
    return pages;
  }

  /**
   * The page of every route of {@link WebRoutes} the application serves (the single sign-on
   * routes only with an issuer). Each page reads the data version once and makes all of itself
   * from that state of the data; the health check reads none, as it must answer 503, not fail,
   * when the database is down.
   */
  private ImmutableMap<Route, Handler> pages() {
    Handler health = ctx -> {
      HealthCheck.Result result = this.health.check();
      ctx.status(result.status()).contentType("text/plain; charset=utf-8").result(result.body());
    };
    WebRoutes.Handlers all = new WebRoutes.Handlers(
        new SignInPages(sessions, signIn, oidc.isPresent()),
        oidc.map(signOn -> new SingleSignOnPages(sessions, signOn)),
        new SystemPages(ports, assessments, cases), new ProviderPages(ports, assessments, cases),
        new SurveillanceForms(ports, assessments), new RiskPages(ports, assessments),
        new EscalationPages(ports, assessments, cases, routes),
        new ImportPages(ports, assessments, cases.policy()),
        reminders, new IconMatrixPages(ports, assessments),
        new BoardPackPages(boardPacks, assessments), this::asset, health);
    Map<Route, Handler> pages = new LinkedHashMap<>();
    for (WebRoutes.Endpoint endpoint : WebRoutes.endpoints(profile.escalation().authority())) {
      endpoint.page().apply(all).ifPresent(page -> pages.put(endpoint.route(),
          page == health ? page : ctx -> assessments.duringRequest(() -> {
            page.handle(ctx);
            return null;
          })));
    }
    return ImmutableMap.copyOf(pages);
  }

  private void asset(Context ctx) {
    if (Pages.path(ctx, "asset").equals("qsurv.css")) {
      ctx.contentType("text/css; charset=utf-8").result(stylesheet);
    } else {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Page not found.");
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebApplication.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
