package org.qsurv.model.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * One provider's value of one indicator for one period, with its numerator and denominator where
 * the provider returned them. An observation with no value records a <em>missing return</em>: a
 * return that was due and not made, which is itself a finding (003 §5.1.2; 001 §7.3).
 *
 * <pre>{@code
 * Observation june = Observation.of(OrganisationCode.of("RH5"), IndicatorId.of("shmi"),
 *     Period.parse("2025-06"), 1.12);
 * Observation missing = Observation.missing(OrganisationCode.of("RH5"), IndicatorId.of("shmi"),
 *     Period.parse("2025-07"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public abstract class Observation {
  /** The provider that made (or missed) the return: its ODS code or CQC location id. */
  public abstract OrganisationCode provider();

  /** The indicator the return is for. */
  public abstract IndicatorId indicator();

  /** The month or quarter the value is for; in a snapshot, of the indicator's frequency. */
  public abstract Period period();

  /** The value, or empty for a missing return. */
  public abstract OptionalDouble value();

  /**
   * The numerator the value was calculated from, where the provider returned it; always empty for a
   * missing return. It is carried, not checked against the value.
   */
  public abstract OptionalDouble numerator();

  /**
   * The denominator the value was calculated from, where the provider returned it: above zero;
   * always empty for a missing return. It is carried, not checked against the value.
   */
  public abstract OptionalDouble denominator();

  /** Whether this records a missing return. */
  @JsonIgnore
  public boolean isMissing() {
    return value().isEmpty();
  }

  /** A returned value. */
  public static Observation of(
      OrganisationCode provider, IndicatorId indicator, Period period, double value) {
    return builder().provider(provider).indicator(indicator).period(period).value(value).build();
  }

  /** A return that was due and not made. */
  public static Observation missing(OrganisationCode provider, IndicatorId indicator, Period period) {
    return builder().provider(provider).indicator(indicator).period(period).build();
  }

  /**
   * A builder for an observation: {@code provider}, {@code indicator} and {@code period} are
   * required; leave {@code value} unset to record a missing return.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Observation}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableObservation.Builder {}

  /**
   * Rejects a value or numerator that is not finite, a denominator that is not finite and above
   * zero, and a missing return with a numerator or denominator, with an
   * {@link IllegalArgumentException} that names the field.
   */
  @Value.Check
  protected void check() {
    value().ifPresent(v -> Checks.finite("observation value", v));
    numerator().ifPresent(v -> Checks.finite("observation numerator", v));
    denominator().ifPresent(v -> Checks.check(Double.isFinite(v) && v > 0,
        () -> "observation denominator must be a finite number above 0 but was " + v));
    Checks.check(value().isPresent() || (numerator().isEmpty() && denominator().isEmpty()),
        "a missing return (no value) cannot have a numerator or denominator");
  }
}
