package org.qsurv.app.web.security;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link SecurityFilter} established about a request, for its page: the session (if
 * any), the route table's decision (always allowed by the time a page runs, with the path
 * variables), the query string, the submitted form (read and CSRF-checked by the filter) and the
 * client's address (through the trusted proxy, if one is configured).
 *
 * <pre>{@code
 * RequestContext request = RequestContext.of(ctx);
 * CurrentUser user = request.user().orElseThrow();
 * String provider = request.decision().pathVariable("provider").orElseThrow();
 * }</pre>
 *
 * @param session the browser's live session, if it has one
 * @param decision the route table's decision for the request
 * @param query the query string's parameters
 * @param form the submitted form, for a POST; empty otherwise
 * @param clientAddress the client's address ({@link ClientAddress})
 */
public record RequestContext(Optional<Session> session, AccessDecision decision, FormData query,
    FormData form, String clientAddress) {
  private static final String ATTRIBUTE = RequestContext.class.getName();

  /** Checks that every part is present. */
  public RequestContext {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(clientAddress, "clientAddress");
  }

  static void attach(Context ctx, RequestContext context) {
    ctx.attribute(ATTRIBUTE, context);
  }

  static boolean isAttached(Context ctx) {
    return ctx.attribute(ATTRIBUTE) instanceof RequestContext;
  }

  /**
   * The context the filter established for the request of {@code ctx}.
   *
   * @throws IllegalStateException if the {@link SecurityFilter} did not run: a page outside it
   *     must not serve anything (it fails closed)
   */
  public static RequestContext of(Context ctx) {
    if (ctx.attribute(ATTRIBUTE) instanceof RequestContext context) {
      return context;
    }
    throw new IllegalStateException("no SecurityFilter before this page: refusing to serve "
        + ctx.path());
  }

  /** The signed-in user, if any. */
  public Optional<CurrentUser> user() {
    return session.flatMap(Session::user);
  }
}
