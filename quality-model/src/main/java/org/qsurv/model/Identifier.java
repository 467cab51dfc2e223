package org.qsurv.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A validated identifier: a string with a shape, never a bare {@code String}. Two identifiers are
 * equal when they are of the same class and have the same value.
 *
 * @since 0.1.0
 */
public abstract class Identifier implements Comparable<Identifier> {
  private final String value;

  /**
   * For subclasses: an identifier of {@code value}, which the subclass has already checked with
   * {@link #requireShape}. This constructor checks only that it is not null (a
   * {@link NullPointerException} otherwise).
   */
  protected Identifier(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The identifier exactly as written, for example {@code RH5}. */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Identifier) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final int compareTo(Identifier other) {
    return value.compareTo(other.value);
  }

  @Override
  public final String toString() {
    return value;
  }

  /**
   * Checks that {@code value} matches {@code pattern} and returns it; otherwise throws
   * {@link IllegalArgumentException} naming the field, the value and the expected shape.
   */
  protected static String requireShape(
      String field, String value, java.util.regex.Pattern pattern, String shape) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be " + shape + " but was " + Checks.quote(value));
    }
    return value;
  }
}
