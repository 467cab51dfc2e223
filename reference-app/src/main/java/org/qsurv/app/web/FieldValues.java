package org.qsurv.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.qsurv.model.Checks;

/**
 * Form and query values read so that a bad one is refused with a message naming the field and the
 * value; the page answers 400 and writes nothing. Every form and filter of the application reads
 * its dates, choices and numbers through these.
 */
final class FieldValues {
  private FieldValues() {}

  /** A value refused: the message names {@link #field} and the value. */
  static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name the value was read under. */
    final String field;

    Refused(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  /** {@code value} as an ISO date (YYYY-MM-DD). */
  static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Refused(name, name + " must be a date as YYYY-MM-DD but was "
          + Checks.quote(value));
    }
  }

  /** The constant of {@code type} spelled {@code value}. */
  static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
        .orElseThrow(() -> new Refused(name, name + " must be one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + " but was " + Checks.quote(value)));
  }

  /** {@code value}, which must be one of {@code allowed} ("" for none chosen, if allowed). */
  static String oneOf(String name, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new Refused(name, name + " must be one of " + allowed.stream()
          .map(a -> a.isEmpty() ? "empty" : a).collect(Collectors.joining(", ")) + " but was "
          + Checks.quote(value));
    }
    return value;
  }

  /** {@code value} as a whole number from {@code min} to {@code max}. */
  static int integer(String name, String value, int min, int max) {
    Refused refusal = new Refused(name, name + " must be a whole "
        + "number from " + min + " to " + max + " but was " + Checks.quote(value));
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw refusal;
    }
    if (n < min || n > max) {
      throw refusal;
    }
    return n;
  }
}
