package org.qsurv.model.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.qsurv.model.Identifier;

/**
 * The id of a contract quality meeting, unique within a snapshot, for example {@code M-1}.
 *
 * @since 1.0.0
 */
public final class ContractMeetingId extends Identifier {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private ContractMeetingId(String value) {
    super(value);
  }

  /**
   * Parses a meeting id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 letters, digits, '.', '-',
   *     '_', ':' or '/', starting with a letter or digit
   */
  @JsonCreator
  public static ContractMeetingId of(String value) {
    return new ContractMeetingId(requireShape("meeting id", value, SHAPE,
        "1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a letter or digit"));
  }
}
