package org.qsurv.app.web.security;

import java.time.Duration;
import java.util.Objects;

/**
 * The local choices for limiting sign-in attempts: after {@code maxFailures} failed attempts within
 * {@code window}, for one user name or from one client address, further attempts are refused for
 * {@code lockout} after the last failure. The defaults (5 failures in 15 minutes locks for 15
 * minutes) follow the OWASP Authentication Cheat Sheet's advice to throttle rather than lock
 * accounts permanently.
 *
 * @param maxFailures failures that trigger the lockout, at least 1
 * @param window how far back failures count (a sliding window)
 * @param lockout how long attempts are refused after the failure that triggered it
 */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

  /** Validates every value, naming the field. */
  public LoginThrottlePolicy {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(lockout, "lockout");
    if (maxFailures < 1 || maxFailures > 1000) {
      throw new IllegalArgumentException(
          "login throttle maxFailures must be between 1 and 1000 but was " + maxFailures);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("login throttle window must be positive but was " + window);
    }
    if (lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException("login throttle lockout must be positive but was " + lockout);
    }
  }

  /** 5 failures in 15 minutes locks for 15 minutes. */
  public static LoginThrottlePolicy defaults() {
    return new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
  }
}
