package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.oidc.OidcSignIn;
import org.qsurv.app.ops.HealthCheck;
import org.qsurv.app.port.DataVersion;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.InMemorySessionStore;
import org.qsurv.app.web.security.LoginThrottle;
import org.qsurv.app.web.security.LoginThrottlePolicy;
import org.qsurv.app.web.security.PasswordHasher;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.app.web.security.RefusalPage;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.app.web.security.SecurityHeaders;
import org.qsurv.app.web.security.SecurityFilter;
import org.qsurv.app.web.security.SessionPolicy;
import org.qsurv.app.web.security.Sessions;
import org.qsurv.app.web.security.SignIn;
import org.qsurv.app.web.security.UserAccounts;
import org.qsurv.escalation.policy.EscalationPolicy;

/**
 * The reference application's web application: every page of {@link QsurvRoutes} over the ports,
 * behind the {@link SecurityFilter} (session, route table by role and organisation, CSRF), with
 * sign-in against {@link UserAccounts} and the provider assessments cached ({@link Assessments}).
 *
 * <pre>{@code
 * WebApplication app = new WebApplication(ports, JdbcPorts.dataVersion(database), accounts,
 *     PasswordHasher.owaspDefault());
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
  private final ImmutableMap<String, Router.PageHandler> pages;
  private final Router.Errors errors;
  private final byte[] stylesheet;
  private final HealthCheck health;
  private final Optional<OidcSignIn> oidc;
  private final RouteTable routes;

  /**
   * The application over {@code ports}, signing users in against {@code accounts}, seeing only the
   * writes its own pages make (use the constructor with a {@link DataVersion} to see every write).
   */
  public WebApplication(Ports ports, UserAccounts accounts, PasswordHasher hasher) {
    this(ports, DataVersion.unchanging(), accounts, hasher);
  }

  /**
   * The application over {@code ports}, signing users in against {@code accounts}, its cached
   * assessments and pages current with {@code dataVersion}: a write by another process (an import,
   * another node) is seen by the next request.
   */
  public WebApplication(Ports ports, DataVersion dataVersion, UserAccounts accounts,
      PasswordHasher hasher) {
    this(ports, dataVersion, accounts, hasher, WebSettings.defaults());
  }

  /**
   * The application over {@code ports} as {@link #WebApplication(Ports, DataVersion, UserAccounts,
   * PasswordHasher)}, deployed as {@code settings} say (public address, trusted proxy, limits); its
   * {@code /health} answers {@code ok} whenever the server runs, as it has no database to check.
   */
  public WebApplication(Ports ports, DataVersion dataVersion, UserAccounts accounts,
      PasswordHasher hasher, WebSettings settings) {
    this(ports, dataVersion, accounts, hasher, settings,
        new HealthCheck(timeout -> { }, HealthCheck.DEFAULT_TIMEOUT), Optional.empty());
  }

  /**
   * The application as {@link #WebApplication(Ports, DataVersion, UserAccounts, PasswordHasher,
   * WebSettings)} makes it, answering {@code /health} with {@code health} (200 {@code ok}, or 503
   * with the reason when the database is down), and offering single sign-on with {@code oidc}
   * beside the local passwords when it is present.
   *
   * @since 1.0.0
   */
  public WebApplication(Ports ports, DataVersion dataVersion, UserAccounts accounts,
      PasswordHasher hasher, WebSettings settings, HealthCheck health,
      Optional<OidcSignIn> oidc) {
    this.health = Objects.requireNonNull(health, "health");
    this.oidc = Objects.requireNonNull(oidc, "oidc");
    this.routes = QsurvRoutes.table(oidc.isPresent());
    this.ports = Objects.requireNonNull(ports, "ports");
    this.settings = Objects.requireNonNull(settings, "settings");
    SessionPolicy sessionPolicy = settings.https()
        ? SessionPolicy.defaults().withSecureCookie() : SessionPolicy.defaults();
    this.sessions = new Sessions(new InMemorySessionStore(), sessionPolicy, ports.clock());
    this.signIn = new SignIn(accounts, hasher,
        new LoginThrottle(LoginThrottlePolicy.defaults(), ports.clock()), sessions);
    this.assessments = new Assessments(ports, dataVersion);
    this.cases = new SurveillanceCases(ports.cases(), EscalationPolicy.nhsDefaults());
    this.stylesheet = resource("/web/static/qsurv.css");
    this.pages = pages();
    this.errors = (request, status) -> status == 404
        ? View.notFound(request)
        : View.page(request, status, "Sorry, there is a problem", Optional.empty(),
            View.paragraph("The page could not be made. Try again later."));
  }

  /** The cached assessments, for writes made outside the pages to invalidate. */
  public Assessments assessments() {
    return assessments;
  }

  /** Starts serving on {@code address} (port 0 picks a free port). */
  public WebServer start(InetSocketAddress address) {
    RefusalPage refusals = (status, session) -> new RefusalPage.Page("text/html; charset=utf-8",
        View.LAYOUT.render(session.map(s -> org.qsurv.app.web.html.Page.titled(title(status))
                .session(s))
            .orElse(org.qsurv.app.web.html.Page.titled(title(status)))
            .content(View.paragraph(RefusalPage.message(status)))).markup());
    Map<String, String> headers = new LinkedHashMap<>(SecurityHeaders.forPages());
    if (settings.https()) {
      // RFC 6797: browsers that have seen this never use plain HTTP for the site for a year.
      headers.put("Strict-Transport-Security", "max-age=31536000");
    }
    SecurityFilter filter = new SecurityFilter(routes, sessions,
        new SecurityFilter.BodyLimits(settings.maxFormBytes(), settings.maxUploadBytes(),
            route -> route.method() == HttpMethod.POST && route.pattern().equals("/import")),
        settings.clientAddress(), headers, refusals);
    return WebServer.start(address, settings.limits(),
        config -> filter.install(config, route -> Router.handler(pageOf(route), errors)));
  }

  private Router.PageHandler pageOf(Route route) {
    Router.PageHandler page = pages.get(Router.key(route.method(), route.pattern()));
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

  /** Whether every route of the route table has a page (checked by a test). */
  boolean everyRouteHasAPage() {
    return routes.routes().stream()
        .allMatch(route -> pages.containsKey(Router.key(route.method(), route.pattern())));
  }

  private ImmutableMap<String, Router.PageHandler> pages() {
    Map<String, Router.PageHandler> p = new LinkedHashMap<>();
    SignInPages signInPages = new SignInPages(sessions, signIn, oidc.isPresent());
    SystemPages system = new SystemPages(ports, assessments, cases);
    ProviderPages provider = new ProviderPages(ports, assessments, cases);
    RiskPages risks = new RiskPages(ports, assessments);
    EscalationPages escalation = new EscalationPages(ports, assessments, cases);
    ImportPages imports = new ImportPages(ports, assessments);
    SurveillanceForms forms = new SurveillanceForms(ports, assessments);
    p.put(Router.key(HttpMethod.GET, QsurvRoutes.SIGN_IN), signInPages::form);
    p.put(Router.key(HttpMethod.POST, QsurvRoutes.SIGN_IN), signInPages::signIn);
    p.put(Router.key(HttpMethod.POST, QsurvRoutes.SIGN_OUT), signInPages::signOut);
    p.put(Router.key(HttpMethod.GET, "/static/{asset}"), this::asset);
    oidc.ifPresent(signOn -> {
      SingleSignOnPages singleSignOn = new SingleSignOnPages(sessions, signOn);
      p.put(Router.key(HttpMethod.GET, QsurvRoutes.OIDC_START), singleSignOn::start);
      p.put(Router.key(HttpMethod.GET, QsurvRoutes.OIDC_CALLBACK), singleSignOn::callback);
    });
    p.put(Router.key(HttpMethod.GET, "/"), system::overview);
    p.put(Router.key(HttpMethod.GET, "/providers"), system::providers);
    p.put(Router.key(HttpMethod.GET, "/providers/{provider}"), provider::dashboard);
    p.put(Router.key(HttpMethod.GET, "/providers/{provider}/indicators/{indicator}"),
        provider::indicator);
    p.put(Router.key(HttpMethod.POST, "/providers/{provider}/intelligence"),
        provider::recordIntelligence);
    p.put(Router.key(HttpMethod.GET, "/risks"), risks::register);
    p.put(Router.key(HttpMethod.GET, "/risks.csv"), risks::csv);
    p.put(Router.key(HttpMethod.GET, "/risks/{risk}"), risks::risk);
    p.put(Router.key(HttpMethod.POST, "/providers/{provider}/intelligence/{item}/triage"),
        forms::triage);
    p.put(Router.key(HttpMethod.POST, "/providers/{provider}/actions"), forms::addAction);
    p.put(Router.key(HttpMethod.POST, "/providers/{provider}/actions/{action}/completion"),
        forms::completeAction);
    p.put(Router.key(HttpMethod.POST, "/risks"), forms::addRisk);
    p.put(Router.key(HttpMethod.POST, "/risks/{risk}/reviews"), risks::review);
    p.put(Router.key(HttpMethod.GET, "/escalation"), escalation::list);
    p.put(Router.key(HttpMethod.GET, "/escalation/{provider}"), escalation::provider);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/decisions"), escalation::decide);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/steps"), escalation::step);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/feedback-responses"),
        escalation::respond);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/plan-actions"),
        escalation::addAction);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/accepted-triggers"),
        escalation::acceptTrigger);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/key-risks"),
        escalation::agreeKeyRisks);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/action-evidence"),
        escalation::addEvidence);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/action-sign-offs"),
        escalation::signOff);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/action-closures"),
        escalation::closeRemainingActions);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/meetings"),
        escalation::recordMeeting);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/quality-risk-profile-requests"),
        escalation::requestQualityRiskProfile);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/quality-risk-profiles"),
        escalation::completeQualityRiskProfile);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/rapid-response-reviews"),
        escalation::callRapidResponseReview);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/levers"),
        escalation::applyLever);
    p.put(Router.key(HttpMethod.POST, "/escalation/{provider}/corrections"),
        escalation::recordCorrection);
    p.put(Router.key(HttpMethod.GET, "/tracker"), system::tracker);
    p.put(Router.key(HttpMethod.GET, "/reports/quality"), system::report);
    p.put(Router.key(HttpMethod.GET, "/audit"), system::audit);
    p.put(Router.key(HttpMethod.GET, "/audit/{provider}"), escalation::audit);
    p.put(Router.key(HttpMethod.GET, "/import"), imports::form);
    p.put(Router.key(HttpMethod.POST, "/import"), imports::preview);
    p.put(Router.key(HttpMethod.POST, "/import/confirm"), imports::confirm);
    // Each page reads the data version once and makes all of itself from that state of the data.
    Map<String, Router.PageHandler> pinned = new LinkedHashMap<>();
    p.forEach((key, page) -> pinned.put(key,
        request -> assessments.duringRequest(() -> page.handle(request))));
    // The health check reads no data version: it must answer 503, not fail, when the database
    // is down.
    pinned.put(Router.key(HttpMethod.GET, "/health"), request -> {
      HealthCheck.Result result = health.check();
      return Response.text(result.status(), "text/plain; charset=utf-8", result.body());
    });
    return ImmutableMap.copyOf(pinned);
  }

  private Response asset(Request request) {
    if (!request.path("asset").equals("qsurv.css")) {
      return Response.text(404, "text/plain; charset=utf-8", "Page not found.");
    }
    return new Response(200, "text/css; charset=utf-8", stylesheet,
        com.google.common.collect.ImmutableListMultimap.of());
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
