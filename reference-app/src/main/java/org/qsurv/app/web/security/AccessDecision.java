package org.qsurv.app.web.security;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * What the route table decided for one request: allowed (with the route and its path variables)
 * or refused, with the HTTP status to answer. A refusal says no more than its status: the page
 * must not name what the user may not see.
 *
 * @param outcome allowed, or why not
 * @param route the route that matched, if one did
 * @param pathVariables the path variables, decoded, when a route matched
 */
public record AccessDecision(
    Outcome outcome, Optional<Route> route, ImmutableMap<String, String> pathVariables) {

  /** Checks that every field is present. */
  public AccessDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(pathVariables, "pathVariables");
  }

  /** What became of a request, with its HTTP status. */
  public enum Outcome {
    /** The user may use the route. */
    ALLOWED(200),
    /** The route needs a signed-in user and there is none: send them to sign in. */
    SIGN_IN_REQUIRED(401),
    /** The user's role, or their organisation, may not use the route. */
    FORBIDDEN(403),
    /** No route has this path (deny by default), or a path variable names nothing valid. */
    NOT_FOUND(404),
    /** Routes have this path, but none with this method. */
    METHOD_NOT_ALLOWED(405);

    private final int status;

    Outcome(int status) {
      this.status = status;
    }

    /** The HTTP status code to answer (a page may turn 401 into a redirect to sign in). */
    public int status() {
      return status;
    }
  }

  /** Whether the request may go ahead. */
  public boolean allowed() {
    return outcome == Outcome.ALLOWED;
  }

  /** The value of a path variable of the matched route. */
  public Optional<String> pathVariable(String name) {
    return Optional.ofNullable(pathVariables.get(name));
  }

  static AccessDecision allowed(Route route, ImmutableMap<String, String> variables) {
    return new AccessDecision(Outcome.ALLOWED, Optional.of(route), variables);
  }

  static AccessDecision refused(Outcome outcome, Optional<Route> route) {
    return new AccessDecision(outcome, route, ImmutableMap.of());
  }
}
