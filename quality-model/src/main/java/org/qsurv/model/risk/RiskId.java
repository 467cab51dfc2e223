package org.qsurv.model.risk;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of a risk on the register, unique within a snapshot, for example {@code R-1}.
 *
 * @since 0.1.0
 */
public final class RiskId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private RiskId(String value) {
    super(value);
  }

  /**
   * Parses risk id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static RiskId of(String value) {
    return new RiskId(requireShape("risk id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
