package org.qsurv.app.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.ops.AccessLog;
import org.qsurv.app.ops.AuditLog;
import org.qsurv.app.port.ApiCall;
import org.qsurv.app.port.ApiToken;
import org.qsurv.app.port.ApiTokens;
import org.qsurv.app.web.security.AccessDecision;
import org.qsurv.app.web.security.ClientAddress;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.FormData;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.LoginThrottle;
import org.qsurv.app.web.security.LoginThrottlePolicy;
import org.qsurv.app.web.security.RequestBody;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.RouteTable;

/**
 * The one gate every API call passes before its endpoint runs: deny by default, by the API's own
 * {@link RouteTable} ({@link ApiRoutes}). It reads the token from {@code Authorization: Bearer}
 * alone (never a cookie: the API has no session, so no cross-site request can use one), refuses a
 * missing, unknown, revoked or expired token with 401, throttles bad tokens per client address as
 * sign-in does ({@link LoginThrottle}: 429 once locked), limits each valid token's rate
 * ({@link ApiRateLimit}: 429 with {@code Retry-After} once its bucket is empty), then asks the
 * route table whether the token's role and organisation may use the route (403 naming the role
 * or organisation), reads a
 * POST's JSON body up to the limit (415 for another content type, 413 naming the limit, 408 if it
 * arrives slower than the request timeout allows) and only
 * then lets the endpoint run with an {@link ApiRequest}. Every call, refused or answered, is
 * audited: the token's name, the method, the route's pattern, the status and when
 * ({@link ApiTokens#record}, and the audit log). Every refusal is a {@link Problem} document.
 */
public final class ApiGate {
  /** The paths the API answers: everything under it is the gate's, nothing else is. */
  public static final String PREFIX = "/api/";

