package org.qsurv.model.visit;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of a quality visit, unique within a snapshot, for example {@code V-1}.
 *
 * @since 1.0.0
 */
public final class VisitId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private VisitId(String value) {
    super(value);
  }

  /**
   * Parses a visit id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static VisitId of(String value) {
    return new VisitId(requireShape("visit id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
