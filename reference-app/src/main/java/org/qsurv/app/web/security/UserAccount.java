package org.qsurv.app.web.security;

import java.util.Objects;

/**
 * A user who may sign in, with the stored hash of their password ({@link PasswordHasher}). Its
 * {@link #toString()} leaves the hash out.
 *
 * @param user who they are once signed in
 * @param passwordHash the encoded hash of their password
 */
public record UserAccount(CurrentUser user, String passwordHash) {
  /** Checks that both fields are present. */
  public UserAccount {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordHash, "passwordHash");
  }

  @Override
  public String toString() {
    return "UserAccount[" + user + "]";
  }
}
