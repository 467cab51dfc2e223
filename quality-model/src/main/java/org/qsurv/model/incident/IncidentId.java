package org.qsurv.model.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of a serious incident, unique within a snapshot, for example {@code SI-2025-001}.
 *
 * @since 1.0.0
 */
public final class IncidentId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private IncidentId(String value) {
    super(value);
  }

  /**
   * Parses an incident id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static IncidentId of(String value) {
    return new IncidentId(requireShape("incident id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
