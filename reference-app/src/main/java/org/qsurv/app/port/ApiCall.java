package org.qsurv.app.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One call of the JSON API, as audited: when, by which token ({@code -} when no token was
 * accepted), the method, the route's pattern (such as {@code /api/v1/providers/{provider}/case};
 * never the query, which may hold anything) and the status answered.
 *
 * @since 1.1.0
 */
public record ApiCall(Instant at, String token, String method, String route, int status) {
  /** Checks that every field is present and the status is an HTTP status. */
  public ApiCall {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(route, "route");
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status but was " + status);
    }
  }
}
