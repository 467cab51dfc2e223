package org.qsurv.app.web.security;

import java.util.regex.Pattern;

/**
 * The identifier of a session: 256 random bits from {@link java.security.SecureRandom}, written as
 * 43 characters of unpadded base64url. Its {@link #toString()} is redacted so that an id never
 * reaches a log by accident; {@link #value()} gives the id itself, for the cookie.
 *
 * @param value the 43-character id
 */
public record SessionId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** Validates the shape; a cookie value that is not an id is rejected, never looked up. */
  public SessionId {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("session id must be 43 base64url characters");
    }
  }

  /** Whether {@code value} has the shape of a session id. */
  public static boolean isWellFormed(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  @Override
  public String toString() {
    return "SessionId[redacted]";
  }
}
