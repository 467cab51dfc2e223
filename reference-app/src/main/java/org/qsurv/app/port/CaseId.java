package org.qsurv.app.port;

import java.util.Objects;
import java.util.regex.Pattern;
import org.qsurv.model.Checks;

/**
 * The id of an escalation case: one provider's passage through enhanced or intensive surveillance,
 * stored as its event log. For example {@code RH5-2025-1}: 1 to 64 letters, digits, '.', '-', '_',
 * ':' or '/', starting with a letter or digit.
 *
 * @param value the id as written
 */
public record CaseId(String value) implements Comparable<CaseId> {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  public CaseId {
    Objects.requireNonNull(value, "case id");
    Checks.check(SHAPE.matcher(value).matches(), "case id must be 1 to 64 letters, digits, '.', "
        + "'-', '_', ':' or '/', starting with a letter or digit, but was " + Checks.quote(value));
  }

  /** The case with this id. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
