package org.qsurv.model.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * A commissioner: an Integrated Care Board (formerly a CCG), identified by its ODS code
 * ({@code QSL} for NHS Somerset ICB). It holds surveillance of the providers in its area as their
 * host commissioner (003 §5.3.4).
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableCommissioner.class)
@JsonDeserialize(as = ImmutableCommissioner.class)
public abstract class Commissioner {
  /** The commissioner's ODS code. */
  public abstract OdsCode code();

  /** Its name, for example "NHS Somerset ICB". */
  public abstract String name();

  /** The NHS England region it belongs to, where known. */
  public abstract Optional<NhsEnglandRegion> region();

  /** A commissioner with a code and a name. */
  public static Commissioner of(OdsCode code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * A builder for a commissioner: {@code code} and {@code name} are required, {@code region} is
   * optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Commissioner}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableCommissioner.Builder {}

  /**
   * Rejects a blank name with an {@link IllegalArgumentException} that names the field and the
   * value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("commissioner name", name());
  }
}
