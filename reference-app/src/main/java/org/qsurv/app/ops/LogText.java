package org.qsurv.app.ops;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Values made safe to write into a log line. */
final class LogText {
  /** Longer values are cut: a log line is not a place for a whole request. */
  static final int MAX_LENGTH = 200;

  private LogText() {}

  /**
   * {@code value} with control characters (a line break would forge a second log line) replaced
   * by {@code ?}, and cut to {@value #MAX_LENGTH} characters.
   */
  static String clean(String value) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_LENGTH + 1));
    for (int i = 0; i < value.length() && b.length() < MAX_LENGTH; i++) {
      char c = value.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    if (value.length() > MAX_LENGTH) {
      b.append('…');
    }
    return b.toString();
  }

  /**
   * A short fingerprint of a name typed at sign-in: the same name gives the same fingerprint, so
   * that repeated failures against one account can be seen, without writing what was typed (people
   * type their password into the name field).
   */
  static String fingerprint(String typed) {
    return Hashing.sha256().hashString(typed, StandardCharsets.UTF_8).toString().substring(0, 12);
  }
}
