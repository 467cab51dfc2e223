package org.qsurv.app.web;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.qsurv.app.port.Directory;
import org.qsurv.app.port.PasswordHashes;
import org.qsurv.app.port.User;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.PasswordHasher;
import org.qsurv.app.web.security.UserAccount;
import org.qsurv.app.web.security.UserAccounts;

/**
 * The reference application's sign-in accounts: the users of the {@link Directory} (the demo data
 * set has one for every role), each with a password hash made by the {@link PasswordHasher}
 * (PBKDF2) and kept in {@link PasswordHashes} (the user table). A user without a hash gets a random
 * password on first start: it is handed to the caller once (the {@code serve} command prints it)
 * and only its hash is kept.
 *
 * <pre>{@code
 * DemoAccounts accounts = DemoAccounts.open(ports.directory(), JdbcPorts.passwordHashes(db),
 *     PasswordHasher.owaspDefault(), (user, password) -> out.println(user + " " + password));
 * }</pre>
 */
public final class DemoAccounts implements UserAccounts {
  private static final char[] ALPHABET =
      "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int PASSWORD_LENGTH = 16;

  private final Directory directory;
  private final PasswordHashes hashes;

  private DemoAccounts(Directory directory, PasswordHashes hashes) {
    this.directory = directory;
    this.hashes = hashes;
  }

  /**
   * The accounts of {@code directory}'s users, with the hashes {@code hashes} holds; every user
   * without one gets a new random password, passed once to {@code created} and then forgotten.
   */
  public static DemoAccounts open(Directory directory, PasswordHashes hashes,
      PasswordHasher hasher, BiConsumer<User, String> created) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(hashes, "hashes");
    SecureRandom random = new SecureRandom();
    for (User user : directory.users()) {
      if (hashes.hash(user.username()).isEmpty()) {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
          password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        hashes.save(user.username(), hasher.hash(password));
        created.accept(user, new String(password));
      }
    }
    return new DemoAccounts(directory, hashes);
  }

  @Override
  public Optional<UserAccount> find(String userName) {
    return hashes.hash(userName).flatMap(hash -> directory.user(userName).map(u ->
        new UserAccount(new CurrentUser(u.username(), u.displayName(), u.role(),
            u.organisation()), hash)));
  }

  @Override
  public void replacePasswordHash(String userName, String passwordHash) {
    hashes.save(userName, passwordHash);
  }
}
