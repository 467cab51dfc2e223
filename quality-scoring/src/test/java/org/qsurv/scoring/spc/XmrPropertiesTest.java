package org.qsurv.scoring.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.qsurv.model.indicator.Polarity;

/**
 * Properties of the <em>Making Data Count</em> XmR chart that hold for every series (MDC;
 * PTD). Series are whole numbers so that ties (a point exactly on the
 * mean, two equal points) are exact; the invariance properties leave out the measure-zero cases
 * of a point within rounding of a limit or two-sigma line, where floating point cannot promise
 * the real-number answer.
 */
class XmrPropertiesTest {

  /** Noise, or a random walk whose steps lean one way: runs, trends, plateaus and ties. */
  @Provide
  Arbitrary<double[]> series() {
    Arbitrary<double[]> noise = Arbitraries.integers().between(0, 60).list().ofMinSize(12)
        .ofMaxSize(40).map(XmrPropertiesTest::toArray);
    Arbitrary<double[]> walk = Arbitraries.integers().between(-2, 4).list().ofMinSize(12)
        .ofMaxSize(40).map(steps -> {
          double[] v = new double[steps.size()];
          double level = 0;
          for (int i = 0; i < v.length; i++) {
            level += steps.get(i) * (i % 11 < 6 ? 1 : -1);
            v[i] = level;
          }
          return v;
        });
    return Arbitraries.oneOf(noise, walk);
  }

  @Provide
  Arbitrary<SpcOptions> options() {
    Arbitrary<SpcRuleSet> rules = Arbitraries.of(SpcRuleSet.known());
    Arbitrary<Integer> minimum = Arbitraries.integers().between(3, 14);
    Arbitrary<Integer> baseline = Arbitraries.integers().between(0, 20);
    return Combinators.combine(rules, minimum, baseline).as((r, m, b) -> {
      SpcOptions.Builder o = SpcOptions.builder().ruleSet(r).minimumPoints(m);
      if (b > 0) {
        o.baselinePoints(Math.max(m, b));
      }
      return o.build();
    });
  }

  @Provide
  Arbitrary<Polarity> polarities() {
    return Arbitraries.of(Polarity.class);
  }

  @Property(tries = 400)
  void theLatestPointSummaryAgreesWithTheFullChart(@ForAll("series") double[] v,
      @ForAll("options") SpcOptions options, @ForAll("polarities") Polarity polarity,
      @ForAll @IntRange(min = 0, max = 60) int target) {
    OptionalDouble t = OptionalDouble.of(target);
    assertEquals(XmrChart.of(v, polarity, options).latest(t),
        SpcSummary.of(v, 0, v.length, polarity, t, options));
  }

  @Property(tries = 400)
  void everyPointIsJudgedAsTheRulesDefineIt(@ForAll("series") double[] v,
      @ForAll("options") SpcOptions options) {
    // An independent, window-by-window reading of the four rules (MDC), against the
    // run-based implementation.
    XmrChart chart = XmrChart.of(v, Polarity.HIGHER_IS_BETTER, options);
    Reference ref = new Reference(v, options);
    for (int i = 0; i < v.length; i++) {
      if (!ref.enoughData) {
        assertEquals(List.of(), chart.signals(i));
        assertEquals(Variation.NOT_ENOUGH_DATA, chart.variation(i));
        continue;
      }
      assertEquals(ref.mask[i], maskOf(chart.signals(i)), "signals of point " + i);
      assertEquals(Variation.of(ref.direction[i], Polarity.HIGHER_IS_BETTER), chart.variation(i),
          "variation of point " + i);
    }
  }

  @Property(tries = 400)
  void addingAConstantShiftsTheLimitsAndKeepsEverySignal(@ForAll("series") double[] v,
      @ForAll("options") SpcOptions options, @ForAll @IntRange(min = -1000, max = 1000) int c) {
    Assume.that(awayFromEveryLine(v, options));
    double[] shifted = v.clone();
    for (int i = 0; i < v.length; i++) {
      shifted[i] += c;
    }
    XmrChart before = XmrChart.of(v, Polarity.LOWER_IS_BETTER, options);
    XmrChart after = XmrChart.of(shifted, Polarity.LOWER_IS_BETTER, options);
    for (int i = 0; i < v.length; i++) {
      assertEquals(before.signals(i), after.signals(i), "signals of point " + i);
      assertEquals(before.variation(i), after.variation(i), "variation of point " + i);
    }
    ProcessLimits l0 = before.limits(0).orElseThrow();
    ProcessLimits l1 = after.limits(0).orElseThrow();
    assertEquals(l0.mean() + c, l1.mean(), 1e-9);
    assertEquals(l0.upperProcessLimit() + c, l1.upperProcessLimit(), 1e-9);
    assertEquals(l0.meanMovingRange(), l1.meanMovingRange(), 1e-9);
  }

