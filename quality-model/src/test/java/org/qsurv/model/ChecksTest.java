package org.qsurv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A check that fails throws {@link IllegalArgumentException} with its message, which names the
 * field and the value (the rule every value's validation follows); one that passes changes
 * nothing. A message made from values is made only when the check fails: a national run checks
 * millions of values and should not build a string for each.
 */
class ChecksTest {
  /** For every condition and message: the message is built once if the check fails, else never. */
  @Property
  void aSuppliedMessageIsBuiltOnlyWhenTheCheckFails(@ForAll boolean condition,
      @ForAll String message) {
    AtomicInteger built = new AtomicInteger();
    if (condition) {
      Checks.check(true, () -> {
        built.incrementAndGet();
        return message;
      });
      assertEquals(0, built.get());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Checks.check(false, () -> {
            built.incrementAndGet();
            return message;
          }));
      assertEquals(message, e.getMessage());
      assertEquals(1, built.get());
    }
  }

  /** The supplied form fails with the same message as the form given a string. */
  @Test
  void bothFormsFailAlike() {
    int points = 1;
    IllegalArgumentException given = assertThrows(IllegalArgumentException.class,
        () -> Checks.check(points >= 2, "points must be at least 2 but was " + points));
    IllegalArgumentException supplied = assertThrows(IllegalArgumentException.class,
        () -> Checks.check(points >= 2, () -> "points must be at least 2 but was " + points));
    assertEquals(given.getMessage(), supplied.getMessage());
  }
}
