package org.qsurv.app.web.security;

import java.time.Duration;
import java.util.Objects;

/**
 * The local choices for limiting sign-in attempts: after {@code maxFailuresPerAccount} failed
 * attempts within {@code window} for one user name, or {@code maxFailuresPerAddress} from one
 * client address across names, further attempts (for that name, or from that address) are refused
 * for {@code lockout} after the last failure. The two limits differ because an ICB office signs in
 * from one NAT address: one person's typos must lock only their own account, never their
 * colleagues', while many failures across names from one address are password spraying. The
 * defaults (5 failures for an account, 50 for an address, in 15 minutes, lock for 15 minutes)
 * follow the OWASP Authentication Cheat Sheet's advice to throttle rather than lock accounts
 * permanently.
 *
 * @param maxFailuresPerAccount failures for one user name that lock it, at least 1
 * @param maxFailuresPerAddress failures from one address that lock it, at least {@code
 *     maxFailuresPerAccount}
 * @param window how far back failures count (a sliding window)
 * @param lockout how long attempts are refused after the failure that triggered it
 */
public record LoginThrottlePolicy(int maxFailuresPerAccount, int maxFailuresPerAddress,
    Duration window, Duration lockout) {

  /** Validates every value, naming the field. */
  public LoginThrottlePolicy {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(lockout, "lockout");
    if (maxFailuresPerAccount < 1 || maxFailuresPerAccount > 1000) {
      throw new IllegalArgumentException("login throttle maxFailuresPerAccount must be between 1 "
          + "and 1000 but was " + maxFailuresPerAccount);
    }
    if (maxFailuresPerAddress < maxFailuresPerAccount || maxFailuresPerAddress > 100_000) {
      throw new IllegalArgumentException("login throttle maxFailuresPerAddress must be between "
          + "maxFailuresPerAccount (" + maxFailuresPerAccount + ") and 100000 but was "
          + maxFailuresPerAddress);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("login throttle window must be positive but was " + window);
    }
    if (lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException("login throttle lockout must be positive but was " + lockout);
    }
  }

  /** 5 failures for an account, or 50 from an address, in 15 minutes locks for 15 minutes. */
  public static LoginThrottlePolicy defaults() {
    return new LoginThrottlePolicy(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15));
  }
}
