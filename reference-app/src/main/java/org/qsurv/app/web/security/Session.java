package org.qsurv.app.web.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One browser's session: anonymous until sign-in (it then carries only the CSRF token for the
 * sign-in form), signed in after. A new session, with a new id and a new CSRF token, is made at
 * sign-in ({@link Sessions#signIn}), so an id fixed by an attacker before sign-in is worthless.
 *
 * @param id the session id, sent in the session cookie
 * @param user the signed-in user, or empty before sign-in
 * @param csrfToken the synchronizer token every form of this session carries ({@link Csrf})
 * @param created when the session began: the absolute timeout counts from here
 * @param lastSeen the last request: the idle timeout counts from here
 */
public record Session(
    SessionId id, Optional<CurrentUser> user, String csrfToken, Instant created, Instant lastSeen) {

  /** Checks that every field is present and {@code lastSeen} is not before {@code created}. */
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastSeen, "lastSeen");
    if (lastSeen.isBefore(created)) {
      throw new IllegalArgumentException(
          "session lastSeen must not be before created but was " + lastSeen + " < " + created);
    }
  }

  /** Whether someone has signed in to this session. */
  public boolean isSignedIn() {
    return user.isPresent();
  }

  /** This session seen again at {@code now}. */
  Session seenAt(Instant now) {
    return new Session(id, user, csrfToken, created, now.isAfter(lastSeen) ? now : lastSeen);
  }

  @Override
  public String toString() {
    // The CSRF token is a secret of the session: keep it out of logs.
    return "Session[user=" + user.map(CurrentUser::userName).orElse("(anonymous)")
        + ", created=" + created + ", lastSeen=" + lastSeen + "]";
  }
}
