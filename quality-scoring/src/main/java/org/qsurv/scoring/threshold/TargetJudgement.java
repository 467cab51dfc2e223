package org.qsurv.scoring.threshold;

import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Polarity;

/**
 * A value judged against its indicator's target (003 §5.1.1): whether it meets it, and how far
 * it falls short. A value equal to the target meets it.
 *
 * <pre>{@code
 * TargetJudgement.of(ffTest, 91.0).ifPresent(t -> report(t.met(), t.shortfall()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class TargetJudgement {
  /** The indicator's target, in the indicator's unit. */
  public abstract double target();

  /** The value judged, in the indicator's unit. */
  public abstract double value();

  /** Whether the value is on the target or on its good side. */
  public abstract boolean met();

  /** How far the value is on the worse side of the target; 0 when it is met. */
  public abstract double shortfall();

  /**
   * The judgement of {@code value} against the indicator's target; empty when it has no target
   * or is {@link Polarity#NEUTRAL} (no side of a target is better).
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Optional<TargetJudgement> of(IndicatorDefinition indicator, double value) {
    Checks.finite("value", value);
    if (indicator.target().isEmpty() || indicator.polarity() == Polarity.NEUTRAL) {
      return Optional.empty();
    }
    double target = indicator.target().getAsDouble();
    double shortfall = indicator.polarity() == Polarity.LOWER_IS_BETTER
        ? Math.max(0, value - target)
        : Math.max(0, target - value);
    return Optional.of(ImmutableTargetJudgement.builder().target(target).value(value)
        .met(shortfall == 0).shortfall(shortfall).build());
  }
}
