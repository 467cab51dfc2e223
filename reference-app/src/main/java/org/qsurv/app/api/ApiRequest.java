package org.qsurv.app.api;

import io.javalin.http.Context;
import java.util.Objects;
import org.qsurv.app.port.ApiToken;
import org.qsurv.app.web.security.AccessDecision;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.FormData;

/**
 * What the {@link ApiGate} established for one API call before its endpoint runs: the token (and
 * the user it acts as) that the route admits, the route and its path variables, the query and the
 * body, read within its limit. An endpoint without one fails closed ({@link #of}).
 *
 * @param token the accepted token; absent only on the public routes
 * @param user the token as the route table sees it (its name, role and organisation)
 * @param decision the route table's decision, with the path variables
 * @param query the query parameters
 * @param body the request body (empty for GET)
 */
record ApiRequest(java.util.Optional<ApiToken> token, java.util.Optional<CurrentUser> user,
    AccessDecision decision, FormData query, byte[] body) {
  private static final String ATTRIBUTE = ApiRequest.class.getName();

  ApiRequest {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(body, "body");
  }

  static void attach(Context ctx, ApiRequest request) {
    ctx.attribute(ATTRIBUTE, request);
  }

  /**
   * The request the gate established.
   *
   * @throws IllegalStateException if the gate did not run: the endpoint must not answer
   */
  static ApiRequest of(Context ctx) {
    if (ctx.attribute(ATTRIBUTE) instanceof ApiRequest request) {
      return request;
    }
    throw new IllegalStateException("no ApiGate before this endpoint: refusing to serve "
        + ctx.path());
  }

  /** The accepted token's user: every route but the public ones has one. */
  CurrentUser caller() {
    return user.orElseThrow(() -> new IllegalStateException("no token on a non-public route"));
  }

  /** A path variable of the route. */
  String path(String variable) {
    return decision.pathVariable(variable)
        .orElseThrow(() -> new IllegalStateException("no path variable " + variable));
  }
}
