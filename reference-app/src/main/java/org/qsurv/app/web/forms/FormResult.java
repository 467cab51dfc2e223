package org.qsurv.app.web.forms;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.stream.Collectors;
import org.qsurv.app.web.html.FieldError;

/**
 * What a submitted form came to: the value it was read as (and written, for a service that
 * writes), or every field it refused, each with a message naming the field and the value.
 *
 * @param <T> what the form is read as
 * @since 1.0.0
 */
public sealed interface FormResult<T> {
  /**
   * The value accepted, for a caller that reports a refusal as an exception (the escalation
   * forms, whose lifecycle rejections are reported the same way).
   *
   * @throws IllegalArgumentException naming every refused field with its value
   */
  T orElseThrow();

  /**
   * The form was accepted.
   *
   * @param value what it was read as
   */
  record Accepted<T>(T value) implements FormResult<T> {
    public Accepted {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public T orElseThrow() {
      return value;
    }
  }

  /**
   * The form was refused and nothing was written.
   *
   * @param errors every refused field, in the order of the form; never empty
   */
  record Refused<T>(ImmutableList<FieldError> errors) implements FormResult<T> {
    public Refused {
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a refused form names at least one field");
      }
    }

    @Override
    public T orElseThrow() {
      throw new IllegalArgumentException(errors.stream().map(FieldError::message)
          .collect(Collectors.joining("; ")));
    }

    /** The refusal of one field. */
    public static <T> Refused<T> of(String field, String message) {
      return new Refused<>(ImmutableList.of(new FieldError(field, message)));
    }

    /** The same refusal, as a result of another type. */
    public <U> Refused<U> as() {
      return new Refused<>(errors);
    }
  }
}
