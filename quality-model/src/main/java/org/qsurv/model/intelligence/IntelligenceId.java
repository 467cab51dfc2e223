package org.qsurv.model.intelligence;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of an intelligence item, unique within a snapshot, for example {@code I-1}.
 *
 * @since 0.1.0
 */
public final class IntelligenceId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private IntelligenceId(String value) {
    super(value);
  }

  /**
   * Parses intelligence id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static IntelligenceId of(String value) {
    return new IntelligenceId(requireShape("intelligence id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
