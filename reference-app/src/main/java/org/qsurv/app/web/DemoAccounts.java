package org.qsurv.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.qsurv.app.port.Directory;
import org.qsurv.app.port.User;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.PasswordHasher;
import org.qsurv.app.web.security.UserAccount;
import org.qsurv.app.web.security.UserAccounts;

/**
 * The reference application's sign-in accounts: the users of the {@link Directory} (the demo data
 * set has one for every role), each with a password hash made by the {@link PasswordHasher}
 * (PBKDF2). A user without a hash gets a random password on first start: it is handed to the
 * caller once (the {@code serve} command prints it) and only its hash is kept, in a properties file
 * beside the database when there is one, in memory otherwise.
 *
 * <pre>{@code
 * DemoAccounts accounts = DemoAccounts.open(directory, Optional.of(passwordFile),
 *     PasswordHasher.owaspDefault(), (user, password) -> out.println(user + " " + password));
 * }</pre>
 */
public final class DemoAccounts implements UserAccounts {
  private static final char[] ALPHABET =
      "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int PASSWORD_LENGTH = 16;

  private final Directory directory;
  private final Optional<Path> file;
  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  private DemoAccounts(Directory directory, Optional<Path> file) {
    this.directory = directory;
    this.file = file;
  }

  /**
   * The accounts of {@code directory}'s users, with hashes from {@code file} if it exists; every
   * user without one gets a new random password, passed once to {@code created} and then
   * forgotten.
   */
  public static DemoAccounts open(Directory directory, Optional<Path> file, PasswordHasher hasher,
      BiConsumer<User, String> created) {
    Objects.requireNonNull(directory, "directory");
    DemoAccounts accounts = new DemoAccounts(directory, file);
    file.filter(Files::exists).ifPresent(accounts::load);
    SecureRandom random = new SecureRandom();
    boolean changed = false;
    for (User user : directory.users()) {
      if (!accounts.hashes.containsKey(user.username())) {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
          password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        String shown = new String(password);
        accounts.hashes.put(user.username(), hasher.hash(password));
        created.accept(user, shown);
        changed = true;
      }
    }
    if (changed) {
      accounts.store();
    }
    return accounts;
  }

  @Override
  public Optional<UserAccount> find(String userName) {
    String hash = hashes.get(userName);
    if (hash == null) {
      return Optional.empty();
    }
    return directory.user(userName).map(u -> new UserAccount(
        new CurrentUser(u.username(), u.displayName(), u.role(), u.organisation()), hash));
  }

  @Override
  public void replacePasswordHash(String userName, String passwordHash) {
    hashes.put(userName, passwordHash);
    store();
  }

  private void load(Path path) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(path)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the password file " + path, e);
    }
    p.stringPropertyNames().forEach(name -> hashes.put(name, p.getProperty(name)));
  }

  private synchronized void store() {
    if (file.isEmpty()) {
      return;
    }
    Path path = file.get();
    Properties p = new Properties();
    p.putAll(hashes);
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, "passwords", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        p.store(out, "qsurv sign-in accounts: PBKDF2 password hashes, never passwords");
      }
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the password file " + path, e);
    }
  }
}
