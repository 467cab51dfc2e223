package org.qsurv.model.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * An Organisation Data Service (ODS) code, as issued by NHS England: trusts have three characters
 * ({@code RH5}), trust sites and many other organisations five ({@code RTG08}), GP practices and
 * dental contracts a letter and five digits ({@code A81001}), ICBs {@code Q} and two letters or
 * digits ({@code QSL}) (ODS). Codes are upper case; a lower-case code is rejected, never
 * guessed at.
 *
 * @since 0.1.0
 */
public final class OdsCode extends Identifier {
  private static final Pattern SHAPE =
      Pattern.compile("[A-Z0-9]{3}|[A-Z0-9]{5}|[A-Z][0-9]{5}");
  private static final Pattern ICB = Pattern.compile("Q[A-Z0-9]{2}");

  private OdsCode(String value) {
    super(value);
  }

  /**
   * Parses an ODS code.
   *
   * @throws IllegalArgumentException if {@code value} is not three or five upper-case letters or
   *     digits, or a letter and five digits
   */
  @JsonCreator
  public static OdsCode of(String value) {
    return new OdsCode(requireShape("ODS code", value, SHAPE,
        "3 or 5 upper-case letters or digits, or a letter and 5 digits (e.g. RH5, RTG08, A81001)"));
  }

  /** Whether {@code value} has the shape of an ODS code. */
  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  /** Whether this code has the shape of an Integrated Care Board's ({@code Q} and two more). */
  public boolean isIcbShaped() {
    return ICB.matcher(value()).matches();
  }
}
