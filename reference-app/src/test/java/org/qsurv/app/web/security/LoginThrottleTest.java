package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = MutableClock.at("2025-07-01T09:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(LoginThrottlePolicy.defaults(), clock);

  @Test
  void fourFailuresLeaveTheUserFreeToTryAgain() {
    fail("alice", "10.0.0.1", 4);
    assertTrue(throttle.check("alice", "10.0.0.1").allowed());
  }

  @Test
  void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
    fail("alice", "10.0.0.1", 5);
    LoginThrottle.Verdict verdict = throttle.check("alice", "10.0.0.1");
    assertFalse(verdict.allowed());
    assertEquals(Instant.parse("2025-07-01T09:15:00Z"), verdict.lockedUntil().orElseThrow());
    assertEquals("Too many failed sign-in attempts. Try again in 15 minutes.", verdict.message());

    clock.advance(Duration.ofMinutes(14).plusSeconds(1));
    assertEquals("Too many failed sign-in attempts. Try again in 1 minute.",
        throttle.check("alice", "10.0.0.1").message());
    clock.advance(Duration.ofSeconds(59));
    assertTrue(throttle.check("alice", "10.0.0.1").allowed(), "the lockout has passed");
  }

  @Test
  void theLockoutCountsFromTheFailureThatReachedTheLimit() {
    fail("alice", "10.0.0.1", 4);
    clock.advance(Duration.ofMinutes(10));
    fail("alice", "10.0.0.1", 1); // the fifth, at 09:10
    clock.advance(Duration.ofMinutes(14));
    assertFalse(throttle.check("alice", "10.0.0.1").allowed(), "09:24 is within 09:10 + 15");
    clock.advance(Duration.ofMinutes(1));
    assertTrue(throttle.check("alice", "10.0.0.1").allowed(), "09:25 is not");
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    // The window slides: failures spread out over more than 15 minutes never reach five.
    for (int i = 0; i < 10; i++) {
      fail("alice", "10.0.0.1", 1);
      clock.advance(Duration.ofMinutes(4));
      assertTrue(throttle.check("alice", "10.0.0.1").allowed(), "after failure " + (i + 1));
    }
  }

  @Test
  void failuresAreCountedPerUserNameWhateverTheAddress() {
    for (int i = 1; i <= 5; i++) {
      fail("alice", "10.0.0." + i, 1);
    }
    assertFalse(throttle.check("alice", "10.0.0.99").allowed(), "guessing one account");
    assertFalse(throttle.check("ALICE", "10.0.0.99").allowed(), "names match without case");
    assertTrue(throttle.check("bob", "10.0.0.99").allowed());
  }

  /** One person's five typos lock their own account, not a colleague behind the same NAT. */
  @Test
  void fiveFailuresForOneAccountDoNotRefuseAColleagueFromTheSameAddress() {
    fail("alice", "10.0.0.1", 5);
    assertFalse(throttle.check("alice", "10.0.0.1").allowed());
    assertTrue(throttle.check("bob", "10.0.0.1").allowed());
  }

  @Test
  void fiftyFailuresFromOneAddressAcrossNamesLockTheAddress() {
    for (int i = 1; i <= 49; i++) {
      fail("user" + i, "10.0.0.1", 1);
    }
    assertTrue(throttle.check("someone-else", "10.0.0.1").allowed(), "49 is under the limit");
    fail("user50", "10.0.0.1", 1);
    assertFalse(throttle.check("someone-else", "10.0.0.1").allowed(), "spraying many names");
    assertTrue(throttle.check("someone-else", "10.0.0.2").allowed());
  }

  @Test
  void successClearsTheNameButNotTheAddress() {
    fail("alice", "10.0.0.1", 4);
    throttle.recordSuccess("alice");
    fail("alice", "10.0.0.2", 4);
    assertTrue(throttle.check("alice", "10.0.0.2").allowed(), "alice's count restarted");
    for (int i = 0; i < 46; i++) {
      fail("mallory" + i, "10.0.0.1", 1);
    }
    assertFalse(throttle.check("mallory", "10.0.0.1").allowed(),
        "the address kept alice's four failures, so 46 more reach its 50");
  }

  @Test
  void policyValuesAreConfigurable() {
    LoginThrottle strict = new LoginThrottle(
        new LoginThrottlePolicy(2, 2, Duration.ofHours(1), Duration.ofMinutes(60)), clock);
    strict.recordFailure("alice", "10.0.0.1");
    clock.advance(Duration.ofMinutes(50));
    strict.recordFailure("alice", "10.0.0.1");
    assertFalse(strict.check("alice", "10.0.0.1").allowed());
    clock.advance(Duration.ofMinutes(59));
    assertFalse(strict.check("alice", "10.0.0.1").allowed());
    clock.advance(Duration.ofMinutes(1));
    assertTrue(strict.check("alice", "10.0.0.1").allowed());
  }

  @Test
  void aPolicyMustBeSensible() {
    assertThrows(IllegalArgumentException.class,
        () -> new LoginThrottlePolicy(0, 50, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new LoginThrottlePolicy(5, 4, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new LoginThrottlePolicy(5, 50, Duration.ZERO, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new LoginThrottlePolicy(5, 50, Duration.ofMinutes(1), Duration.ofMinutes(-1)));
  }

  private void fail(String name, String address, int times) {
    for (int i = 0; i < times; i++) {
      assertTrue(throttle.check(name, address).allowed(), "attempt is allowed before failing");
      throttle.recordFailure(name, address);
    }
  }
}
