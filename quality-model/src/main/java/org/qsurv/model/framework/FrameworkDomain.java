package org.qsurv.model.framework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * One domain of a {@link QualityFramework}, for example CQC's "Responsive".
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableFrameworkDomain.class)
@JsonDeserialize(as = ImmutableFrameworkDomain.class)
public abstract class FrameworkDomain {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** The domain's id within its framework, upper case with underscores, e.g. {@code WELL_LED}. */
  @Value.Parameter
  public abstract String id();

  /** The domain's name as its framework writes it. */
  @Value.Parameter
  public abstract String name();

  /** A domain with an id and a name. */
  public static FrameworkDomain of(String id, String name) {
    return ImmutableFrameworkDomain.of(id, name);
  }

  /**
   * Rejects an id that is not an upper case letter followed by upper case letters, digits and
   * underscores, or a blank name, with an {@link IllegalArgumentException} that names the value.
   */
  @Value.Check
  protected void check() {
    Checks.check(ID.matcher(id()).matches(),
        () -> "framework domain id must be upper case letters, digits and underscores but was "
            + Checks.quote(id()));
    Checks.notBlank("framework domain name", name());
  }
}
