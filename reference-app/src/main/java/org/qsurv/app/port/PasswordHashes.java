package org.qsurv.app.port;

import java.util.Optional;

/**
 * Where the reference application keeps its users' password hashes (never passwords): the
 * {@code password_hash} column of its user table. An embedding system that signs its users in
 * through its own identity provider has no use for this port; it replaces the web application's
 * {@code UserAccounts} instead.
 *
 * <pre>{@code
 * PasswordHashes hashes = JdbcPorts.passwordHashes(db);
 * hashes.save("m.ellery", hasher.hash(password));
 * boolean ok = hashes.hash("m.ellery").map(h -> hasher.verify(attempt, h)).orElse(false);
 * }</pre>
 */
public interface PasswordHashes {
  /** The stored hash of {@code username}'s password, if the user exists and has one. */
  Optional<String> hash(String username);

  /**
   * Stores {@code hash} as {@code username}'s password hash, replacing any other (one
   * transaction).
   *
   * @throws IllegalArgumentException if there is no such user, or the hash is blank
   */
  void save(String username, String hash);
}
