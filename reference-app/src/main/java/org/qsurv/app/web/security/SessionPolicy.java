package org.qsurv.app.web.security;

import java.time.Duration;
import java.util.Objects;

/**
 * The local choices for sessions: how long an idle session lives, how long any session lives, and
 * whether the cookie is marked {@code Secure} (served over HTTPS). The defaults follow OWASP's
 * Session Management Cheat Sheet for an application of this kind: 30 minutes idle, 8 hours (a
 * working day) in all.
 *
 * @param idleTimeout a session unused for this long has ended
 * @param absoluteTimeout a session this old has ended, however busy
 * @param secureCookie whether to mark the cookie {@code Secure}; true whenever served over HTTPS
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteTimeout, boolean secureCookie) {

  /** Validates: both timeouts positive, the idle timeout no longer than the absolute one. */
  public SessionPolicy {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(absoluteTimeout, "absoluteTimeout");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("session idleTimeout must be positive but was " + idleTimeout);
    }
    if (absoluteTimeout.compareTo(idleTimeout) < 0) {
      throw new IllegalArgumentException("session absoluteTimeout must be at least the idleTimeout ("
          + idleTimeout + ") but was " + absoluteTimeout);
    }
  }

  /** 30 minutes idle, 8 hours absolute, cookie not marked {@code Secure} (loopback HTTP). */
  public static SessionPolicy defaults() {
    return new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8), false);
  }

  /** This policy with the cookie marked {@code Secure}, for a server behind HTTPS. */
  public SessionPolicy withSecureCookie() {
    return new SessionPolicy(idleTimeout, absoluteTimeout, true);
  }
}
