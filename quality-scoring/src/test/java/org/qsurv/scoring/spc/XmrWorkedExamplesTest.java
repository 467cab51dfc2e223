package org.qsurv.scoring.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * Worked XmR examples (MDC: NHS England <em>Making Data Count</em>; NHSRplotthedots
 * {@code R/ptd_spc_standard.R} and {@code R/ptd_calculate_point_type.R}), each with its limits
 * computed by hand in the comment.
 */
class XmrWorkedExamplesTest {
  private static final double EPS = 1e-9;
  private static final SpcOptions MDC = SpcOptions.defaults();
  private static final SpcOptions PTD =
      SpcOptions.builder().ruleSet(SpcRuleSet.nhsrPlotTheDots()).build();

  /** 10, 11, 10, 11 ... for {@code n} points: mean 10.5 and every moving range 1. */
  private static List<Double> alternating(int n) {
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      v.add(i % 2 == 0 ? 10.0 : 11.0);
    }
    return v;
  }

  private static double[] series(List<Double> head, double... tail) {
    double[] v = new double[head.size() + tail.length];
    for (int i = 0; i < head.size(); i++) {
      v[i] = head.get(i);
    }
    System.arraycopy(tail, 0, v, head.size(), tail.length);
    return v;
  }

  private static SpcSummary latest(double[] v, Polarity p, OptionalDouble target, SpcOptions o) {
    SpcSummary fast = SpcSummary.of(v, 0, v.length, p, target, o);
    assertEquals(fast, XmrChart.of(v, p, o).latest(target), "fast path agrees with the chart");
    return fast;
  }

  @Test
  void aPointAboveTheUpperProcessLimitIsSpecialCause() {
    // 10,11 x6 then 14 (13 points). Sum 60 + 66 + 14 = 140, mean 140/13 = 10.769231.
    // Moving ranges: eleven of 1, then |14 - 11| = 3: 14/12 = 1.166667.
    // UPL = 10.769231 + 2.66 x 1.166667 = 13.872564; LPL = 7.665897. 14 > UPL: outside.
    double[] v = series(alternating(12), 14);
    SpcSummary s = latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.of(12), MDC);
    ProcessLimits l = s.limits().orElseThrow();
    assertEquals(140.0 / 13, l.mean(), EPS);
    assertEquals(14.0 / 12, l.meanMovingRange(), EPS);
    assertEquals(13.872564, l.upperProcessLimit(), 1e-6);
    assertEquals(7.665897, l.lowerProcessLimit(), 1e-6);
    assertEquals(ImmutableList.of(SpcSignal.OUTSIDE_LIMITS), s.signals());
    assertEquals(Variation.SPECIAL_CAUSE_CONCERN, s.variation(), "high is bad when lower is better");
    assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT,
        latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), MDC).variation());
    assertEquals(Variation.SPECIAL_CAUSE_NEUTRAL,
        latest(v, Polarity.NEUTRAL, OptionalDouble.empty(), MDC).variation());
    // Assurance: target 12 lies between 7.67 and 13.87: hit and miss.
    assertEquals(Assurance.INCONSISTENT, s.assurance());
  }

  @Test
  void assuranceComparesTheTargetWithTheProcessLimits() {
    // Limits 7.665897 .. 13.872564 as above (MDC; PTD ptd_calculate_assurance_type.R).
    double[] v = series(alternating(12), 14);
    assertEquals(Assurance.CONSISTENT_PASS,
        latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.of(14), MDC).assurance());
    assertEquals(Assurance.CONSISTENT_FAIL,
        latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.of(7), MDC).assurance());
    assertEquals(Assurance.CONSISTENT_FAIL,
        latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.of(14), MDC).assurance());
    assertEquals(Assurance.CONSISTENT_PASS,
        latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.of(7), MDC).assurance());
    assertEquals(Assurance.NONE,
        latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), MDC).assurance(),
        "no target, no assurance");
    assertEquals(Assurance.NONE,
        latest(v, Polarity.NEUTRAL, OptionalDouble.of(7), MDC).assurance(),
        "no good side of the target for a neutral indicator");
  }

  @Test
  void sevenPointsBelowTheMeanAreAShift() {
    // 12,13 x3 then 9,8,9,8,9,8,9. Sum 75 + 60 = 135, mean 135/13 = 10.384615.
    // Moving ranges: five of 1, |9 - 13| = 4, six of 1: 15/12 = 1.25.
    // UPL = 10.384615 + 3.325 = 13.709615; LPL = 7.059615; two sigma at +/- 2.216667:
    // 12.601282 and 8.167949. The last seven points are below the mean: a shift. The last point
    // (9) is not beyond two sigma, so two-of-three does not apply to it.
    double[] v = {12, 13, 12, 13, 12, 13, 9, 8, 9, 8, 9, 8, 9};
    SpcSummary s = latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), MDC);
    ProcessLimits l = s.limits().orElseThrow();
    assertEquals(135.0 / 13, l.mean(), EPS);
    assertEquals(1.25, l.meanMovingRange(), EPS);
    assertEquals(12.601282, l.upperTwoSigma(), 1e-6);
    assertEquals(8.167949, l.lowerTwoSigma(), 1e-6);
    assertEquals(ImmutableList.of(SpcSignal.SHIFT), s.signals());
    assertEquals(Variation.SPECIAL_CAUSE_CONCERN, s.variation());

    XmrChart chart = XmrChart.of(v, Polarity.HIGHER_IS_BETTER, MDC);
    // Every point of the qualifying run is flagged (points 6..12).
    for (int i = 6; i < 13; i++) {
      assertTrue(chart.signals(i).contains(SpcSignal.SHIFT), "point " + i);
    }
    // Six points above the mean (0..5) are not a shift; 13, 12, 13 has two beyond 12.601282.
    assertFalse(chart.signals(0).contains(SpcSignal.SHIFT));
    assertEquals(ImmutableList.of(SpcSignal.TWO_OF_THREE), chart.signals(1));
    assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT, chart.variation(1));
    assertEquals(ImmutableList.of(), chart.signals(0), "12 is not beyond two sigma");
    // 8, 9, 8 below the mean with both 8s beyond 8.167949: two of three on points 7, 9, 11,
    // whose label (two of three beats shift) is below: concern.
    assertEquals(ImmutableList.of(SpcSignal.SHIFT, SpcSignal.TWO_OF_THREE), chart.signals(7));
  }

  @Test
  void aPointExactlyOnTheMeanBreaksAShift() {
    // Fixed baseline of 12 (10,11 x6): mean 10.5, MR 1. Then 11 x6, 10.5, 11.
    SpcOptions fixed = SpcOptions.builder().baselinePoints(12).build();
    double[] v = series(alternating(12), 11, 11, 11, 11, 11, 11, 10.5, 11);
    // With the baseline's last point (11, above) points 11..17 are a run of 7 above the mean: a
    // shift. Point 18 is exactly on the mean and ends it; point 19 starts a new run of 1.
    XmrChart chart = XmrChart.of(v, Polarity.HIGHER_IS_BETTER, fixed);
    assertTrue(chart.signals(17).contains(SpcSignal.SHIFT));
    assertEquals(ImmutableList.of(), chart.signals(18), "on the mean: on neither side");
    assertEquals(ImmutableList.of(),
        latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), fixed).signals());
  }

  @Test
  void sixRisingPointsAreATrendForNhsEnglandButNotForPlotTheDots() {
    // Fixed baseline of 12 points 11,10 x6: mean 10.5, MR 1; UPL 13.16, two sigma 12.273333.
    // Then 10.5, 10.9, 11.3, 11.7, 12.1: with the baseline's last point (10) a run of 6 points
    // (5 rises). NHS England's tool: trend 6 (as PTD documents); NHSRplotthedots: 7.
    List<Double> base = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      base.add(i % 2 == 0 ? 11.0 : 10.0);
    }
    double[] v = series(base, 10.5, 10.9, 11.3, 11.7, 12.1);
    SpcOptions mdc = SpcOptions.builder().baselinePoints(12).build();
    SpcOptions ptd = SpcOptions.builder().from(mdc).ruleSet(SpcRuleSet.nhsrPlotTheDots()).build();
    SpcSummary byNhse = latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), mdc);
    assertEquals(ImmutableList.of(SpcSignal.TREND), byNhse.signals());
    assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT, byNhse.variation());
    SpcSummary byPtd = latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), ptd);
    assertEquals(ImmutableList.of(), byPtd.signals());
    assertEquals(Variation.COMMON_CAUSE, byPtd.variation());
    assertEquals(SpcRuleSet.PLOT_THE_DOTS, byPtd.options().ruleSet().name(),
        "the rule set travels with the result");

    // A seventh point makes it a trend for NHSRplotthedots too.
    double[] seven = series(base, 10.5, 10.9, 11.3, 11.7, 12.1, 12.2);
    assertEquals(ImmutableList.of(SpcSignal.TREND),
        latest(seven, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), ptd).signals());
  }

  @Test
  void aTrendTakesItsOwnDirectionNotItsSideOfTheMean() {
    // Baseline 11,10 x6 (mean 10.5, MR 1; two sigma 12.273333), then 12.2, 12.0, 11.8, 11.6,
    // 11.4, 11.2: six falling points (10 -> 12.2 rises, so the run starts at 12.2), all above
    // the mean and none beyond two sigma. Lower is better: a falling trend is an improvement.
    List<Double> base = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      base.add(i % 2 == 0 ? 11.0 : 10.0);
    }
    double[] v = series(base, 12.2, 12.0, 11.8, 11.6, 11.4, 11.2);
    SpcOptions mdc = SpcOptions.builder().baselinePoints(12).build();
    SpcSummary s = latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), mdc);
    assertEquals(ImmutableList.of(SpcSignal.TREND), s.signals());
    assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT, s.variation());
  }

  @Test
  void twoEqualPointsBreakATrend() {
    List<Double> base = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      base.add(i % 2 == 0 ? 11.0 : 10.0);
    }
    // 10, 10.5, 10.9, 10.9, 11.3, 11.7, 12.1: the tie splits it into runs of 3 and 4.
    double[] v = series(base, 10.5, 10.9, 10.9, 11.3, 11.7, 12.1);
    SpcOptions mdc = SpcOptions.builder().baselinePoints(12).build();
    assertEquals(ImmutableList.of(),
        latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), mdc).signals());
  }

  @Test
  void twoOfThreeBeyondTwoSigmaOnOneSide() {
    // Baseline 10,11 x6 (mean 10.5, MR 1): two sigma at 10.5 + 1.773333 = 12.273333, UPL 13.16.
    // Then 12.5, 11, 12.8: all three above the mean, 12.5 and 12.8 beyond two sigma.
    SpcOptions mdc = SpcOptions.builder().baselinePoints(12).build();
    double[] v = series(alternating(12), 12.5, 11, 12.8);
    SpcSummary s = latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), mdc);
    assertEquals(ImmutableList.of(SpcSignal.TWO_OF_THREE), s.signals());
    assertEquals(Variation.SPECIAL_CAUSE_CONCERN, s.variation());
    XmrChart chart = XmrChart.of(v, Polarity.LOWER_IS_BETTER, mdc);
    assertEquals(ImmutableList.of(SpcSignal.TWO_OF_THREE), chart.signals(12));
    assertEquals(ImmutableList.of(), chart.signals(13), "11 is not beyond two sigma");
  }

  @Test
  void pointsOutsideTheLimitsDoNotCountTowardsTwoOfThree() {
    // As above but 12.5, 11, 14: 14 is outside (UPL 13.16), so only one point is beyond two
    // sigma and inside the limits.
    SpcOptions mdc = SpcOptions.builder().baselinePoints(12).build();
    double[] v = series(alternating(12), 12.5, 11, 14);
    assertEquals(ImmutableList.of(SpcSignal.OUTSIDE_LIMITS),
        latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), mdc).signals());
    assertEquals(ImmutableList.of(), XmrChart.of(v, Polarity.LOWER_IS_BETTER, mdc).signals(12));
  }

  @Test
  void aPointExactlyOnAProcessLimitIsInside() {
    // Fixed baseline: mean 10.5, MR 1: UPL = 10.5 + 2.66 x 1, exactly as computed.
    SpcOptions mdc = SpcOptions.builder().baselinePoints(12).build();
    double upl = 10.5 + Xmr.LIMIT * 1.0;
    double[] v = series(alternating(12), upl);
    assertFalse(latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), mdc).signals()
        .contains(SpcSignal.OUTSIDE_LIMITS));
    double[] above = series(alternating(12), Math.nextUp(upl));
    assertTrue(latest(above, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), mdc).signals()
        .contains(SpcSignal.OUTSIDE_LIMITS));
  }

  @Test
  void aPointExactlyOnTheLowerProcessLimitIsInsideAndJustBelowItIsOutside() {
    // Fixed baseline of 12 (PTD ptd_calculate_point_type.R: outside is strictly beyond a limit):
    // mean 10.5, MR 1, LPL = 10.5 - 2.66 x 1 = 7.84 exactly as computed. Points 12 and 13 lie
    // on the LPL and just below it; each full-chart point is judged as the summary judges it.
    SpcOptions mdc = SpcOptions.builder().baselinePoints(12).build();
    double lpl = 10.5 - Xmr.LIMIT * 1.0;
    double[] v = series(alternating(12), lpl, Math.nextDown(lpl));
    XmrChart chart = XmrChart.of(v, Polarity.HIGHER_IS_BETTER, mdc);
    assertEquals(lpl, chart.limits(12).orElseThrow().lowerProcessLimit());
    assertEquals(ImmutableList.of(), chart.signals(12), "on the limit: inside");
    assertEquals(Variation.COMMON_CAUSE, chart.variation(12));
    assertEquals(ImmutableList.of(SpcSignal.OUTSIDE_LIMITS), chart.signals(13));
    assertEquals(Variation.SPECIAL_CAUSE_CONCERN, chart.variation(13), "low is bad here");
    assertEquals(chart.latest(OptionalDouble.empty()),
        latest(v, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), mdc));
  }

  @Test
  void plotTheDotsScreensLargeMovingRanges() {
    // 10,11 x5 then 10, 30 (12 points). Sum 115 + 30 = 145, mean 12.083333.
    // Moving ranges: ten of 1 and |30 - 10| = 20: 30/11 = 2.727273 (NHS England: no screen).
    // NHSRplotthedots: 20 >= 3.267 x 2.727273 = 8.909818 is screened: 10/10 = 1.
    List<Double> v = alternating(11);
    double[] values = series(v, 30);
    SpcSummary nhse = latest(values, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), MDC);
    SpcSummary ptd = latest(values, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), PTD);
    assertEquals(145.0 / 12, nhse.limits().orElseThrow().mean(), EPS);
    assertEquals(30.0 / 11, nhse.limits().orElseThrow().meanMovingRange(), EPS);
    assertEquals(1.0, ptd.limits().orElseThrow().meanMovingRange(), EPS);
    // UPL: NHS England 12.083333 + 7.254545 = 19.337879; NHSRplotthedots 14.743333.
    assertEquals(19.337879, nhse.limits().orElseThrow().upperProcessLimit(), 1e-6);
    assertEquals(14.743333, ptd.limits().orElseThrow().upperProcessLimit(), 1e-6);
  }

  @Test
  void fewerThanTwelvePointsAreNotEnoughData() {
    // PTD: limits from fewer than 12 points are trial limits.
    double[] v = series(alternating(10), 30);
    SpcSummary s = latest(v, Polarity.LOWER_IS_BETTER, OptionalDouble.of(5), MDC);
    assertEquals(Variation.NOT_ENOUGH_DATA, s.variation());
    assertEquals(ImmutableList.of(), s.signals());
    assertEquals(Assurance.NONE, s.assurance(), "no limits to judge the target against");
    assertTrue(s.limits().orElseThrow().trial(), "trial limits are still reported");
    assertFalse(s.enoughData());
    assertEquals(Variation.NOT_ENOUGH_DATA,
        XmrChart.of(v, Polarity.LOWER_IS_BETTER, MDC).variation(0));
  }

  @Test
  void oneOrNoMovingRangeIsNoChart() {
    SpcOptions three = SpcOptions.builder().minimumPoints(3).build();
    assertTrue(SpcSummary.of(new double[] {1, 2}, 0, 2, Polarity.NEUTRAL, OptionalDouble.empty(),
        three).limits().isEmpty());
    assertTrue(SpcSummary.of(new double[] {1, 2, 4}, 0, 3, Polarity.NEUTRAL,
        OptionalDouble.empty(), three).limits().isPresent());
  }

  @Test
  void limitsAreRecalculatedFromAGivenPeriod() {
    // 24 monthly points: 12 alternating 10,11 (Jan 2023 - Dec 2023), then 12 alternating 20,21.
    // Without recalculation the last 12 are a shift above the mean of 15.5. Recalculated from
    // 2024-01 they have their own mean 20.5 and MR 1, and the last point is common cause.
    List<Period> periods = new ArrayList<>();
    double[] v = new double[24];
    for (int i = 0; i < 24; i++) {
      periods.add(Period.month(2023, 1).plus(i));
      v[i] = (i < 12 ? 10 : 20) + (i % 2);
    }
    SpcSummary once = SpcSummary.of(periods, v, Polarity.LOWER_IS_BETTER,
        OptionalDouble.empty(), MDC);
    assertTrue(once.signals().contains(SpcSignal.SHIFT));
    SpcOptions rebased = SpcOptions.builder().addRecalculateFrom(Period.parse("2024-01")).build();
    SpcSummary twice = SpcSummary.of(periods, v, Polarity.LOWER_IS_BETTER,
        OptionalDouble.empty(), rebased);
    assertEquals(20.5, twice.limits().orElseThrow().mean(), EPS);
    assertEquals(1.0, twice.limits().orElseThrow().meanMovingRange(), EPS);
    assertEquals(Variation.COMMON_CAUSE, twice.variation());
    assertEquals(12, twice.points());
    XmrChart chart = XmrChart.of(periods, v, Polarity.LOWER_IS_BETTER, rebased);
    assertEquals(ImmutableList.of(0, 12), chart.recalculationPoints());
    assertEquals(10.5, chart.limits(0).orElseThrow().mean(), EPS);
    assertEquals(twice, chart.latest(OptionalDouble.empty()));
  }

  @Test
  void aFixedBaselineNeedsAtLeastTheMinimumNumberOfPoints() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpcOptions.builder().baselinePoints(6).build());
    assertTrue(e.getMessage().contains("baselinePoints"), e.getMessage());
    assertTrue(e.getMessage().contains("6"), e.getMessage());
  }

  @Test
  void aValueThatIsNotFiniteIsRejected() {
    double[] v = series(alternating(12), Double.NaN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpcSummary.of(v, 0, v.length, Polarity.NEUTRAL, OptionalDouble.empty(), MDC));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }
}
