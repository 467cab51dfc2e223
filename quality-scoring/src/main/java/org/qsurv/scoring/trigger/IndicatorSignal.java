package org.qsurv.scoring.trigger;

import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * What routine monitoring says about one of a provider's indicators at its latest period: its
 * threshold band and its <em>Making Data Count</em> variation. Triggers and triangulation read
 * these.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class IndicatorSignal {
  /** The id of the indicator, e.g. {@code shmi}, as in its definition. */
  public abstract IndicatorId indicator();

  /** The indicator's quality domain. */
  public abstract QualityDomain domain();

  /** The latest period returned. */
  public abstract Period period();

  /**
   * The red / amber / green band of the latest value; {@code NONE} when the indicator has no
   * thresholds.
   */
  public abstract ThresholdBand threshold();

  /** The <em>Making Data Count</em> variation icon of the latest point. */
  public abstract Variation variation();

  /** Whether it is a concern: special-cause concern or a red threshold. */
  public boolean ofConcern() {
    return variation() == Variation.SPECIAL_CAUSE_CONCERN || threshold() == ThresholdBand.RED;
  }

  /** What monitoring says about {@code indicator} at {@code period}. */
  public static IndicatorSignal of(IndicatorId indicator, QualityDomain domain, Period period,
      ThresholdBand threshold, Variation variation) {
    return ImmutableIndicatorSignal.builder().indicator(indicator).domain(domain).period(period)
        .threshold(threshold).variation(variation).build();
  }
}