  @Property(tries = 400)
  void scalingByAPositiveFactorScalesTheLimitsAndKeepsEverySignal(@ForAll("series") double[] v,
      @ForAll("options") SpcOptions options, @ForAll @IntRange(min = 1, max = 1000) int k) {
    Assume.that(awayFromEveryLine(v, options));
    double[] scaled = v.clone();
    for (int i = 0; i < v.length; i++) {
      scaled[i] *= k;
    }
    XmrChart before = XmrChart.of(v, Polarity.HIGHER_IS_BETTER, options);
    XmrChart after = XmrChart.of(scaled, Polarity.HIGHER_IS_BETTER, options);
    for (int i = 0; i < v.length; i++) {
      assertEquals(before.signals(i), after.signals(i), "signals of point " + i);
      assertEquals(before.variation(i), after.variation(i), "variation of point " + i);
    }
    ProcessLimits l0 = before.limits(0).orElseThrow();
    ProcessLimits l1 = after.limits(0).orElseThrow();
    assertEquals(l0.mean() * k, l1.mean(), 1e-9 * k);
    assertEquals(l0.meanMovingRange() * k, l1.meanMovingRange(), 1e-9 * k);
  }

  @Property(tries = 400)
  void valuesTooLargeToSumAreJudgedAsTheSameSeriesScaledDown(@ForAll("series") double[] v,
      @ForAll("options") SpcOptions options, @ForAll("polarities") Polarity polarity,
      @ForAll @IntRange(min = 0, max = 60) int target) {
    // SNAPSHOT.md allows any finite value. Scaled by 2^1016 (exactly; every value up to 160 stays
    // finite), most series' sums overflow a double; the judgement must be the one of the unscaled
    // series, never an error.
    double[] huge = new double[v.length];
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      huge[i] = Math.scalb(v[i], 1016);
      sum += huge[i];
    }
    Statistics.label("sum overflows").collect(!Double.isFinite(sum));
    Statistics.label("sum overflows").coverage(c -> c.check(true).percentage(p -> p > 30));
    SpcSummary small = SpcSummary.of(v, 0, v.length, polarity, OptionalDouble.of(target), options);
    SpcSummary large = SpcSummary.of(huge, 0, huge.length, polarity,
        OptionalDouble.of(Math.scalb((double) target, 1016)), options);
    assertEquals(small.variation(), large.variation());
    assertEquals(small.signals(), large.signals());
    assertEquals(small.assurance(), large.assurance());
  }

  @Property(tries = 400)
  void aSinglePointMovedFarOutsideTheLimitsAlwaysSignals(@ForAll("series") double[] v,
      @ForAll("options") SpcOptions options, @ForAll @IntRange(min = 0, max = 39) int index,
      @ForAll boolean up) {
    // With at least 12 points the moved point pulls the mean by 1/12 of its distance and the
    // mean moving range by at most 2/11 of it: 1/12 + 2.66 x 2/11 < 1, so it lands outside.
    // A fixed baseline, when there is one, has at least 12 points too.
    Assume.that(index < v.length);
    double[] moved = v.clone();
    moved[index] = up ? 1e6 : -1e6;
    SpcOptions.Builder twelve = SpcOptions.builder().from(options).minimumPoints(12);
    options.baselinePoints().ifPresent(b -> twelve.baselinePoints(Math.max(12, b)));
    SpcOptions enough = twelve.build();
    XmrChart chart = XmrChart.of(moved, Polarity.NEUTRAL, enough);
    assertTrue(chart.signals(index).contains(SpcSignal.OUTSIDE_LIMITS),
        "point " + index + " of " + chart.size() + ": " + chart.signals(index));
    assertEquals(Variation.SPECIAL_CAUSE_NEUTRAL, chart.variation(index));
  }

  private static boolean awayFromEveryLine(double[] v, SpcOptions options) {
    int nb = Math.min(v.length, options.baselinePoints().orElse(Integer.MAX_VALUE));
    double mean = Xmr.mean(v, 0, nb);
    double amr = Xmr.meanMovingRange(v, 0, nb, options.ruleSet().screenMovingRanges());
    double[] lines = {mean + Xmr.LIMIT * amr, mean - Xmr.LIMIT * amr,
        mean + Xmr.LIMIT_CLOSE * amr, mean - Xmr.LIMIT_CLOSE * amr};
    double[] ranges = new double[nb > 1 ? nb - 1 : 0];
    for (int i = 1; i < nb; i++) {
      ranges[i - 1] = Math.abs(v[i] - v[i - 1]);
    }
    for (double y : v) {
      for (double line : lines) {
        if (Math.abs(y - line) < 1e-6) {
          return false;
        }
      }
    }
    if (options.ruleSet().screenMovingRanges()) {
      double raw = Xmr.meanMovingRange(v, 0, nb, false);
      for (double r : ranges) {
        if (Math.abs(r - Xmr.SCREEN * raw) < 1e-6) {
          return false;
        }
      }
    }
    return true;
  }

  private static int maskOf(List<SpcSignal> signals) {
    int mask = 0;
    for (SpcSignal s : signals) {
      mask |= s.bit();
    }
    return mask;
  }

  private static double[] toArray(List<Integer> values) {
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    return v;
  }

  /** The rules read literally, one window at a time, for a series with one period of limits. */
  private static final class Reference {
    final int[] mask;
    final int[] direction;
    final boolean enoughData;

    Reference(double[] y, SpcOptions options) {
      int n = y.length;
      mask = new int[n];
      direction = new int[n];
      int nb = Math.min(n, options.baselinePoints().orElse(Integer.MAX_VALUE));
      enoughData = nb >= options.minimumPoints();
      double mean = 0;
      for (int i = 0; i < nb; i++) {
        mean += y[i];
      }
      mean /= nb;
      double amr = Xmr.meanMovingRange(y, 0, nb, options.ruleSet().screenMovingRanges());
      double upl = mean + Xmr.LIMIT * amr;
      double lpl = mean - Xmr.LIMIT * amr;
      double nupl = mean + Xmr.LIMIT_CLOSE * amr;
      double nlpl = mean - Xmr.LIMIT_CLOSE * amr;
      int[] side = new int[n];
      boolean[] outside = new boolean[n];
      boolean[] close = new boolean[n];
      for (int i = 0; i < n; i++) {
        side[i] = (int) Math.signum(y[i] - mean);
        outside[i] = y[i] > upl || y[i] < lpl;
        close[i] = !outside[i] && (y[i] > nupl || y[i] < nlpl);
      }
      int k = options.ruleSet().shiftPoints();
      boolean[] shift = new boolean[n];
      for (int w = 0; w + k <= n; w++) {
        boolean same = side[w] != 0;
        for (int j = w; j < w + k; j++) {
          same &= side[j] == side[w];
        }
        for (int j = w; same && j < w + k; j++) {
          shift[j] = true;
        }
      }
      int t = options.ruleSet().trendPoints();
      int[] trend = new int[n];
      for (int w = 0; w + t <= n; w++) {
        for (int d = -1; d <= 1; d += 2) {
          boolean monotone = true;
          for (int j = w + 1; j < w + t; j++) {
            monotone &= Math.signum(y[j] - y[j - 1]) == d;
          }
          for (int j = w; monotone && j < w + t; j++) {
            trend[j] = d; // a later window overwrites: the later trend's direction
          }
        }
      }
      boolean[] twoOfThree = new boolean[n];
      for (int w = 0; w + 3 <= n; w++) {
        boolean same = side[w] != 0 && side[w + 1] == side[w] && side[w + 2] == side[w];
        int closeCount = (close[w] ? 1 : 0) + (close[w + 1] ? 1 : 0) + (close[w + 2] ? 1 : 0);
        for (int j = w; same && closeCount >= 2 && j < w + 3; j++) {
          twoOfThree[j] |= close[j];
        }
      }
      for (int i = 0; i < n; i++) {
        mask[i] = (outside[i] ? SpcSignal.OUTSIDE_LIMITS.bit() : 0)
            | (shift[i] ? SpcSignal.SHIFT.bit() : 0)
            | (trend[i] != 0 ? SpcSignal.TREND.bit() : 0)
            | (twoOfThree[i] ? SpcSignal.TWO_OF_THREE.bit() : 0);
        direction[i] = outside[i] ? side[i]
            : trend[i] != 0 ? trend[i]
            : twoOfThree[i] || shift[i] ? side[i] : 0;
      }
    }
  }
}
