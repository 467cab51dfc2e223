package org.qsurv.app.web.forms;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.qsurv.app.web.html.FieldError;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.Checks;

/**
 * Reads one submitted form field by field, collecting every refusal rather than stopping at the
 * first, so that the person who submitted it can put every field right at once. Each reader
 * returns a value that is safe to use even when it refused (empty, or a placeholder): check
 * {@link #refused()} before using them.
 */
final class FormReader {
  private final FormData form;
  private final List<FieldError> errors = new ArrayList<>();

  FormReader(FormData form) {
    this.form = form;
  }

  /** The field's value, trimmed; "" when absent. */
  String raw(String name) {
    return form.first(name).orElse("").trim();
  }

  /** Records a refusal of {@code field}. */
  void refuse(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** A required text of at most {@code max} characters. */
  String text(String name, int max) {
    String v = raw(name);
    if (v.isEmpty()) {
      refuse(name, name + " is required but was empty");
    } else if (v.length() > max) {
      refuse(name, name + " must be at most " + max + " characters but was " + v.length());
    }
    return v;
  }

  /** An optional text of at most {@code max} characters: empty when the field is empty. */
  Optional<String> optionalText(String name, int max) {
    String v = raw(name);
    if (v.length() > max) {
      refuse(name, name + " must be at most " + max + " characters but was " + v.length());
    }
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** An ISO date (YYYY-MM-DD) no later than {@code latest}. */
  Optional<LocalDate> date(String name, LocalDate latest) {
    return date(name).filter(d -> {
      if (d.isAfter(latest)) {
        refuse(name, name + " must be on or before " + latest + " but was " + d);
        return false;
      }
      return true;
    });
  }

  /** An ISO date (YYYY-MM-DD), any date the model accepts. */
  Optional<LocalDate> date(String name) {
    return read(name, v -> FieldValues.date(name, v));
  }

  /** The constant of {@code type} spelled as the field's value. */
  <E extends Enum<E>> Optional<E> oneOf(String name, Class<E> type) {
    return read(name, v -> FieldValues.oneOf(name, v, type));
  }

  /** The field's value as {@code parse} reads it; empty, and the field refused, if it cannot. */
  private <T> Optional<T> read(String name, Function<String, T> parse) {
    try {
      return Optional.of(parse.apply(raw(name)));
    } catch (FieldValues.Refused e) {
      refuse(name, e.getMessage());
      return Optional.empty();
    }
  }

  /** Like {@link #oneOf}, but "" (none chosen) is allowed and read as empty. */
  <E extends Enum<E>> Optional<E> optionalOneOf(String name, Class<E> type) {
    return raw(name).isEmpty() ? Optional.empty() : oneOf(name, type);
  }

  /** "yes" or "no". */
  boolean yesNo(String name) {
    String v = raw(name);
    if (!v.equals("yes") && !v.equals("no")) {
      refuse(name, name + " must be yes or no but was " + Checks.quote(v));
    }
    return v.equals("yes");
  }

  /** A whole number from {@code min} to {@code max}. */
  Optional<Integer> integer(String name, int min, int max) {
    return read(name, v -> FieldValues.integer(name, v, min, max));
  }

  /**
   * Builds the value once every field is accepted; a value the model refuses (its own checks name
   * the field and value) is refused under {@code field}.
   */
  <T> FormResult<T> result(String field, Supplier<T> build) {
    if (refused()) {
      return new FormResult.Refused<>(ImmutableList.copyOf(errors));
    }
    try {
      return new FormResult.Accepted<>(build.get());
    } catch (IllegalArgumentException e) {
      refuse(field, e.getMessage());
      return new FormResult.Refused<>(ImmutableList.copyOf(errors));
    }
  }

  /** Whether any field was refused. */
  boolean refused() {
    return !errors.isEmpty();
  }
}
