package org.qsurv.scoring.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * The XmR rules at their exact edges (MDC; NHSRplotthedots {@code ptd_calculate_point_type}):
 * a point on a limit or on a two-sigma line, a run that starts where the process starts, and the
 * recalculation dates that fall before, between or after the points. Random data almost never
 * lands on an edge, so these are worked examples, each judged by the latest-point summary and
 * by the full chart, which must agree.
 *
 * <p>Most use a fixed baseline of twelve points alternating 10 and 11: mean 10.5 and mean moving
 * range 1, exactly, so each limit is exactly {@code 10.5 +/- k x 1} as the code computes it.
 */
class XmrBoundariesTest {
  private static final SpcOptions MDC = SpcOptions.builder().baselinePoints(12).build();
  private static final double MEAN = 10.5;
  private static final double UPL = MEAN + Xmr.LIMIT * 1.0;
  private static final double LPL = MEAN - Xmr.LIMIT * 1.0;
  private static final double NUPL = MEAN + Xmr.LIMIT_CLOSE * 1.0;
  private static final double NLPL = MEAN - Xmr.LIMIT_CLOSE * 1.0;

  private static double[] afterBaseline(double... tail) {
    double[] v = new double[12 + tail.length];
    for (int i = 0; i < 12; i++) {
      v[i] = i % 2 == 0 ? 10.0 : 11.0;
    }
    System.arraycopy(tail, 0, v, 12, tail.length);
    return v;
  }

  /** The latest point's signals, from the summary, checked against the full chart's. */
  private static List<SpcSignal> latestSignals(double[] v) {
    SpcSummary fast = SpcSummary.of(v, 0, v.length, Polarity.HIGHER_IS_BETTER,
        OptionalDouble.empty(), MDC);
    XmrChart chart = XmrChart.of(v, Polarity.HIGHER_IS_BETTER, MDC);
    assertEquals(fast, chart.latest(OptionalDouble.empty()), "the summary agrees with the chart");
    assertEquals(fast.signals(), chart.signals(v.length - 1));
    return fast.signals();
  }

  @Test
  void theLimitsAreExactlyAsComputed() {
    ProcessLimits limits = XmrChart.of(afterBaseline(10.5), Polarity.HIGHER_IS_BETTER, MDC)
        .limits(12).orElseThrow();
    assertEquals(MEAN, limits.mean());
    assertEquals(1.0, limits.meanMovingRange());
    assertEquals(UPL, limits.upperProcessLimit());
    assertEquals(LPL, limits.lowerProcessLimit());
  }

  /** Outside is strictly beyond a limit: a last point on the lower limit is inside. */
  @Test
  void aLastPointOnTheLowerLimitIsInsideAndJustBelowItIsOutside() {
    assertFalse(latestSignals(afterBaseline(LPL)).contains(SpcSignal.OUTSIDE_LIMITS));
    assertTrue(latestSignals(afterBaseline(Math.nextDown(LPL)))
        .contains(SpcSignal.OUTSIDE_LIMITS));
  }

  /**
   * Two of three beyond two sigma: a last point exactly on the two-sigma line is not beyond it,
   * so it carries no signal even though the two points before it are beyond the line.
   */
  @Test
  void aLastPointOnTheTwoSigmaLineIsNotBeyondIt() {
    assertEquals(List.of(), latestSignals(afterBaseline(12.5, 12.5, NUPL)));
    assertEquals(List.of(), latestSignals(afterBaseline(8.5, 8.5, NLPL)));
    assertEquals(List.of(SpcSignal.TWO_OF_THREE),
        latestSignals(afterBaseline(12.5, 12.5, Math.nextUp(NUPL))));
    assertEquals(List.of(SpcSignal.TWO_OF_THREE),
        latestSignals(afterBaseline(8.5, 8.5, Math.nextDown(NLPL))));
  }

  /** An earlier point exactly on the two-sigma line does not count as one of the two. */
  @Test
  void anEarlierPointOnTheTwoSigmaLineDoesNotCount() {
    assertEquals(List.of(), latestSignals(afterBaseline(NUPL, 10.6, 12.5)));
    assertEquals(List.of(), latestSignals(afterBaseline(NLPL, 10.4, 8.5)));
    assertEquals(List.of(SpcSignal.TWO_OF_THREE),
        latestSignals(afterBaseline(Math.nextUp(NUPL), 10.6, 12.5)));
  }

