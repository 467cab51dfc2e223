package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

class SessionsTest {
  static final CurrentUser LEAD =
      new CurrentUser("qlead", "Quality Lead", Role.ICB_QUALITY_LEAD, OrganisationCode.of("QSL"));

  private final MutableClock clock = MutableClock.at("2025-07-01T09:00:00Z");
  private final Sessions sessions = new Sessions(SessionPolicy.defaults(), clock);

  @Test
  void sessionIdsAre256RandomBits() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Session s = sessions.start();
      assertEquals(32, Base64.getUrlDecoder().decode(s.id().value()).length);
      assertTrue(seen.add(s.id().value()), "ids do not repeat");
      assertNotEquals(s.id().value(), s.csrfToken(), "the CSRF token is independent of the id");
    }
  }

  @Test
  void theCookieIsHttpOnlySameSiteStrictWithPathRoot() {
    Session s = sessions.start();
    String cookie = sessions.cookie(s);
    assertTrue(cookie.startsWith("qsurv-session=" + s.id().value() + ";"), cookie);
    List<String> attributes = attributes(cookie);
    assertTrue(attributes.contains("HttpOnly"), cookie);
    assertTrue(attributes.contains("SameSite=Strict"), cookie);
    assertTrue(attributes.contains("Path=/"), cookie);
    assertFalse(attributes.contains("Secure"), "not Secure unless configured: " + cookie);
    assertFalse(cookie.contains("Domain"), cookie);
  }

  @Test
  void aSecureCookieIsMarkedSecureAndHostPrefixed() {
    Sessions secure = new Sessions(SessionPolicy.defaults().withSecureCookie(), clock);
    Session s = secure.start();
    String cookie = secure.cookie(s);
    assertTrue(cookie.startsWith("__Host-qsurv-session="), cookie);
    assertTrue(attributes(cookie).containsAll(List.of("HttpOnly", "SameSite=Strict", "Path=/",
        "Secure")), cookie);
    assertEquals(Optional.of(s.id()),
        secure.sessionIdFrom(List.of("__Host-qsurv-session=" + s.id().value())));
  }

  @Test
  void theExpiredCookieClearsTheValueWithTheSameAttributes() {
    String cookie = sessions.expiredCookie();
    assertTrue(cookie.startsWith("qsurv-session=;"), cookie);
    assertTrue(attributes(cookie).containsAll(List.of("HttpOnly", "SameSite=Strict", "Path=/",
        "Max-Age=0")), cookie);
  }

  @Test
  void aSessionIsResumedFromTheCookieHeaderAmongOthers() {
    Session s = sessions.start();
    Optional<Session> resumed = sessions.resume(
        List.of("theme=dark; qsurv-session=" + s.id().value() + "; other=1"));
    assertEquals(s.id(), resumed.orElseThrow().id());
    assertEquals(Optional.empty(), sessions.resume((List<String>) null));
    assertEquals(Optional.empty(), sessions.resume(List.of("qsurv-session=not-an-id")));
  }

  @Test
  void anUnknownIdResumesNothing() {
    assertEquals(Optional.empty(), sessions.resume(new SessionId("A".repeat(43))));
  }

  @Test
  void anIdleSessionEndsAfterTheIdleTimeout() {
    Session s = sessions.signIn(Optional.empty(), LEAD);
    clock.advance(Duration.ofMinutes(29));
    assertTrue(sessions.resume(s.id()).isPresent(), "29 minutes idle: still live");
    clock.advance(Duration.ofMinutes(29));
    assertTrue(sessions.resume(s.id()).isPresent(), "each request restarts the idle timeout");
    clock.advance(Duration.ofMinutes(30));
    assertEquals(Optional.empty(), sessions.resume(s.id()), "30 minutes idle: ended");
    assertEquals(0, sessions.size(), "an expired session is removed");
  }

  @Test
  void aBusySessionEndsAtTheAbsoluteTimeout() {
    Session s = sessions.signIn(Optional.empty(), LEAD);
    for (int i = 0; i < 31; i++) {
      clock.advance(Duration.ofMinutes(15));
      assertTrue(sessions.resume(s.id()).isPresent(), "after " + (i + 1) * 15 + " minutes");
    }
    clock.advance(Duration.ofMinutes(15)); // 8 hours since sign-in
    assertEquals(Optional.empty(), sessions.resume(s.id()));
  }

  @Test
  void signInRotatesTheSessionIdAndTheCsrfToken() {
    Session anonymous = sessions.start();
    Session signedIn = sessions.signIn(Optional.of(anonymous), LEAD);
    assertNotEquals(anonymous.id(), signedIn.id());
    assertNotEquals(anonymous.csrfToken(), signedIn.csrfToken());
    assertEquals(Optional.of(LEAD), signedIn.user());
    assertEquals(Optional.empty(), sessions.resume(anonymous.id()),
        "the pre-sign-in id (perhaps fixed by an attacker) resumes nothing");
    assertTrue(sessions.resume(signedIn.id()).isPresent());
  }

  @Test
  void signOutInvalidatesTheSession() {
    Session s = sessions.signIn(Optional.empty(), LEAD);
    sessions.signOut(s);
    assertEquals(Optional.empty(), sessions.resume(s.id()));
  }

  @Test
  void resumingASessionThatWasSignedOutDoesNotBringItBack() {
    Session s = sessions.signIn(Optional.empty(), LEAD);
    sessions.signOut(s);
    assertEquals(Optional.empty(), sessions.resume(s.id()));
    assertEquals(0, sessions.size(), "the session is not stored again");
  }

  @Test
  void expiredSessionsArePurgedAsNewOnesStart() {
    for (int i = 0; i < 100; i++) {
      sessions.start();
    }
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 200; i++) {
      sessions.start();
    }
    assertTrue(sessions.size() <= 200, "the 100 expired sessions were purged: " + sessions.size());
  }

  @Test
  void neitherTheIdNorTheTokenAppearsInToString() {
    Session s = sessions.signIn(Optional.empty(), LEAD);
    assertFalse(s.toString().contains(s.id().value()));
    assertFalse(s.toString().contains(s.csrfToken()));
    assertFalse(s.id().toString().contains(s.id().value()));
  }

  private static List<String> attributes(String cookie) {
    return Arrays.stream(cookie.split(";")).skip(1).map(String::trim).toList();
  }
}
