package org.qsurv.app.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits sign-in attempts: failures are counted per user name and per client address over a
 * sliding window, each against its own limit ({@link LoginThrottlePolicy}), and once either
 * reaches its limit further attempts are refused with a clear message until the lockout has
 * passed. Counting by name stops guessing one account's
 * password; counting by address stops one client trying many names (password spraying). A
 * success clears the failures of that user name only, so that an attacker who owns one account
 * cannot use it to reset the count of their address.
 *
 * <pre>{@code
 * LoginThrottle throttle = new LoginThrottle(LoginThrottlePolicy.defaults(), clock);
 * LoginThrottle.Verdict verdict = throttle.check(userName, clientAddress);
 * if (!verdict.allowed()) { show(verdict.message()); return; }    // do not even check the password
 * if (passwordOk) throttle.recordSuccess(userName); else throttle.recordFailure(userName, clientAddress);
 * }</pre>
 *
 * <p>Time comes from the injected {@link Clock}. State is in memory and thread-safe.
 */
public final class LoginThrottle {
  // Past this many tracked keys, keys with nothing left to remember are dropped.
  private static final int PRUNE_ABOVE = 10_000;

  private final LoginThrottlePolicy policy;
  private final Clock clock;
  private final Map<String, Tally> tallies = new HashMap<>();

  /** A throttle with {@code policy}, timed by {@code clock}. */
  public LoginThrottle(LoginThrottlePolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Whether an attempt to sign in as {@code userName} from {@code clientAddress} may be made now.
   * Call it before checking the password: a refused attempt is not checked and not counted.
   */
  public synchronized Verdict check(String userName, String clientAddress) {
    Instant now = clock.instant();
    Optional<Instant> until = later(
        lockedUntil(nameKey(userName), now), lockedUntil(addressKey(clientAddress), now));
    if (until.isEmpty()) {
      return new Verdict(true, Optional.empty(), "");
    }
    long minutes = Math.max(1, ceilMinutes(Duration.between(now, until.get())));
    return new Verdict(false, until, "Too many failed sign-in attempts. Try again in " + minutes
        + (minutes == 1 ? " minute." : " minutes."));
  }

  /**
   * Counts a failed attempt against both the user name and the client address; the attempt that
   * brings either to the limit within the window starts its lockout.
   */
  public synchronized void recordFailure(String userName, String clientAddress) {
    Instant now = clock.instant();
    if (tallies.size() > PRUNE_ABOVE) {
      tallies.values().removeIf(t -> t.forgettable(now));
    }
    tallies.computeIfAbsent(nameKey(userName), k -> new Tally(policy.maxFailuresPerAccount()))
        .fail(now);
    tallies.computeIfAbsent(addressKey(clientAddress),
        k -> new Tally(policy.maxFailuresPerAddress())).fail(now);
  }

  /** Clears the failures counted against {@code userName} (not those of any address). */
  public synchronized void recordSuccess(String userName) {
    tallies.remove(nameKey(userName));
  }

  private Optional<Instant> lockedUntil(String key, Instant now) {
    Tally tally = tallies.get(key);
    return tally == null ? Optional.empty() : tally.lockedUntil(now);
  }

  /** The failures of one key within the window, and the end of its lockout, if any. */
  private final class Tally {
    private final int maxFailures;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    Tally(int maxFailures) {
      this.maxFailures = maxFailures;
    }

    void fail(Instant now) {
      dropOutsideWindow(now);
      failures.addLast(now);
      if (failures.size() >= maxFailures) {
        lockedUntil = now.plus(policy.lockout());
      }
    }

    Optional<Instant> lockedUntil(Instant now) {
      return now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    boolean forgettable(Instant now) {
      dropOutsideWindow(now);
      return failures.isEmpty() && !now.isBefore(lockedUntil);
    }

    private void dropOutsideWindow(Instant now) {
      while (!failures.isEmpty() && !failures.peekFirst().plus(policy.window()).isAfter(now)) {
        failures.removeFirst();
      }
    }
  }

  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isAfter(b.get()) ? a : b;
  }

  private static long ceilMinutes(Duration d) {
    long seconds = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
    return (seconds + 59) / 60;
  }

  private static String nameKey(String userName) {
    // User names are matched without regard to case, as at sign-in.
    return "name:" + (userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String clientAddress) {
    return "address:" + (clientAddress == null ? "" : clientAddress);
  }

  /**
   * Whether a sign-in attempt may go ahead, and if not, until when and what to tell the user.
   *
   * @param allowed whether the attempt may be made
   * @param lockedUntil when attempts may resume, if refused
   * @param message the message for the user when refused; empty when allowed
   */
  public record Verdict(boolean allowed, Optional<Instant> lockedUntil, String message) {}
}
