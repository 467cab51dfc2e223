package org.qsurv.app.web.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256, the slow key-derivation function the JDK
 * provides. A new hash uses a 16-byte salt from {@link SecureRandom} and the current iteration
 * count; the encoded form records everything needed to verify it later:
 * {@code pbkdf2-sha256$600000$<salt, base64>$<hash, base64>}.
 *
 * <p>The default of 600,000 iterations is OWASP's Password Storage Cheat Sheet figure for
 * PBKDF2-HMAC-SHA256 (2023); 210,000 is its figure for HMAC-SHA512 and is the floor this class
 * accepts for new hashes. Hashes made with fewer iterations than the current count still verify
 * and report {@link #needsRehash}, so that sign-in can upgrade them. Verification compares in
 * constant time.
 *
 * <pre>{@code
 * PasswordHasher hasher = PasswordHasher.owaspDefault();
 * String stored = hasher.hash(password);            // store this, never the password
 * boolean ok = hasher.verify(attempt, stored);
 * if (ok && hasher.needsRehash(stored)) { store(hasher.hash(attempt)); }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PasswordHasher {
  /** OWASP's current advice for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023). */
  public static final int OWASP_ITERATIONS = 600_000;

  /** The lowest iteration count accepted for a new hash (OWASP's figure for HMAC-SHA512). */
  public static final int MINIMUM_ITERATIONS = 210_000;

  static final String ALGORITHM_ID = "pbkdf2-sha256";
  private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  // Stored hashes are read back from a database; refuse absurd counts rather than spin for hours.
  private static final int MAXIMUM_ITERATIONS = 100_000_000;

  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final int iterations;
  private final SecureRandom random;

  private PasswordHasher(int iterations, SecureRandom random) {
    this.iterations = iterations;
    this.random = random;
  }

  /** A hasher with OWASP's current iteration count, {@value #OWASP_ITERATIONS}. */
  public static PasswordHasher owaspDefault() {
    return new PasswordHasher(OWASP_ITERATIONS, new SecureRandom());
  }

  /**
   * A hasher with another iteration count, for a site that has measured its own hardware.
   *
   * @throws IllegalArgumentException if {@code iterations} is below {@value #MINIMUM_ITERATIONS}
   */
  public static PasswordHasher withIterations(int iterations) {
    if (iterations < MINIMUM_ITERATIONS || iterations > MAXIMUM_ITERATIONS) {
      throw new IllegalArgumentException("password hash iterations must be between "
          + MINIMUM_ITERATIONS + " and " + MAXIMUM_ITERATIONS + " but was " + iterations);
    }
    return new PasswordHasher(iterations, new SecureRandom());
  }

  /** The iteration count of new hashes. */
  public int iterations() {
    return iterations;
  }

  /**
   * Hashes {@code password} with a fresh random salt and returns the encoded form. The caller may
   * clear the array afterwards; this method does not keep it.
   *
   * @throws IllegalArgumentException if the password is empty
   */
  public String hash(char[] password) {
    Objects.requireNonNull(password, "password");
    if (password.length == 0) {
      throw new IllegalArgumentException("password must not be empty");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return encode(iterations, salt, derive(password, salt, iterations));
  }

  /**
   * Whether {@code password} matches the encoded hash. A malformed or unknown encoding never
   * matches (it is not an error: stored data is not trusted). The comparison of the derived keys
   * takes the same time wherever they differ.
   */
  public boolean verify(char[] password, String encoded) {
    Objects.requireNonNull(password, "password");
    Optional<Encoded> parsed = Encoded.parse(encoded);
    if (parsed.isEmpty() || password.length == 0) {
      // Spend the same effort as a real check, so timing does not reveal a missing account.
      burn(password);
      return false;
    }
    Encoded e = parsed.get();
    byte[] actual = derive(password, e.salt, e.iterations);
    return MessageDigest.isEqual(actual, e.hash);
  }

  /**
   * Spends as long as verifying a password, with nothing to compare against: call it when the user
   * name is unknown so that a response's timing does not tell an attacker which names exist.
   */
  public void burn(char[] password) {
    char[] input = password.length == 0 ? new char[] {' '} : password;
    derive(input, new byte[SALT_BYTES], iterations);
  }

  /**
   * Whether a stored hash should be replaced at the next successful sign-in: it used fewer
   * iterations than this hasher, or it is not in this hasher's encoding at all.
   */
  public boolean needsRehash(String encoded) {
    return Encoded.parse(encoded).map(e -> e.iterations < iterations).orElse(true);
  }

  static String encode(int iterations, byte[] salt, byte[] hash) {
    return ALGORITHM_ID + "$" + iterations + "$" + ENCODER.encodeToString(salt) + "$"
        + ENCODER.encodeToString(hash);
  }

  static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      // Every Java SE 8+ runtime must provide PBKDF2WithHmacSHA256: its absence is a broken JDK.
      throw new IllegalStateException(JCA_ALGORITHM + " is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** A parsed encoded hash. */
  private static final class Encoded {
    final int iterations;
    final byte[] salt;
    final byte[] hash;

    private Encoded(int iterations, byte[] salt, byte[] hash) {
      this.iterations = iterations;
      this.salt = salt;
      this.hash = hash;
    }

    static Optional<Encoded> parse(String encoded) {
      if (encoded == null) {
        return Optional.empty();
      }
      String[] parts = encoded.split("\\$", -1);
      if (parts.length != 4 || !parts[0].equals(ALGORITHM_ID)) {
        return Optional.empty();
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = DECODER.decode(parts[2]);
        byte[] hash = DECODER.decode(parts[3]);
        if (iterations < 1 || iterations > MAXIMUM_ITERATIONS || salt.length < 8
            || hash.length != HASH_BYTES) {
          return Optional.empty();
        }
        return Optional.of(new Encoded(iterations, salt, hash));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
