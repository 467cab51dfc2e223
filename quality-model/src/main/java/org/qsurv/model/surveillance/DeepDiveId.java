package org.qsurv.model.surveillance;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of a deep dive, unique within a snapshot, for example {@code DD-1}: a level of
 * assurance names the deep dive it rests on by it.
 *
 * @since 1.0.0
 */
public final class DeepDiveId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private DeepDiveId(String value) {
    super(value);
  }

  /**
   * Parses a deep dive id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static DeepDiveId of(String value) {
    return new DeepDiveId(requireShape("deep dive id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
