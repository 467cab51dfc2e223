package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

class SignInTest {
  private static final CurrentUser DIRECTOR =
      new CurrentUser("director", "A. Director", Role.ICB_DIRECTOR, OrganisationCode.of("QSL"));
  private static final PasswordHasher HASHER =
      PasswordHasher.withIterations(PasswordHasher.MINIMUM_ITERATIONS);
  private static final String STORED = HASHER.hash("s3cret-pass".toCharArray());

  private final MutableClock clock = MutableClock.at("2025-07-01T09:00:00Z");
  private final Accounts accounts = new Accounts();
  private final Sessions sessions =
      new Sessions(SessionPolicy.defaults(), clock);
  private final SignIn signIn = new SignIn(accounts, HASHER,
      new LoginThrottle(LoginThrottlePolicy.defaults(), clock), sessions);

  SignInTest() {
    accounts.hashes.put("director", STORED);
  }

  @Test
  void theRightPasswordSignsInWithANewSession() {
    Session anonymous = sessions.start();
    SignIn.Result result =
        signIn.attempt("director", "s3cret-pass".toCharArray(), "127.0.0.1", Optional.of(anonymous));
    Session session = result.session().orElseThrow();
    assertEquals(Optional.of(DIRECTOR), session.user());
    assertNotEquals(anonymous.id(), session.id());
    assertEquals(Optional.empty(), sessions.resume(anonymous.id()));
  }

  @Test
  void aWrongPasswordAndAnUnknownNameGetTheSameMessage() {
    SignIn.Result wrong = signIn.attempt("director", "nope".toCharArray(), "127.0.0.1",
        Optional.empty());
    SignIn.Result unknown = signIn.attempt("nobody", "nope".toCharArray(), "127.0.0.1",
        Optional.empty());
    assertEquals(Optional.empty(), wrong.session());
    assertEquals(Optional.empty(), unknown.session());
    assertEquals(SignIn.FAILED, wrong.message());
    assertEquals(wrong.message(), unknown.message());
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordIsRefusedUntilTheLockoutPasses() {
    for (int i = 0; i < 5; i++) {
      signIn.attempt("director", "guess".toCharArray(), "10.0.0.9", Optional.empty());
    }
    SignIn.Result refused = signIn.attempt("director", "s3cret-pass".toCharArray(), "10.0.0.9",
        Optional.empty());
    assertEquals(Optional.empty(), refused.session());
    assertTrue(refused.message().startsWith("Too many failed sign-in attempts"),
        refused.message());
    clock.advance(Duration.ofMinutes(15));
    assertTrue(signIn.attempt("director", "s3cret-pass".toCharArray(), "10.0.0.9",
        Optional.empty()).session().isPresent());
  }

  @Test
  void anOutdatedHashIsUpgradedOnSuccess() {
    SignIn upgrading = new SignIn(accounts, PasswordHasher.owaspDefault(),
        new LoginThrottle(LoginThrottlePolicy.defaults(), clock), sessions);
    assertTrue(upgrading.attempt("director", "s3cret-pass".toCharArray(), "127.0.0.1",
        Optional.empty()).session().isPresent());
    String upgraded = accounts.hashes.get("director");
    assertNotEquals(STORED, upgraded);
    assertFalse(PasswordHasher.owaspDefault().needsRehash(upgraded));
    assertTrue(HASHER.verify("s3cret-pass".toCharArray(), upgraded));
  }

  @Test
  void thePasswordArrayIsClearedAfterwards() {
    char[] password = "s3cret-pass".toCharArray();
    signIn.attempt("director", password, "127.0.0.1", Optional.empty());
    assertArrayEquals(new char[password.length], password);
  }

  private static final class Accounts implements UserAccounts {
    final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Override
    public Optional<UserAccount> find(String userName) {
      return userName.equals("director")
          ? Optional.of(new UserAccount(DIRECTOR, hashes.get("director")))
          : Optional.empty();
    }

    @Override
    public void replacePasswordHash(String userName, String passwordHash) {
      hashes.put(userName, passwordHash);
    }
  }
}
