package org.qsurv.model.improvement;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of an improvement-plan action, unique within a snapshot, for example {@code A-1}.
 *
 * @since 1.0.0
 */
public final class ActionId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private ActionId(String value) {
    super(value);
  }

  /**
   * Parses an action id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static ActionId of(String value) {
    return new ActionId(requireShape("action id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