  /**
   * An earlier point exactly on a process limit is inside it, beyond two sigma: it counts
   * towards two of three, as any point between the two-sigma line and the limit does.
   */
  @Test
  void anEarlierPointOnAProcessLimitCountsTowardsTwoOfThree() {
    assertEquals(List.of(SpcSignal.TWO_OF_THREE), latestSignals(afterBaseline(UPL, 10.6, 12.5)));
    assertEquals(List.of(SpcSignal.TWO_OF_THREE), latestSignals(afterBaseline(10.6, UPL, 12.5)));
    assertEquals(List.of(SpcSignal.TWO_OF_THREE), latestSignals(afterBaseline(LPL, 10.4, 8.5)));
    assertEquals(List.of(SpcSignal.TWO_OF_THREE), latestSignals(afterBaseline(10.4, LPL, 8.5)));
    // Just beyond a limit it is outside, and outside points are not "close".
    assertEquals(List.of(), latestSignals(afterBaseline(Math.nextUp(UPL), 10.6, 12.5)));
  }

  /** All three beyond two sigma on one side is two of three as well. */
  @Test
  void threeOfThreeBeyondTwoSigmaIsTwoOfThree() {
    assertEquals(List.of(SpcSignal.TWO_OF_THREE), latestSignals(afterBaseline(12.5, 12.5, 12.5)));
  }

  /**
   * A trend does not run back across the start of the process (a recalculation starts new runs,
   * MDC): five rising points that start a process are no trend of six, whatever came before.
   */
  @Test
  void aTrendDoesNotRunBackAcrossTheStartOfTheProcess() {
    SpcOptions five = SpcOptions.builder().minimumPoints(5).build();
    double[] v = {0, 1, 2, 3, 4, 5};
    SpcSummary process = SpcSummary.of(v, 1, 6, Polarity.HIGHER_IS_BETTER,
        OptionalDouble.empty(), five);
    assertFalse(process.signals().contains(SpcSignal.TREND), process.toString());
    SpcSummary whole = SpcSummary.of(v, 0, 6, Polarity.HIGHER_IS_BETTER,
        OptionalDouble.empty(), five);
    assertTrue(whole.signals().contains(SpcSignal.TREND), "six rising points are a trend");
  }

  /**
   * The rules of the latest point look only within its process, {@code [from, to)}: points
   * before {@code from} belong to limits that no longer apply.
   */
  @Test
  void theLatestPointsRulesLookOnlyWithinItsProcess() {
    SpcRuleSet mdc = SpcRuleSet.nhsEnglandMakingDataCount();
    // Seven points above a mean of 0 from `from` on: a shift. Before `from`, one point below.
    double[] shift = {-1, 1, 1, 1, 1, 1, 1, 1};
    assertTrue((Xmr.mask(Xmr.latest(shift, 1, 8, 0, 1, mdc)) & SpcSignal.SHIFT.bit()) != 0);
    // Six above from `from`, and a seventh before it: no shift within the process.
    double[] six = {1, -1, 1, 1, 1, 1, 1, 1};
    assertEquals(0, Xmr.mask(Xmr.latest(six, 2, 8, 0, 1, mdc)) & SpcSignal.SHIFT.bit());
    // A process of one point has no trend and no window of three, and reads nothing before it.
    assertEquals(0, Xmr.mask(Xmr.latest(new double[] {1}, 0, 1, 0, 1, mdc)));
    // Two points beyond two sigma before `from`, the last within it: not two of three.
    double[] window = {0, 2.5, 2.5, 0.5, 2.5};
    assertEquals(0, Xmr.mask(Xmr.latest(window, 3, 5, 0, 1, mdc))
        & SpcSignal.TWO_OF_THREE.bit());
  }

  /** Two points have a moving range: the chart's judgement agrees with the summary's. */
  @Test
  void twoPointsHaveAMeanMovingRange() {
    double[] v = {10, 13};
    SpcSummary fast = SpcSummary.of(v, 0, 2, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(),
        SpcOptions.defaults());
    assertEquals(Variation.NOT_ENOUGH_DATA, fast.variation());
    assertEquals(3.0, Xmr.meanMovingRange(v, 0, 2, false));
    assertTrue(Double.isNaN(Xmr.meanMovingRange(v, 0, 1, false)), "one point has none");
    assertEquals(fast, XmrChart.of(v, Polarity.HIGHER_IS_BETTER, SpcOptions.defaults())
        .latest(OptionalDouble.empty()));
  }

