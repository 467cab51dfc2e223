package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsrfTest {
  private final Sessions sessions =
      new Sessions(SessionPolicy.defaults(), Clock.systemUTC());
  private final Session session = sessions.start();

  @Test
  void aPostWithTheSessionsTokenIsAccepted() {
    assertTrue(Csrf.permits(HttpMethod.POST, Optional.of(session),
        Optional.of(session.csrfToken())));
  }

  @Test
  void aPostWithoutATokenIsRefused() {
    assertFalse(Csrf.permits(HttpMethod.POST, Optional.of(session), Optional.empty()));
    assertFalse(Csrf.permits(HttpMethod.POST, Optional.of(session), Optional.of("")));
  }

  @Test
  void aPostWithAWrongTokenIsRefused() {
    String token = session.csrfToken();
    String oneCharOff = token.substring(0, token.length() - 1)
        + (token.endsWith("A") ? "B" : "A");
    assertFalse(Csrf.permits(HttpMethod.POST, Optional.of(session), Optional.of(oneCharOff)));
    assertFalse(Csrf.permits(HttpMethod.POST, Optional.of(session), Optional.of(token + "x")));
    assertFalse(Csrf.permits(HttpMethod.POST, Optional.of(session),
        Optional.of(token.substring(1))));
  }

  @Test
  void anotherSessionsTokenIsRefused() {
    Session other = sessions.start();
    assertFalse(Csrf.permits(HttpMethod.POST, Optional.of(session),
        Optional.of(other.csrfToken())));
  }

  @Test
  void aPostWithoutASessionIsRefusedWhateverItSends() {
    assertFalse(Csrf.permits(HttpMethod.POST, Optional.empty(), Optional.of(session.csrfToken())));
  }

  @Test
  void safeMethodsNeedNoToken() {
    assertTrue(Csrf.permits(HttpMethod.GET, Optional.empty(), Optional.empty()));
    assertTrue(Csrf.permits(HttpMethod.HEAD, Optional.of(session), Optional.empty()));
  }

  @Test
  void theTokenChangesAtSignIn() {
    Session signedIn = sessions.signIn(Optional.of(session), SessionsTest.LEAD);
    assertFalse(Csrf.matches(signedIn, Optional.of(session.csrfToken())),
        "a token from before sign-in is no good after it");
    assertTrue(Csrf.matches(signedIn, Optional.of(signedIn.csrfToken())));
  }
}
