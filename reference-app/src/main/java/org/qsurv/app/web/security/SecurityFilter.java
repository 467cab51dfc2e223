package org.qsurv.app.web.security;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.ops.AccessLog;
import org.qsurv.app.ops.AuditLog;

/**
 * The one gate every request passes before any handler of the JDK's {@code HttpServer} runs. It
 * sets the security headers, resumes the session from its cookie, asks the {@link RouteTable}
 * whether this user may use this route (deny by default; role, then organisation), reads a POST's
 * body (up to a limit) and refuses it with 403 unless it carries the session's CSRF token. Only
 * then does the handler run, with a {@link RequestContext} for the request ({@link
 * RequestContext#of}). A refused request reaches no handler, so it changes nothing.
 *
 * <pre>{@code
 * HttpContext context = server.createContext("/", router);
 * context.getFilters().add(new SecurityFilter(QsurvRoutes.table(), sessions));
 * // in a handler:
 * RequestContext request = RequestContext.of(exchange);
 * }</pre>
 *
 * <p>Answers: 303 to {@value QsurvRoutes#SIGN_IN} when a signed-in user is needed; 403 for a role
 * or organisation that may not, or a missing or wrong CSRF token; 404 for a path no route has; 405
 * for a method no route answers; 400 for a body that cannot be read; 413 for one over the limit.
 */
public final class SecurityFilter extends Filter {
  /** The default limit on a request body: 10 MiB, enough for a CSV import. */
  public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

  private final RouteTable routes;
  private final Sessions sessions;
  private final int maxBodyBytes;
  private final RefusalPage refusals;

  /** A filter with the default body limit and refusal pages. */
  public SecurityFilter(RouteTable routes, Sessions sessions) {
    this(routes, sessions, DEFAULT_MAX_BODY_BYTES, RefusalPage.plain());
  }

  /**
   * A filter with its own body limit and refusal pages (the pages can render them in the layout).
   */
  public SecurityFilter(RouteTable routes, Sessions sessions, int maxBodyBytes,
      RefusalPage refusals) {
    this.routes = Objects.requireNonNull(routes, "routes");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.refusals = Objects.requireNonNull(refusals, "refusals");
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024 but was "
          + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public String description() {
    return "qsurv security: session, route table (role and organisation), CSRF";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    long started = System.nanoTime();
    Optional<CurrentUser> user = Optional.empty();
    try {
      user = secure(exchange, chain);
    } finally {
      AccessLog.request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          Optional.ofNullable(exchange.getRequestURI().getRawQuery()), exchange.getResponseCode(),
          Duration.ofNanos(System.nanoTime() - started), user.map(CurrentUser::userName));
    }
  }

  /** Decides and answers the request; returns who was signed in when it came. */
  private Optional<CurrentUser> secure(HttpExchange exchange, Chain chain) throws IOException {
    SecurityHeaders.forPages().forEach(exchange.getResponseHeaders()::set);
    Optional<HttpMethod> method = HttpMethod.parse(exchange.getRequestMethod());
    if (method.isEmpty()) {
      refuse(exchange, 405, Optional.empty(), false);
      return Optional.empty();
    }
    boolean head = method.get() == HttpMethod.HEAD;
    boolean hadCookie = sessions.sessionIdFrom(exchange.getRequestHeaders().get("Cookie"))
        .isPresent();
    Optional<Session> session = sessions.resume(exchange.getRequestHeaders().get("Cookie"));
    Optional<CurrentUser> user = session.flatMap(Session::user);
    AccessDecision decision = routes.decide(method.get(),
        exchange.getRequestURI().getRawPath(), session.flatMap(Session::user));
    if (decision.outcome() == AccessDecision.Outcome.SIGN_IN_REQUIRED) {
      if (hadCookie && session.isEmpty()) {
        exchange.getResponseHeaders().add("Set-Cookie", sessions.expiredCookie());
      }
      exchange.getResponseHeaders().set("Location", QsurvRoutes.SIGN_IN);
      exchange.sendResponseHeaders(303, -1);
      exchange.close();
      return user;
    }
    if (!decision.allowed()) {
      AuditLog.denied(method.get().name(), decision.route().map(Route::pattern)
          .orElse("(no route)"), decision.outcome().status(), user.map(CurrentUser::role),
          user.map(CurrentUser::userName));
      refuse(exchange, decision.outcome().status(), session, head);
      return user;
    }
    FormData query;
    FormData form = FormData.empty();
    try {
      query = FormData.parseUrlEncoded(exchange.getRequestURI().getRawQuery());
      if (!method.get().isSafe()) {
        Optional<byte[]> body = readBody(exchange.getRequestBody());
        if (body.isEmpty()) {
          refuse(exchange, 413, session, false);
          return user;
        }
        form = parseBody(exchange.getRequestHeaders().getFirst("Content-Type"), body.get());
      }
    } catch (IllegalArgumentException e) {
      refuse(exchange, 400, session, head);
      return user;
    }
    if (!Csrf.permits(method.get(), session, form.first(Csrf.FIELD_NAME))) {
      refuse(exchange, 403, session, false);
      return user;
    }
    // Not an exchange attribute: in JDK 17 those are shared by every request on the context.
    chain.doFilter(new SecuredExchange(exchange,
        new RequestContext(session, decision, query, form)));
    return user;
  }

  private Optional<byte[]> readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(maxBodyBytes + 1);
    return body.length > maxBodyBytes ? Optional.empty() : Optional.of(body);
  }

  private static FormData parseBody(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      String boundary = FormData.parameter(contentType, "boundary")
          .orElseThrow(() -> new IllegalArgumentException("multipart without a boundary"));
      return FormData.parseMultipart(body, boundary);
    }
    if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
      return FormData.parseUrlEncoded(new String(body, StandardCharsets.UTF_8));
    }
    throw new IllegalArgumentException("unsupported content type");
  }

  private void refuse(HttpExchange exchange, int status, Optional<Session> session, boolean head)
      throws IOException {
    RefusalPage.Page page = refusals.render(status, session);
    byte[] bytes = page.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", page.contentType());
    if (status == 405) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
    }
    if (head) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }
}
