package org.qsurv.app.web.html;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.Checks;

/**
 * One option of a select or a group of radios.
 *
 * @param value the submitted value
 * @param label what the user reads
 */
public record Choice(String value, String label) {
  /** Checks that the value is present and the label is not blank. */
  public Choice {
    Objects.requireNonNull(value, "value");
    Checks.notBlank("choice label", label);
  }

  /** A choice for each constant, its name submitted and its name as words shown. */
  public static List<Choice> of(Enum<?>[] constants) {
    return Arrays.stream(constants).map(c -> new Choice(c.name(), Labels.words(c))).toList();
  }
}
