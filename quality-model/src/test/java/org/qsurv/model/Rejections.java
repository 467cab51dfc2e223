package org.qsurv.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions for the model's construction rule: an invalid value cannot exist, and the
 * {@link IllegalArgumentException} that says so names the field and the value.
 */
public final class Rejections {
  private Rejections() {}

  /**
   * Asserts that {@code construction} throws {@link IllegalArgumentException} whose message
   * mentions every one of {@code mentions} (the field and the value, typically), and returns the
   * message.
   */
  public static String assertRejected(Executable construction, String... mentions) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    String message = e.getMessage();
    for (String mention : mentions) {
      assertTrue(message != null && message.contains(mention),
          () -> "expected the message to mention \"" + mention + "\" but it was: " + message);
    }
    return message;
  }

  /** Text with no non-whitespace character, the empty string included. */
  public static Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(" \t\n\r\u000B\f\u2003\u3000").ofMaxLength(6);
  }

  /** NaN and the two infinities: the doubles that are not finite numbers. */
  public static Arbitrary<Double> nonFinite() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }
}