  /** Bad tokens from one address in 15 minutes that lock it out for 15 minutes (local choice). */
  static final LoginThrottlePolicy BAD_TOKENS =
      new LoginThrottlePolicy(20, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

  private static final String ANSWERED = ApiGate.class.getName() + ".answered";
  private static final String AUDIT = ApiGate.class.getName() + ".audit";

  private final RouteTable routes;
  private final ApiTokens tokens;
  private final LoginThrottle throttle;
  private final ClientAddress clientAddress;
  private final Clock clock;
  private final int maxBodyBytes;
  private final ApiRateLimit rateLimit;
  private final TokenBuckets buckets;
  private final Duration bodyWithin;

  ApiGate(RouteTable routes, ApiTokens tokens, ClientAddress clientAddress, Clock clock,
      int maxBodyBytes, ApiRateLimit rateLimit, Duration bodyWithin) {
    this.routes = Objects.requireNonNull(routes, "routes");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.throttle = new LoginThrottle(BAD_TOKENS, clock);
    this.maxBodyBytes = maxBodyBytes;
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    this.buckets = new TokenBuckets(rateLimit);
    this.bodyWithin = Objects.requireNonNull(bodyWithin, "bodyWithin");
  }

  /** What the gate knows of a call for its audit: the token's name and the route's pattern. */
  private record Audit(String token, String route) {}

  /**
   * Runs before every matched API route: refuses the call, or attaches its {@link ApiRequest}. A
   * failure of its own (the token store down) is a 500 problem, never a page or a stack trace.
   */
  void check(Context ctx) {
    try {
      decide(ctx);
    } catch (Exception e) {
      AccessLog.failed(ctx.req().getMethod(), ctx.req().getRequestURI(), e);
      refuse(ctx, Problem.of(500, "internal-error", "The server failed",
          "the request could not be checked; try again later"));
    }
  }

  private void decide(Context ctx) throws IOException {
    ctx.attribute(AUDIT, new Audit("-", "(no route)"));
    Optional<HttpMethod> method = HttpMethod.parse(ctx.req().getMethod());
    if (method.isEmpty()) {
      refuse(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
          "method must be GET, HEAD or POST but was " + ctx.req().getMethod()));
      return;
    }
    String path = ctx.req().getRequestURI();
    AccessDecision anonymous = routes.decide(method.get(), path, Optional.empty());
    ctx.attribute(AUDIT, new Audit("-", anonymous.route().map(Route::pattern)
        .orElse("(no route)")));
    if (anonymous.outcome() == AccessDecision.Outcome.NOT_FOUND
        || anonymous.outcome() == AccessDecision.Outcome.METHOD_NOT_ALLOWED) {
      refuse(ctx, unmatched(anonymous.outcome(), method.get(), path));
      return;
    }
    FormData query;
    try {
      query = FormData.parseUrlEncoded(ctx.req().getQueryString());
    } catch (IllegalArgumentException e) {
      refuse(ctx, Problem.of(400, "bad-request", "The request is not valid",
          "the query string is not valid URL encoding: " + e.getMessage()));
      return;
    }
    if (anonymous.allowed()) {
      ApiRequest.attach(ctx, new ApiRequest(Optional.empty(), Optional.empty(), anonymous, query,
          new byte[0]));
      return;
    }
    String client = client(ctx);
    LoginThrottle.Verdict verdict = throttle.check(client, client);
    if (!verdict.allowed()) {
      Instant until = verdict.lockedUntil().orElseThrow();
      long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
      ctx.header("Retry-After", Long.toString(seconds));
      refuse(ctx, Problem.of(429, "too-many-bad-tokens", "Too many bad tokens",
          "too many requests with a missing or bad token came from this address; try again "
              + "after " + until));
      return;
    }
    Optional<String> header = Optional.ofNullable(ctx.req().getHeader("Authorization"));
    if (header.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"qsurv\"");
      refuse(ctx, Problem.of(401, "token-required", "A token is required",
          "send the API token as Authorization: Bearer <token> (the API never reads the "
              + "session cookie)"));
      return;
    }
    Optional<ApiToken> token = tokenOf(header.get());
    Instant now = clock.instant();
    if (token.isEmpty() || !token.get().activeAt(now)) {
      throttle.recordFailure(client, client);
      ctx.header("WWW-Authenticate", "Bearer realm=\"qsurv\", error=\"invalid_token\"");
      String why = token.isEmpty() ? "the token is not one this server issued"
          : token.get().revoked().isPresent()
              ? "the token " + token.get().name() + " was revoked at " + token.get().revoked().get()
              : "the token " + token.get().name() + " expired at " + token.get().expires();
      refuse(ctx, Problem.of(401, "invalid-token", "The token is not accepted", why));
      return;
    }
    ApiToken accepted = token.get();
    CurrentUser user = new CurrentUser(accepted.name(), "API token " + accepted.name(),
        accepted.role(), accepted.organisation());
    AccessDecision decision = routes.decide(method.get(), path, Optional.of(user));
    ctx.attribute(AUDIT, new Audit(accepted.name(), decision.route().map(Route::pattern)
        .orElse("(no route)")));
    Optional<Duration> wait = buckets.take(accepted.name());
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      ctx.header("Retry-After", Long.toString(seconds));
      refuse(ctx, Problem.of(429, "rate-limited", "Too many requests",
          "the token " + accepted.name() + " may make " + rateLimit.perSecond() + " requests a"
              + " second, in bursts of up to " + rateLimit.burst() + " (the server's "
              + "--api-requests-per-second and --api-request-burst); try again in " + seconds
              + (seconds == 1 ? " second" : " seconds")));
      return;
    }
    tokens.used(accepted.name(), now);
    if (decision.outcome() == AccessDecision.Outcome.NOT_FOUND) {
      refuse(ctx, Problem.of(404, "not-found", "Not found",
          "the path " + path + " names nothing valid"));
      return;
    }
    if (!decision.allowed()) {
      Route route = decision.route().orElseThrow();
      String detail = route.roles().contains(user.role())
          ? "the token " + user.userName() + " acts for " + user.organisation().value()
              + " and may read only that provider's data"
          : "the token " + user.userName() + " has the role " + user.role() + ", and "
              + route.method() + " " + route.pattern() + " admits only " + route.roles();
      refuse(ctx, Problem.of(403, "forbidden", "Not allowed", detail));
      return;
    }
    byte[] body = new byte[0];
    if (!method.get().isSafe()) {
      String type = Optional.ofNullable(ctx.req().getContentType()).orElse("")
          .toLowerCase(Locale.ROOT);
      if (!type.equals("application/json") && !type.startsWith("application/json;")) {
        refuse(ctx, Problem.of(415, "unsupported-media-type", "Send JSON",
            "Content-Type must be application/json but was "
                + (type.isEmpty() ? "absent" : type)));
        return;
      }
      RequestBody read;
      try {
        read = RequestBody.read(ctx.req(), maxBodyBytes, bodyWithin);
      } catch (IOException e) {
        // A half-sent body: the client closed, or stalled past the server's idle timeout.
        ctx.header("Connection", "close");
        refuse(ctx, Problem.of(400, "incomplete-body", "The body did not arrive whole",
            "the request body ended or stalled before the "
                + ctx.req().getContentLengthLong() + " bytes its Content-Length declared"));
        return;
      }
      if (read instanceof RequestBody.TooSlow) {
        // A body trickled in to hold a thread: cut off at the request timeout.
        ctx.header("Connection", "close");
        refuse(ctx, Problem.of(408, "body-too-slow", "The body arrived too slowly",
            "the request body must arrive within " + bodyWithin.toSeconds() + " seconds of its "
                + "first byte (the server's request timeout)"));
        return;
      }
      if (!(read instanceof RequestBody.Read whole)) {
        ctx.header("Connection", "close");
        refuse(ctx, Problem.of(413, "body-too-large", "The body is too large",
            "the request body must be at most " + maxBodyBytes + " bytes (the server's "
                + "--api-max-body-bytes)"));
        return;
      }
      body = whole.bytes();
    }
    ApiRequest.attach(ctx, new ApiRequest(Optional.of(accepted), Optional.of(user), decision,
        query, body));
  }

  /**
   * {@code endpoint} behind this gate: answering an {@link ApiException} with its problem, any
   * other failure with a 500 problem (never a stack trace), and auditing the call.
   */
  Handler audited(Handler endpoint) {
    return ctx -> {
      try {
        ApiRequest.of(ctx);
        endpoint.handle(ctx);
      } catch (ApiException e) {
        answer(ctx, e.problem());
      } catch (Exception e) {
        AccessLog.failed(ctx.req().getMethod(), ctx.req().getRequestURI(), e);
        answer(ctx, Problem.of(500, "internal-error", "The server failed",
            "the request could not be answered; try again later"));
      }
      ctx.attribute(ANSWERED, Boolean.TRUE);
      audit(ctx);
    };
  }

  /**
   * Answers an API path that no route matched (Javalin's 404 and 405): a problem document, unless
   * the gate or an endpoint already answered.
   */
  void unmatched(Context ctx) {
    if (Boolean.TRUE.equals(ctx.attribute(ANSWERED))) {
      return;
    }
    Optional<HttpMethod> method = HttpMethod.parse(ctx.req().getMethod());
    ctx.attribute(AUDIT, new Audit("-", "(no route)"));
    if (method.isEmpty()) {
      refuse(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
          "method must be GET, HEAD or POST but was " + ctx.req().getMethod()));
      return;
    }
    AccessDecision decision = routes.decide(method.get(), ctx.req().getRequestURI(),
        Optional.empty());
    refuse(ctx, unmatched(decision.outcome() == AccessDecision.Outcome.METHOD_NOT_ALLOWED
        ? AccessDecision.Outcome.METHOD_NOT_ALLOWED : AccessDecision.Outcome.NOT_FOUND,
        method.get(), ctx.req().getRequestURI()));
  }

  private static Problem unmatched(AccessDecision.Outcome outcome, HttpMethod method,
      String path) {
    return outcome == AccessDecision.Outcome.METHOD_NOT_ALLOWED
        ? Problem.of(405, "method-not-allowed", "Method not allowed",
            "the path " + path + " does not take " + method)
        : Problem.of(404, "not-found", "Not found", "no API route has the path " + path
            + " (the routes are listed at /api/v1/openapi.json)");
  }

  /** The token named by {@code Bearer <secret>}, if the secret is one this server issued. */
  private Optional<ApiToken> tokenOf(String header) {
    String prefix = "Bearer ";
    if (!header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return Optional.empty();
    }
    String secret = header.substring(prefix.length()).trim();
    return TokenSecrets.wellFormed(secret)
        ? tokens.bySecretHash(TokenSecrets.hash(secret)) : Optional.empty();
  }

  private String client(Context ctx) {
    return clientAddress.of(ctx.req().getRemoteAddr(),
        Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
  }

  private void refuse(Context ctx, Problem problem) {
    answer(ctx, problem);
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.skipRemainingHandlers();
    audit(ctx);
  }

  static void answer(Context ctx, Problem problem) {
    ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE)
        .result(problem.json(ctx.req().getRequestURI()));
    if (problem.status() == 405) {
      ctx.header("Allow", "GET, HEAD, POST");
    }
  }

  private void audit(Context ctx) {
    Audit audit = ctx.attribute(AUDIT) instanceof Audit a ? a : new Audit("-", "(no route)");
    String method = ctx.req().getMethod();
    int status = ctx.statusCode();
    AuditLog.apiCall(audit.token(), method, audit.route(), status, client(ctx));
    try {
      tokens.record(new ApiCall(clock.instant(), audit.token(), method, audit.route(), status));
    } catch (RuntimeException e) {
      // The store is down: the audit log above still holds the call; the answer stands.
      AccessLog.failed(method, ctx.req().getRequestURI(), e);
    }
  }
}
