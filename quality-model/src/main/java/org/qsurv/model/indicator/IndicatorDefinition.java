package org.qsurv.model.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.framework.QualityDomain;

/**
 * What an indicator measures and how it is judged (003 §5.1.1, §5.2.1): its domain, unit, polarity
 * and frequency, and optionally red / amber / green thresholds, a target (for the Making Data Count
 * assurance icon) and a planned trajectory.
 *
 * <pre>{@code
 * IndicatorDefinition shmi = IndicatorDefinition.builder()
 *     .id(IndicatorId.of("shmi")).name("Summary Hospital-level Mortality Indicator")
 *     .domain(QualityDomain.SAFE).unit("ratio").polarity(Polarity.LOWER_IS_BETTER)
 *     .frequency(Frequency.MONTHLY).thresholds(Thresholds.of(1.05, 1.15)).target(1.0)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableIndicatorDefinition.class)
@JsonDeserialize(as = ImmutableIndicatorDefinition.class)
public abstract class IndicatorDefinition {
  /**
   * The indicator's id, e.g. {@code shmi}: unique within a snapshot, and how observations name the
   * indicator.
   */
  public abstract IndicatorId id();

  /**
   * The indicator's name as people read it, e.g. "Summary Hospital-level Mortality Indicator";
   * never blank.
   */
  public abstract String name();

  /** The NQB quality domain the indicator reports under (NQB 2016; 003 §5.1.1). */
  public abstract QualityDomain domain();

  /** The unit, as people read it: "ratio", "%", "cases", "per 1,000 bed days". */
  public abstract String unit();

  /**
   * Which direction of the indicator is good. It gives the thresholds and the trajectory their
   * worse side, so it cannot be {@link Polarity#NEUTRAL} when either is set.
   */
  public abstract Polarity polarity();

  /**
   * How often the indicator is returned; a trajectory must plan periods of this frequency, and in a
   * snapshot every observation of the indicator is for a period of it.
   */
  public abstract Frequency frequency();

  /** Red / amber / green bands, where the indicator has them. */
  public abstract Optional<Thresholds> thresholds();

  /** The target, where there is one: it drives the Making Data Count assurance icon. */
  public abstract OptionalDouble target();

  /** A planned trajectory, where there is one. */
  public abstract Optional<Trajectory> trajectory();

  /**
   * A builder for an indicator definition: {@code id}, {@code name}, {@code domain}, {@code unit},
   * {@code polarity} and {@code frequency} are required; thresholds, target and trajectory are
   * optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link IndicatorDefinition}: every setter returns this builder, and
   * {@code build()} returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {}

  /**
   * Rejects a blank name or unit, a target that is not finite, thresholds or a trajectory on a
   * {@link Polarity#NEUTRAL} indicator, a red threshold not on the worse side of amber, and a
   * trajectory of another frequency, with an {@link IllegalArgumentException} that names the
   * indicator and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("indicator name", name());
    Checks.notBlank("indicator unit", unit());
    target().ifPresent(t -> Checks.finite("indicator target", t));
    thresholds().ifPresent(t -> {
      Checks.check(polarity() != Polarity.NEUTRAL, () -> "indicator " + id()
          + " has thresholds but polarity NEUTRAL: thresholds need a worse side");
      Checks.check(polarity().isWorse(t.red(), t.amber()), () -> "indicator " + id() + ": red ("
          + t.red() + ") must be on the worse side of amber (" + t.amber() + ") for "
          + polarity());
    });
    trajectory().ifPresent(t -> {
      Checks.check(polarity() != Polarity.NEUTRAL, () -> "indicator " + id()
          + " has a trajectory but polarity NEUTRAL: a trajectory needs a worse side");
      Frequency planned = t.points().get(0).period().frequency();
      Checks.check(planned == frequency(), () -> "indicator " + id() + " is " + frequency()
          + " but its trajectory plans " + planned + " periods");
    });
  }
}
