package org.qsurv.scoring.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;

/** RAG thresholds by polarity (003 §5.2.1; SNAPSHOT.md {@code threshold}). */
class ThresholdBandTest {
  static IndicatorDefinition shmi() {
    return IndicatorDefinition.builder().id(IndicatorId.of("shmi")).name("SHMI")
        .domain(QualityDomain.SAFE).unit("ratio").polarity(Polarity.LOWER_IS_BETTER)
        .frequency(Frequency.MONTHLY).thresholds(Thresholds.of(1.05, 1.15)).target(1.0).build();
  }

  static IndicatorDefinition fft() {
    return IndicatorDefinition.builder().id(IndicatorId.of("fft")).name("Friends and Family")
        .domain(QualityDomain.EXPERIENCE).unit("%").polarity(Polarity.HIGHER_IS_BETTER)
        .frequency(Frequency.MONTHLY).thresholds(Thresholds.of(90, 85)).target(95).build();
  }

  @Test
  void lowerIsBetterBandsFromSnapshotMd() {
    assertEquals(ThresholdBand.GREEN, ThresholdBand.of(shmi(), 1.02));
    assertEquals(ThresholdBand.AMBER, ThresholdBand.of(shmi(), 1.12));
    assertEquals(ThresholdBand.RED, ThresholdBand.of(shmi(), 1.2));
  }

  @Test
  void aValueEqualToAThresholdFallsInTheWorseBand() {
    assertEquals(ThresholdBand.AMBER, ThresholdBand.of(shmi(), 1.05));
    assertEquals(ThresholdBand.RED, ThresholdBand.of(shmi(), 1.15));
    assertEquals(ThresholdBand.AMBER, ThresholdBand.of(fft(), 90));
    assertEquals(ThresholdBand.RED, ThresholdBand.of(fft(), 85));
  }

  @Test
  void higherIsBetterBands() {
    assertEquals(ThresholdBand.GREEN, ThresholdBand.of(fft(), 96));
    assertEquals(ThresholdBand.AMBER, ThresholdBand.of(fft(), 88));
    assertEquals(ThresholdBand.RED, ThresholdBand.of(fft(), 70));
  }

  @Test
  void anIndicatorWithoutThresholdsIsNone() {
    IndicatorDefinition neutral = IndicatorDefinition.builder().from(shmi())
        .thresholds(java.util.Optional.empty()).polarity(Polarity.NEUTRAL).build();
    assertEquals(ThresholdBand.NONE, ThresholdBand.of(neutral, 3));
  }

  @Test
  void aValueThatIsNotFiniteIsRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ThresholdBand.of(shmi(), Double.POSITIVE_INFINITY));
    assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
  }

  @Property
  void judgementIsMonotonicInTheValueWhenLowerIsBetter(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double amber,
      @ForAll @DoubleRange(min = 0, max = 1e3) double gap) {
    // A worse (higher) value is never in a better band.
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    Thresholds t = Thresholds.of(amber, amber + gap);
    assertTrue(ThresholdBand.of(hi, t, Polarity.LOWER_IS_BETTER).ordinal()
        >= ThresholdBand.of(lo, t, Polarity.LOWER_IS_BETTER).ordinal());
  }

  @Property
  void judgementIsMonotonicInTheValueWhenHigherIsBetter(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double amber,
      @ForAll @DoubleRange(min = 0, max = 1e3) double gap) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    Thresholds t = Thresholds.of(amber, amber - gap);
    assertTrue(ThresholdBand.of(lo, t, Polarity.HIGHER_IS_BETTER).ordinal()
        >= ThresholdBand.of(hi, t, Polarity.HIGHER_IS_BETTER).ordinal());
  }
}