  /**
   * Two of three counts from the first point of a process: the chart marks the first two points
   * when they are beyond two sigma and the third is on their side.
   */
  @Test
  void twoOfThreeCountsFromTheFirstPoint() {
    // Mean 10.85, MR 0.963636: two sigma 12.558848, limit 13.413273.
    double[] v = {12.6, 12.6, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10};
    XmrChart chart = XmrChart.of(v, Polarity.HIGHER_IS_BETTER, MDC);
    assertEquals(List.of(SpcSignal.TWO_OF_THREE), chart.signals(0));
    assertEquals(List.of(SpcSignal.TWO_OF_THREE), chart.signals(1));
    assertEquals(List.of(), chart.signals(2), "11 is not beyond two sigma");
  }

  /**
   * A recalculation date on or before the first period, or after the last, starts no new period
   * of limits; two dates with no point between them start one.
   */
  @Test
  void recalculationDatesOutsideTheSeriesStartNothing() {
    List<Period> periods = months(2024, 1, 24);
    assertEquals(List.of(0), asList(XmrChart.segmentStarts(periods,
        List.of(Period.month(2023, 6)))));
    assertEquals(List.of(0), asList(XmrChart.segmentStarts(periods,
        List.of(Period.month(2024, 1)))));
    assertEquals(List.of(0), asList(XmrChart.segmentStarts(periods,
        List.of(Period.month(2026, 1)))));
    assertEquals(List.of(0, 12), asList(XmrChart.segmentStarts(periods,
        List.of(Period.month(2025, 1), Period.month(2026, 1)))));
    List<Period> gap = new ArrayList<>(months(2024, 1, 6));
    gap.addAll(months(2025, 1, 6));
    assertEquals(List.of(0, 6), asList(XmrChart.segmentStarts(gap,
        List.of(Period.month(2024, 9), Period.month(2024, 11)))));
  }

  private static List<Integer> asList(int[] a) {
    return Arrays.stream(a).boxed().toList();
  }

  /** The periods of a chart are in order, each once: a repeated period is refused, naming it. */
  @Test
  void aRepeatedPeriodIsRefusedNamingIt() {
    List<Period> periods = List.of(Period.month(2024, 1), Period.month(2024, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> XmrChart.of(periods, new double[] {1, 2}, Polarity.HIGHER_IS_BETTER,
            SpcOptions.defaults()));
    assertTrue(e.getMessage().contains("2024-01 follows 2024-01"), e.getMessage());
  }

  /** A chart keeps each point's value and period, as given. */
  @Test
  void aChartKeepsEachPointsValueAndPeriod() {
    List<Period> periods = months(2024, 1, 3);
    XmrChart chart = XmrChart.of(periods, new double[] {4, 5, 6}, Polarity.HIGHER_IS_BETTER,
        SpcOptions.defaults());
    assertEquals(5.0, chart.value(1));
    assertEquals(Optional.of(Period.month(2024, 3)), chart.period(2));
    XmrChart bare = XmrChart.of(new double[] {4, 5, 6}, Polarity.HIGHER_IS_BETTER,
        SpcOptions.defaults());
    assertEquals(Optional.empty(), bare.period(0));
    assertEquals(6.0, bare.value(2));
  }

  /** An empty range of a shared array is an empty chart, not an error; a reversed one is. */
  @Test
  void anEmptyRangeIsAnEmptyChart() {
    double[] v = {1, 2, 3};
    assertEquals(0, XmrChart.of(v, 2, 2, Polarity.HIGHER_IS_BETTER, MDC).size());
    assertThrows(IllegalArgumentException.class,
        () -> XmrChart.of(v, 2, 1, Polarity.HIGHER_IS_BETTER, MDC));
  }

  /**
   * A process restarted too recently to judge says how many points it has: the chart's summary
   * counts the points since the recalculation, as the fast path does.
   */
  @Test
  void aRecalculatedProcessWithTooFewPointsCountsItsOwnPoints() {
    List<Period> periods = months(2024, 1, 16);
    double[] v = afterBaseline(11, 12, 13, 14);
    SpcOptions options = SpcOptions.builder().addRecalculateFrom(Period.month(2025, 1)).build();
    SpcSummary chart = XmrChart.of(periods, v, Polarity.HIGHER_IS_BETTER, options)
        .latest(OptionalDouble.empty());
    assertEquals(Variation.NOT_ENOUGH_DATA, chart.variation());
    assertEquals(SpcSummary.of(v, 12, 16, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(),
        options), chart);
  }

  private static List<Period> months(int year, int month, int count) {
    ImmutableList.Builder<Period> periods = ImmutableList.builder();
    Period p = Period.month(year, month);
    for (int i = 0; i < count; i++) {
      periods.add(p);
      p = p.next();
    }
    return periods.build();
  }
}
