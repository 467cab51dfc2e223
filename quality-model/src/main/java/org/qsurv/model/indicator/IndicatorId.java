package org.qsurv.model.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of an indicator definition, for example {@code shmi} or {@code cdiff-cases}: a letter or
 * digit, then up to 63 letters, digits, dots, hyphens or underscores.
 *
 * @since 0.1.0
 */
public final class IndicatorId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private IndicatorId(String value) {
    super(value);
  }

  /**
   * Parses an indicator id.
   *
   * @throws IllegalArgumentException if {@code value} is not of the shape above
   */
  @JsonCreator
  public static IndicatorId of(String value) {
    return new IndicatorId(requireShape("indicator id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit"));
  }
}
