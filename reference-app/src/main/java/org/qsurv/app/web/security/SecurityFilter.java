package org.qsurv.app.web.security;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.jetty.http.MultiPart;
import org.qsurv.app.ops.AccessLog;
import org.qsurv.app.ops.AuditLog;

/**
 * The one gate every matched request passes before its page runs, installed as Javalin's {@code
 * beforeMatched} handler. It sets the security headers, resumes the session from its cookie, asks
 * the {@link RouteTable} whether this user may use this route (deny by default; role, then
 * organisation), reads a POST's body up to the route's limit and refuses it with 403 unless it
 * carries the session's CSRF token. Only then does the page run, with a {@link RequestContext}
 * ({@link RequestContext#of}). A refused request reaches no page, so it changes nothing.
 *
 * <pre>{@code
 * config.routes.beforeMatched(new SecurityFilter(WebRoutes.table(), sessions, limits,
 *     clientAddress, refusals));
 * // in a page:
 * RequestContext request = RequestContext.of(ctx);
 * }</pre>
 *
 * <p>Answers: 303 to {@value QsurvRoutes#SIGN_IN} when a signed-in user is needed, and to their
 * own provider's page when a provider user opens {@code /} (the overview is not theirs); 403 for a role
 * or organisation that may not, or a missing or wrong CSRF token; 404 for a path variable that
 * names nothing valid; 400 for a body that cannot be read; 413 for one over the route's limit (a
 * public form reads a few kilobytes before its CSRF check, an upload route more).
 */
public final class SecurityFilter implements Handler {
  /** The request attribute holding the signed-in user's id for the access log. */
  private static final String USER_ID = "qsurv.access.user";

  private final RouteTable routes;
  private final Sessions sessions;
  private final BodyLimits limits;
  private final ClientAddress clientAddress;
  private final Map<String, String> headers;
  private final RefusalPage refusals;
  private final Optional<Delegation> delegation;

  /**
   * A gate over {@code routes}.
   *
   * @param headers the security headers every response carries ({@link SecurityHeaders})
   */
  public SecurityFilter(RouteTable routes, Sessions sessions, BodyLimits limits,
      ClientAddress clientAddress, Map<String, String> headers, RefusalPage refusals) {
    this(routes, sessions, limits, clientAddress, headers, refusals, Optional.empty());
  }

  /**
   * A gate over {@code routes} that hands every path under the delegation's prefix to its own
   * gate (the JSON API's, which authenticates by token and never by this session cookie), and
   * such a path that no route matched to its own refusal. No page route may lie under the prefix.
   *
   * @since 1.1.0
   */
  public SecurityFilter(RouteTable routes, Sessions sessions, BodyLimits limits,
      ClientAddress clientAddress, Map<String, String> headers, RefusalPage refusals,
      Optional<Delegation> delegation) {
    this.delegation = Objects.requireNonNull(delegation, "delegation");
    delegation.ifPresent(d -> routes.routes().forEach(route -> {
      if ((route.pattern() + "/").startsWith(d.prefix())) {
        throw new IllegalArgumentException("page route " + route + " lies under "
            + d.prefix() + ", which is delegated");
      }
    }));
    this.routes = Objects.requireNonNull(routes, "routes");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
    this.headers = Map.copyOf(headers);
    this.refusals = Objects.requireNonNull(refusals, "refusals");
  }

  /**
   * Installs this gate and the route table in {@code config}: the access log of every request
   * (Javalin's request logger, with the user the gate found), the security headers on every
   * response, this gate before every matched route, each route of the table with its page (GET
   * routes answer HEAD too), and the refusal pages for paths and methods no route answers.
   *
   * @param pages the page of each route
   */
  public void install(JavalinConfig config, Function<Route, Handler> pages) {
    config.requestLogger.http((ctx, millis) -> AccessLog.request(ctx.req().getMethod(),
        ctx.req().getRequestURI(), Optional.ofNullable(ctx.req().getQueryString()),
        ctx.statusCode(), Duration.ofNanos((long) (millis * 1_000_000d)),
        Optional.ofNullable(ctx.attribute(USER_ID))));
    config.routes.before(ctx -> headers.forEach(ctx::header));
    config.routes.beforeMatched(this);
    for (Route route : routes.routes()) {
      Handler page = Objects.requireNonNull(pages.apply(route), () -> "no page for " + route);
      if (route.method() == HttpMethod.GET) {
        config.routes.get(route.pattern(), page);
        config.routes.head(route.pattern(), page);
      } else {
        config.routes.post(route.pattern(), page);
      }
    }
    for (int status : new int[] {404, 405}) {
      config.routes.error(status, ctx -> {
        // A page that ran answered for itself (its own "not found" page, say); anything else
        // (a path no route has, a method no route answers) gets the refusal page.
        Optional<Delegation> delegated = delegatedFor(ctx);
        if (delegated.isPresent()) {
          delegated.get().unmatched().handle(ctx);
        } else if (!RequestContext.isAttached(ctx)) {
          refuse(ctx, status, sessions.resume(Collections.list(ctx.req().getHeaders("Cookie"))));
        }
      });
    }
  }

  /**
   * Where the paths under {@code prefix} (such as {@code /api/}) go instead: {@code gate} runs
   * before their matched routes, {@code unmatched} answers those no route matched.
   *
   * @since 1.1.0
   */
  public record Delegation(String prefix, Handler gate, Handler unmatched) {
    /** Checks the prefix is a path ending in {@code /}. */
    public Delegation {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(gate, "gate");
      Objects.requireNonNull(unmatched, "unmatched");
      if (!prefix.startsWith("/") || !prefix.endsWith("/") || prefix.length() < 3) {
        throw new IllegalArgumentException("delegated prefix must be a path such as /api/ but was "
            + prefix);
      }
    }
  }

