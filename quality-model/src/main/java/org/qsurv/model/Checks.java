package org.qsurv.model;

import java.util.function.Supplier;

/**
 * Validation helpers for value types: every failure is an {@link IllegalArgumentException} whose
 * message names the field and the offending value so that a caller can tell what to fix.
 *
 * <p>Public, although a user rarely calls it, because the values of every library (and an
 * embedding system's own values, as the reference app's) validate with it, so that all their
 * messages read alike.
 *
 * @since 0.1.0
 */
public final class Checks {
  private Checks() {}

  /** Requires {@code value} to be between {@code min} and {@code max} inclusive. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** Requires {@code value} to be a finite number (not NaN, not infinite). */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number but was " + value);
    }
    return value;
  }

  /** Requires {@code value} to contain a non-whitespace character. */
  public static String notBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          field + " must not be blank but was " + (value == null ? "absent" : quote(value)));
    }
    return value;
  }

  /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition}. */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Throws {@link IllegalArgumentException} with the message {@code message} supplies unless
   * {@code condition}: the form for a message built from values, which is then built only when
   * the check fails. Values are checked far more often than they fail (a national run checks
   * millions), and a message built every time costs its strings at run time and makes every
   * checking method's compiled code larger.
   *
   * @since 1.0.0
   */
  public static void check(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new IllegalArgumentException(message.get());
    }
  }

  /** A value quoted for an error message, shortened when long. */
  public static String quote(String value) {
    String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return '"' + shown + '"';
  }
}
