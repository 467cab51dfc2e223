package org.qsurv.app.web.security;

import com.sun.net.httpserver.HttpExchange;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link SecurityFilter} established about a request, for its handler: the session (if
 * any), the route table's decision (always allowed by the time a handler runs, with the path
 * variables), the query string and the submitted form (read and CSRF-checked by the filter).
 *
 * <pre>{@code
 * RequestContext request = RequestContext.of(exchange);
 * CurrentUser user = request.user().orElseThrow();
 * String provider = request.decision().pathVariable("provider").orElseThrow();
 * }</pre>
 *
 * @param session the browser's live session, if it has one
 * @param decision the route table's decision for the request
 * @param query the query string's parameters
 * @param form the submitted form, for a POST; empty otherwise
 */
public record RequestContext(Optional<Session> session, AccessDecision decision, FormData query,
    FormData form) {
  /** Checks that every part is present. */
  public RequestContext {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(form, "form");
  }

  /**
   * The context the filter established for {@code exchange}, the exchange the handler was given.
   *
   * @throws IllegalStateException if the {@link SecurityFilter} did not run: a handler outside it
   *     must not serve anything (it fails closed)
   */
  public static RequestContext of(HttpExchange exchange) {
    if (exchange instanceof SecuredExchange secured) {
      return secured.context();
    }
    throw new IllegalStateException("no SecurityFilter on this context: refusing to serve "
        + exchange.getRequestURI().getRawPath());
  }

  /** The signed-in user, if any. */
  public Optional<CurrentUser> user() {
    return session.flatMap(Session::user);
  }
}
