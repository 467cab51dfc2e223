package org.qsurv.app.web.security;

import java.util.Optional;

/**
 * The port through which sign-in finds users: the reference application's adapter reads its own
 * user table; an embedding system would put its identity provider here instead. Implementations
 * must be safe for concurrent use.
 */
public interface UserAccounts {
  /** The account with this user name, if there is one. */
  Optional<UserAccount> find(String userName);

  /**
   * Replaces the stored password hash of {@code userName}, when sign-in has upgraded it to the
   * current iteration count ({@link PasswordHasher#needsRehash}).
   */
  void replacePasswordHash(String userName, String passwordHash);
}
