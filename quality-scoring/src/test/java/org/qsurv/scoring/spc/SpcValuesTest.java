package org.qsurv.scoring.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * Bad input to the SPC summary gets a clear error and changes nothing (MDC: limits from a
 * baseline of at least the minimum points, recalculated only at known changes, in order): a
 * range of no points or outside the values, a value that is not finite wherever it stands, a
 * fixed baseline shorter than the minimum, recalculations out of order or repeated. A summary is
 * a value: equal exactly when it judges the same.
 */
class SpcValuesTest {
  private static final SpcOptions DEFAULTS = SpcOptions.defaults();

  private static double[] series(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 10 + i % 3;
    }
    return v;
  }

  private static SpcSummary summary(double[] v, int from, int to, SpcOptions options) {
    return SpcSummary.of(v, from, to, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), options);
  }

  @Test
  void aRangeMustHoldAPointWithinTheValues() {
    double[] v = series(5);
    for (int[] range : new int[][] {{2, 2}, {3, 2}, {-1, 3}, {0, 6}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> summary(v, range[0], range[1], DEFAULTS));
      assertEquals("SPC range must hold at least one point within the 5 values but was ["
          + range[0] + ", " + range[1] + ")", e.getMessage());
    }
    assertEquals(1, summary(v, 4, 5, DEFAULTS).points(), "one point is a range");
  }

  /**
   * A value that is not finite is refused wherever it stands: after a fixed baseline, and in a
   * series too short for limits.
   */
  @Test
  void aValueThatIsNotFiniteIsRefusedWhereverItStands() {
    SpcOptions baseline12 = SpcOptions.builder().baselinePoints(12).build();
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      double[] afterBaseline = series(15);
      afterBaseline[13] = bad;
      assertThrows(IllegalArgumentException.class, () -> summary(afterBaseline, 0, 15,
          baseline12));
      double[] afterShortBaseline = series(8);
      afterShortBaseline[6] = bad;
      SpcOptions short4 = SpcOptions.builder().minimumPoints(5).baselinePoints(5).build();
      assertThrows(IllegalArgumentException.class, () -> summary(afterShortBaseline, 0, 8,
          short4));
      double[] fewPoints = series(4);
      fewPoints[3] = bad;
      assertThrows(IllegalArgumentException.class, () -> summary(fewPoints, 0, 4, DEFAULTS));
    }
  }

  /** A fixed baseline of the minimum is accepted, one point shorter refused naming both. */
  @Test
  void aFixedBaselineIsAtLeastTheMinimum() {
    assertEquals(12, SpcOptions.builder().baselinePoints(12).build().baselinePoints()
        .getAsInt());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpcOptions.builder().baselinePoints(11).build());
    assertEquals("SPC baselinePoints must be at least minimumPoints (12) but was 11",
        e.getMessage());
  }

  @Test
  void recalculationsAreInOrderEachOnce() {
    Period may = Period.month(2025, 5);
    Period june = Period.month(2025, 6);
    assertEquals(List.of(may, june), SpcOptions.builder().recalculateFrom(List.of(may, june))
        .build().recalculateFrom());
    for (List<Period> wrong : List.of(List.of(june, may), List.of(may, may))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SpcOptions.builder().recalculateFrom(wrong).build());
      assertTrue(e.getMessage().startsWith("SPC recalculateFrom must be in order, each once"),
          e.getMessage());
    }
  }

  @Test
  void aSummaryIsEqualExactlyWhenItJudgesTheSame() {
    double[] v = series(20);
    SpcSummary one = summary(v, 0, 20, DEFAULTS);
    SpcSummary again = summary(v.clone(), 0, 20, DEFAULTS);
    assertEquals(one, again);
    assertEquals(one.hashCode(), again.hashCode());
    assertEquals(v[19], one.latestValue());
    double[] other = v.clone();
    other[19] = 10.5;
    assertNotEquals(one, summary(other, 0, 20, DEFAULTS));
    assertNotEquals(one, SpcSummary.of(v, 0, 20, Polarity.HIGHER_IS_BETTER,
        OptionalDouble.empty(), DEFAULTS));
    assertNotEquals(one, summary(v, 1, 20, DEFAULTS));
    assertNotEquals(one, (Object) "a summary");
    assertTrue(one.toString().contains(one.variation().toString()), one::toString);
  }
}
