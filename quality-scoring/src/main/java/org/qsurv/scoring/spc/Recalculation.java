package org.qsurv.scoring.spc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A decision to recalculate an indicator's limits from a period, for one provider or for all: a
 * step change made only for a known, sustained change in the process, never automatically
 * (MDC), so it records why.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableRecalculation.class)
@JsonDeserialize(as = ImmutableRecalculation.class)
public abstract class Recalculation {
  /** The indicator whose limits are recalculated. */
  public abstract IndicatorId indicator();

  /** The provider whose series is recalculated; empty for every provider. */
  public abstract Optional<OrganisationCode> provider();

  /** The first period of the new limits. */
  // The builder's from(...) sets this attribute; Immutables then leaves out its copy-from method.
  @SuppressWarnings("immutables:from")
  public abstract Period from();

  /** The known change in the process, e.g. "new ward opened" or "definition changed". */
  public abstract String reason();

  /**
   * A builder for a recalculation: {@code indicator}, {@code from} and {@code reason} are required;
   * leave {@code provider} unset to recalculate every provider's series.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Recalculation}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableRecalculation.Builder {}

  /**
   * Rejects a blank reason with an {@link IllegalArgumentException}: a recalculation must record
   * the known change it answers.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("recalculation reason", reason());
  }
}
