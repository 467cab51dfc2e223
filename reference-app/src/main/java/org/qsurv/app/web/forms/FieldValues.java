package org.qsurv.app.web.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.qsurv.model.Checks;

/**
 * Form and query values read so that a bad one is refused with a message naming the field and the
 * value; the page answers 400 and writes nothing. Every form and filter of the application reads
 * its dates, choices and numbers through these, one at a time or, with {@link FormReader}, a
 * whole form with every refusal collected.
 *
 * @since 1.0.0
 */
public final class FieldValues {
  private FieldValues() {}

  /** A value refused: the message names {@link #field()} and the value. */
  public static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** The refusal of {@code field}'s value, with a message naming both. */
    public Refused(String field, String message) {
      super(message);
      this.field = field;
    }

    /** The name the value was read under. */
    public String field() {
      return field;
    }
  }

  /** {@code value} as an ISO date (YYYY-MM-DD). */
  public static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Refused(name, name + " must be a date as YYYY-MM-DD but was "
          + Checks.quote(value));
    }
  }

  /** The constant of {@code type} spelled {@code value}. */
  public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
        .orElseThrow(() -> new Refused(name, name + " must be one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + " but was " + Checks.quote(value)));
  }

  /** {@code value}, which must be one of {@code allowed} ("" for none chosen, if allowed). */
  public static String oneOf(String name, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new Refused(name, name + " must be one of " + allowed.stream()
          .map(a -> a.isEmpty() ? "empty" : a).collect(Collectors.joining(", ")) + " but was "
          + Checks.quote(value));
    }
    return value;
  }

  /** {@code value} as a whole number from {@code min} to {@code max}. */
  public static int integer(String name, String value, int min, int max) {
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