  private Optional<Delegation> delegatedFor(Context ctx) {
    String path = ctx.req().getRequestURI();
    return delegation.filter(d -> path != null && path.startsWith(d.prefix()));
  }

  @Override
  public void handle(Context ctx) throws Exception {
    Optional<Delegation> delegated = delegatedFor(ctx);
    if (delegated.isPresent()) {
      delegated.get().gate().handle(ctx);
      return;
    }
    Optional<HttpMethod> method = HttpMethod.parse(ctx.req().getMethod());
    if (method.isEmpty()) {
      refuse(ctx, 405, Optional.empty());
      return;
    }
    List<String> cookies = Collections.list(ctx.req().getHeaders("Cookie"));
    boolean hadCookie = sessions.sessionIdFrom(cookies).isPresent();
    Optional<Session> session = sessions.resume(cookies);
    Optional<CurrentUser> user = session.flatMap(Session::user);
    user.ifPresent(u -> ctx.attribute(USER_ID, u.userName()));
    AccessDecision decision = routes.decide(method.get(), ctx.req().getRequestURI(), user);
    if (decision.outcome() == AccessDecision.Outcome.SIGN_IN_REQUIRED) {
      if (hadCookie && session.isEmpty()) {
        ctx.header("Set-Cookie", sessions.expiredCookie());
      }
      ctx.header("Location", QsurvRoutes.SIGN_IN);
      ctx.status(303);
      ctx.skipRemainingHandlers();
      return;
    }
    if (decision.outcome() == AccessDecision.Outcome.FORBIDDEN && method.get().isSafe()
        && ctx.req().getRequestURI().equals("/")) {
      // The overview is not a provider user's, but their own provider's page is their home.
      ctx.header("Location", QsurvRoutes.landingPath(session.flatMap(Session::user).orElseThrow()));
      ctx.status(303);
      ctx.skipRemainingHandlers();
      return;
    }
    if (!decision.allowed()) {
      AuditLog.denied(method.get().name(), decision.route().map(Route::pattern)
          .orElse("(no route)"), decision.outcome().status(), user.map(CurrentUser::role),
          user.map(CurrentUser::userName));
      refuse(ctx, decision.outcome().status(), session);
      return;
    }
    FormData query;
    FormData form = FormData.empty();
    try {
      query = FormData.parseUrlEncoded(ctx.req().getQueryString());
      if (!method.get().isSafe()) {
        int limit = limits.forRoute(decision.route().orElseThrow());
        RequestBody body = RequestBody.read(ctx.req(), limit, limits.within());
        if (body instanceof RequestBody.TooSlow) {
          // A body trickled in to hold the connection: cut off, the connection closed.
          ctx.header("Connection", "close");
          refuse(ctx, 408, session);
          return;
        }
        if (!(body instanceof RequestBody.Read read)) {
          // Jetty closes the connection rather than read the rest of an oversized body.
          ctx.header("Connection", "close");
          refuse(ctx, 413, session);
          return;
        }
        form = parseBody(ctx.req().getContentType(), read.bytes());
      }
    } catch (IllegalArgumentException e) {
      refuse(ctx, 400, session);
      return;
    }
    if (!Csrf.permits(method.get(), session, form.first(Csrf.FIELD_NAME))) {
      refuse(ctx, 403, session);
      return;
    }
    String client = clientAddress.of(ctx.req().getRemoteAddr(),
        Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    RequestContext.attach(ctx, new RequestContext(session, decision, query, form, client));
  }

  private static FormData parseBody(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      return FormData.parseMultipart(body, MultiPart.extractBoundary(contentType));
    }
    if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
      return FormData.parseUrlEncoded(new String(body, StandardCharsets.UTF_8));
    }
    throw new IllegalArgumentException("unsupported content type");
  }

  private void refuse(Context ctx, int status, Optional<Session> session) {
    RefusalPage.Page page = refusals.render(status, session);
    if (status == 405) {
      ctx.header("Allow", "GET, HEAD, POST");
    }
    ctx.status(status).contentType(page.contentType()).result(page.body());
    ctx.skipRemainingHandlers();
  }

  /**
   * How many bytes of a request body the gate reads before it refuses with 413: a small limit for
   * every form, and a larger one for the routes that take an uploaded file.
   *
   * @param forms the limit for ordinary forms (sign-in, decisions, risks), at least 1 KiB
   * @param uploads the limit for upload routes, at least {@code forms}
   * @param uploadRoutes which routes take an uploaded file
   * @param within how long a body may take to arrive, from its first read (408 after that)
   */
  public record BodyLimits(int forms, int uploads, Predicate<Route> uploadRoutes,
      Duration within) {
    /** Limits whose bodies may take 30 seconds to arrive, as the server's defaults allow. */
    public BodyLimits(int forms, int uploads, Predicate<Route> uploadRoutes) {
      this(forms, uploads, uploadRoutes, Duration.ofSeconds(30));
    }

    /** Validates both limits, naming the field. */
    public BodyLimits {
      Objects.requireNonNull(uploadRoutes, "uploadRoutes");
      Objects.requireNonNull(within, "within");
      if (forms < 1024) {
        throw new IllegalArgumentException("forms must be at least 1024 bytes but was " + forms);
      }
      if (uploads < forms) {
        throw new IllegalArgumentException("uploads must be at least forms (" + forms
            + ") but was " + uploads);
      }
    }

    /** The limit for a request to {@code route}. */
    public int forRoute(Route route) {
      return uploadRoutes.test(route) ? uploads : forms;
    }
  }
}
