package org.qsurv.app.api;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secrets of API tokens: {@code qsurv_} and 256 random bits as unpadded base64url (49
 * characters in all), shown once when the token is created and stored only as their SHA-256 (hex).
 * A fast hash is enough for a secret with 256 bits of entropy (nobody can guess one to match a
 * stolen hash), and it lets the token be found by its hash with one indexed read.
 *
 * @since 1.1.0
 */
public final class TokenSecrets {
  /** What every secret starts with, so that a leaked one is recognised by secret scanners. */
  public static final String PREFIX = "qsurv_";

  private static final Pattern SHAPE = Pattern.compile("qsurv_[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random;

  /** Secrets drawn from {@code random}. */
  public TokenSecrets(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A new secret. */
  public String next() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PREFIX + ENCODER.encodeToString(bytes);
  }

  /** Whether {@code text} has the shape of a secret (not whether one was ever issued). */
  public static boolean wellFormed(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  /** The SHA-256 of the secret, 64 lower-case hex digits: all that is stored. */
  public static String hash(String secret) {
    return Hashing.sha256().hashString(secret, StandardCharsets.UTF_8).toString();
  }
}
