package org.qsurv.app.web.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.ops.AuditLog;

/**
 * Signs a user in: the throttle first (a refused attempt checks no password), then the password,
 * then a new session. Unknown user names cost as much time as known ones, and the message for a
 * failure does not say which of the two was wrong (OWASP Authentication Cheat Sheet). An outdated
 * password hash is upgraded on success. The caller has already checked the sign-in form's CSRF
 * token against the anonymous session ({@link Csrf}).
 *
 * <pre>{@code
 * SignIn.Result result = signIn.attempt(userName, password, clientAddress, anonymousSession);
 * if (result.session().isPresent()) {
 *   headers.add("Set-Cookie", sessions.cookie(result.session().get()));   // then redirect
 * } else {
 *   showForm(result.message());
 * }
 * }</pre>
 */
public final class SignIn {
  /** Shown after any failed attempt: it must not say whether the name or the password was wrong. */
  public static final String FAILED = "The user name or password is not right.";

  private final UserAccounts accounts;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final Sessions sessions;

  /** Sign-in against {@code accounts}, throttled, starting sessions in {@code sessions}. */
  public SignIn(UserAccounts accounts, PasswordHasher hasher, LoginThrottle throttle,
      Sessions sessions) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  /**
   * Attempts to sign in. The password array is cleared before this returns.
   *
   * @param userName the name typed
   * @param password the password typed
   * @param clientAddress the client's address, for the throttle
   * @param current the session the form was served in, ended on success
   */
  public Result attempt(String userName, char[] password, String clientAddress,
      Optional<Session> current) {
    try {
      String name = userName == null ? "" : userName.trim();
      LoginThrottle.Verdict verdict = throttle.check(name, clientAddress);
      if (!verdict.allowed()) {
        AuditLog.signInFailed(name, "throttled", clientAddress);
        return new Result(Optional.empty(), verdict.message());
      }
      Optional<UserAccount> account = name.isEmpty() ? Optional.empty() : accounts.find(name);
      if (account.isEmpty()) {
        hasher.burn(password);
        throttle.recordFailure(name, clientAddress);
        AuditLog.signInFailed(name, "bad-credentials", clientAddress);
        return new Result(Optional.empty(), FAILED);
      }
      String stored = account.get().passwordHash();
      if (!hasher.verify(password, stored)) {
        throttle.recordFailure(name, clientAddress);
        AuditLog.signInFailed(name, "bad-credentials", clientAddress);
        return new Result(Optional.empty(), FAILED);
      }
      throttle.recordSuccess(name);
      if (hasher.needsRehash(stored)) {
        accounts.replacePasswordHash(account.get().user().userName(), hasher.hash(password));
      }
      AuditLog.signedIn(account.get().user().userName(), "password", clientAddress);
      return new Result(Optional.of(sessions.signIn(current, account.get().user())), "");
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * The outcome of an attempt: a new signed-in session, or the message to show on the form.
   *
   * @param session the new session, when signed in
   * @param message why not, when not signed in; empty otherwise
   */
  public record Result(Optional<Session> session, String message) {}
}
