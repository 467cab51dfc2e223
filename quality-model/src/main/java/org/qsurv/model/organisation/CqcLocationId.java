package org.qsurv.model.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * A Care Quality Commission location id: {@code 1-} followed by digits, for example
 * {@code 1-101234567} (CQC). Care homes and other small providers are often known to the
 * commissioner by this id rather than an ODS code.
 *
 * @since 0.1.0
 */
public final class CqcLocationId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("1-[0-9]{6,12}");

  private CqcLocationId(String value) {
    super(value);
  }

  /**
   * Parses a CQC location id.
   *
   * @throws IllegalArgumentException if {@code value} is not {@code 1-} followed by 6 to 12 digits
   */
  @JsonCreator
  public static CqcLocationId of(String value) {
    return new CqcLocationId(
        requireShape("CQC location id", value, SHAPE, "1- followed by 6 to 12 digits (e.g. 1-101234567)"));
  }

  /** Whether {@code value} has the shape of a CQC location id. */
  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }
}
