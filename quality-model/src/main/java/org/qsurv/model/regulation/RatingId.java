package org.qsurv.model.regulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of a regulator's rating of a provider, unique within a snapshot, for example {@code CQC-2025-RH5}.
 *
 * @since 1.0.0
 */
public final class RatingId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private RatingId(String value) {
    super(value);
  }

  /**
   * Parses a rating id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static RatingId of(String value) {
    return new RatingId(requireShape("rating id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
