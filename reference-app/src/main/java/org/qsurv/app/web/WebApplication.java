package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.qsurv.app.cases.SurveillanceCases;
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
  private final Router router;
  private final byte[] stylesheet;
  private final HealthCheck health;

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
    this(ports, dataVersion, accounts, hasher, new HealthCheck(timeout -> { },
        HealthCheck.DEFAULT_TIMEOUT));
  }

  /**
   * The application as {@link #WebApplication(Ports, DataVersion, UserAccounts, PasswordHasher)}
   * makes it, answering {@code /health} with {@code health} (the other constructors answer
   * {@code ok} whenever the server runs, as they have no database to check).
   *
   * @since 1.0.0
   */
  public WebApplication(Ports ports, DataVersion dataVersion, UserAccounts accounts,
      PasswordHasher hasher, HealthCheck health) {
    this.health = Objects.requireNonNull(health, "health");
    this.ports = Objects.requireNonNull(ports, "ports");
    this.sessions = new Sessions(new InMemorySessionStore(), SessionPolicy.defaults(),
        ports.clock());
    this.signIn = new SignIn(accounts, hasher,
        new LoginThrottle(LoginThrottlePolicy.defaults(), ports.clock()), sessions);
    this.assessments = new Assessments(ports, dataVersion);
    this.cases = new SurveillanceCases(ports.cases(), EscalationPolicy.nhsDefaults());
    this.stylesheet = resource("/web/static/qsurv.css");
    this.router = new Router(pages(), (request, status) -> status == 404
        ? View.notFound(request)
        : View.page(request, status, "Sorry, there is a problem", java.util.Optional.empty(),
            View.paragraph("The page could not be made. Try again later.")));
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
    return WebServer.start(address, router, new SecurityFilter(QsurvRoutes.table(), sessions,
        SecurityFilter.DEFAULT_MAX_BODY_BYTES, refusals));
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
    return QsurvRoutes.table().routes().stream().allMatch(router::hasPage);
  }

  private Map<String, Router.PageHandler> pages() {
    Map<String, Router.PageHandler> p = new LinkedHashMap<>();
    SignInPages signInPages = new SignInPages(sessions, signIn);
    SystemPages system = new SystemPages(ports, assessments, cases);
    ProviderPages provider = new ProviderPages(ports, assessments, cases);
    RiskPages risks = new RiskPages(ports, assessments);
    EscalationPages escalation = new EscalationPages(ports, assessments, cases);
    ImportPages imports = new ImportPages(ports, assessments);
    p.put(Router.key(HttpMethod.GET, QsurvRoutes.SIGN_IN), signInPages::form);
    p.put(Router.key(HttpMethod.POST, QsurvRoutes.SIGN_IN), signInPages::signIn);
    p.put(Router.key(HttpMethod.POST, QsurvRoutes.SIGN_OUT), signInPages::signOut);
    p.put(Router.key(HttpMethod.GET, "/static/{asset}"), this::asset);
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
    p.put(Router.key(HttpMethod.POST, "/risks"), risks::add);
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
