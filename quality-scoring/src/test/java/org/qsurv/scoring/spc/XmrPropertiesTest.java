package org.qsurv.scoring.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * Properties of the <em>Making Data Count</em> XmR chart that hold for every series (MDC; PTD).
 * Series are whole numbers so that ties (a point exactly on the mean, two equal points) are exact;
 * the invariance properties leave out the measure-zero cases of a point within rounding of a limit
 * or two-sigma line, where floating point cannot promise the real-number answer.
 */
class XmrPropertiesTest {
  private static final Period FIRST_MONTH = Period.month(2020, 1);

  /** Noise, or a random walk whose steps lean one way: runs, trends, plateaus and ties. */
  @Provide
  Arbitrary<double[]> series() {
    return Arbitraries.oneOf(noise(12, 40), walk(12, 40, 11));
  }

  /** Noise of {@code min} to {@code max} points between 0 and 60. */
  private static Arbitrary<double[]> noise(int min, int max) {
    return Arbitraries.integers().between(0, 60).list().ofMinSize(min).ofMaxSize(max)
        .map(XmrPropertiesTest::toArray);
  }

  /**
   * A random walk of {@code min} to {@code max} points whose steps lean up for the first half of
   * every {@code cycle} points (rounded up) and down for the rest.
   */
  private static Arbitrary<double[]> walk(int min, int max, int cycle) {
    return Arbitraries.integers().between(-2, 4).list().ofMinSize(min).ofMaxSize(max)
        .map(steps -> {
          double[] v = new double[steps.size()];
          double level = 0;
          for (int i = 0; i < v.length; i++) {
            level += steps.get(i) * (i % cycle < (cycle + 1) / 2 ? 1 : -1);
            v[i] = level;
          }
          return v;
        });
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

  @Property
  void theLatestPointSummaryAgreesWithTheFullChart(@ForAll("series") double[] v,
      @ForAll("options") SpcOptions options, @ForAll("polarities") Polarity polarity,
      @ForAll @IntRange(min = 0, max = 60) int target) {
    OptionalDouble t = OptionalDouble.of(target);
    assertEquals(XmrChart.of(v, polarity, options).latest(t),
        SpcSummary.of(v, 0, v.length, polarity, t, options));
  }

  /** A series with its periods, options and polarity, as a chart is asked for. */
  record Case(List<Period> periods, double[] values, SpcOptions options, Polarity polarity) {
    @Override
    public String toString() {
      return Arrays.toString(values) + " " + options + " " + polarity;
    }
  }

  /**
   * Charts of every shape: the series above and also short (none to eleven points) and constant
   * ones; monthly periods from January 2020 with up to two recalculation dates anywhere around
   * them; and, when there is a fixed baseline, points after it put exactly on the mean, a process
   * limit or a two-sigma line (points after the baseline do not move the lines).
   */
  @Provide
  Arbitrary<Case> charts() {
    Arbitrary<double[]> shortOnes = Arbitraries.integers().between(0, 30).list().ofMaxSize(11)
        .map(XmrPropertiesTest::toArray);
    Arbitrary<double[]> constant = Combinators.combine(Arbitraries.integers().between(-5, 5),
        Arbitraries.integers().between(1, 40)).as((c, n) -> {
          double[] v = new double[n];
          Arrays.fill(v, c);
          return v;
        });
    Arbitrary<double[]> values = Arbitraries.frequencyOf(Tuple.of(6, series()),
        Tuple.of(2, shortOnes), Tuple.of(1, constant));
    Arbitrary<List<Integer>> recalculations = Arbitraries.integers().between(-3, 44).set()
        .ofMaxSize(2).map(set -> set.stream().sorted().toList());
    Arbitrary<List<Integer>> onLines = Arbitraries.integers().between(-1, 4).list().ofSize(40);
    return Combinators.combine(values, options(), polarities(), recalculations, onLines)
        .as((v, o, polarity, recalculate, lines) -> {
          List<Period> periods = months(v.length);
          SpcOptions withRecalculation = recalculatedFrom(o, recalculate);
          return new Case(periods, onTheLines(periods, v, withRecalculation, lines),
              withRecalculation, polarity);
        });
  }

  /**
   * With a fixed baseline, moves each point after it (within the first period of limits) where
   * {@code lines} says: -1 leaves it, 0 puts it on the mean, 1 to 4 on the upper or lower process
   * limit or two-sigma line computed as the chart computes them.
   */
  private static double[] onTheLines(List<Period> periods, double[] v, SpcOptions options,
      List<Integer> lines) {
    int nb = options.baselinePoints().orElse(Integer.MAX_VALUE);
    int[] starts = XmrChart.segmentStarts(periods, options.recalculateFrom());
    int firstSegmentEnd = starts.length > 1 ? starts[1] : v.length;
    if (nb < 3 || nb >= firstSegmentEnd) {
      return v;
    }
    double mean = Xmr.mean(v, 0, nb);
    double amr = Xmr.meanMovingRange(v, 0, nb, options.ruleSet().screenMovingRanges());
    double[] at = {mean, mean + Xmr.LIMIT * amr, mean - Xmr.LIMIT * amr,
        mean + Xmr.LIMIT_CLOSE * amr, mean - Xmr.LIMIT_CLOSE * amr};
    double[] moved = v.clone();
    for (int i = nb; i < firstSegmentEnd; i++) {
      if (lines.get(i) >= 0) {
        moved[i] = at[lines.get(i)];
      }
    }
    return moved;
  }

  /**
   * The chart of {@code c}, once every point's limits, signals and variation have been checked
   * against the oracle's.
   */
  private static XmrChart agreeingWithTheOracle(Case c) {
    XmrChart chart = XmrChart.of(c.periods(), c.values(), c.polarity(), c.options());
    List<XmrOracle.Point> oracle = XmrOracle.chart(c.periods(), c.values(), c.polarity(),
        c.options());
    assertEquals(oracle.size(), chart.size());
    for (int i = 0; i < chart.size(); i++) {
      XmrOracle.Point expected = oracle.get(i);
      assertEquals(expected.limits(), chart.limits(i), "limits of point " + i);
      assertEquals(expected.mask(), maskOf(chart.signals(i)), "signals of point " + i);
      assertEquals(expected.variation(), chart.variation(i), "variation of point " + i);
    }
    return chart;
  }

  @Property
  void everyPointOfTheChartAgreesWithTheStraightforwardOracle(@ForAll("charts") Case c) {
    // The array chart judges runs in one pass; the oracle reads each rule window by window and
    // keeps an object per point (MDC; PTD). On a process limit is inside, not outside.
    XmrChart chart = agreeingWithTheOracle(c);
    boolean onLowerLimit = false;
    for (int i = 0; i < chart.size(); i++) {
      onLowerLimit |= chart.limits(i).isPresent() && chart.variation(i)
          != Variation.NOT_ENOUGH_DATA
          && c.values()[i] == chart.limits(i).get().lowerProcessLimit();
    }
    Statistics.label("recalculated").collect(chart.recalculationPoints().size() > 1);
    Statistics.label("short").collect(chart.size() < 12);
    Statistics.label("a point exactly on the lower process limit").collect(onLowerLimit);
    Statistics.label("recalculated").coverage(k -> k.check(true).percentage(p -> p > 10));
    Statistics.label("short").coverage(k -> k.check(true).percentage(p -> p > 10));
    Statistics.label("a point exactly on the lower process limit")
        .coverage(k -> k.check(true).percentage(p -> p > 2));
  }

  /**
   * Long charts: noise or walks of 41 to 200 points, or rises and falls in turn (12 to 200
   * points), with up to three recalculation dates anywhere, so that periods of limits of up to 64
   * points (judged a word of bits at a time) and longer ones (judged point by point) both occur,
   * runs cross bit 63 or a period's end, and trends meet at peaks and troughs.
   */
  @Provide
  Arbitrary<Case> longCharts() {
    Arbitrary<double[]> noise = noise(41, 200);
    Arbitrary<double[]> walk = walk(41, 200, 23);
    // Rises and falls in turn, each of 4 to 9 moves: trends meet at peaks and troughs.
    Arbitrary<double[]> zigzag = Arbitraries.integers().between(1, 5).list().ofMinSize(12)
        .ofMaxSize(200).flatMap(steps -> Arbitraries.integers().between(4, 9).list()
            .ofSize(steps.size()).map(lengths -> {
              double[] v = new double[steps.size()];
              int direction = 1;
              int left = lengths.get(0);
              for (int i = 1; i < v.length; i++) {
                if (left-- == 0) {
                  direction = -direction;
                  left = lengths.get(i) - 1;
                }
                v[i] = v[i - 1] + direction * steps.get(i);
              }
              return v;
            }));
    Arbitrary<List<Integer>> recalculations = Arbitraries.integers().between(-3, 204).set()
        .ofMaxSize(3).map(set -> set.stream().sorted().toList());
    return Combinators.combine(Arbitraries.oneOf(noise, walk, zigzag), options(), polarities(),
        recalculations).as((v, o, polarity, recalculate) ->
            new Case(months(v.length), v, recalculatedFrom(o, recalculate), polarity));
  }

  /** {@code n} months from January 2020. */
  private static List<Period> months(int n) {
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      periods.add(FIRST_MONTH.plus(i));
    }
    return periods;
  }

  /** {@code o} recalculated from each of the months {@code offsets} after January 2020. */
  private static SpcOptions recalculatedFrom(SpcOptions o, List<Integer> offsets) {
    ImmutableSpcOptions.Builder options = SpcOptions.builder().from(o);
    offsets.forEach(r -> options.addRecalculateFrom(FIRST_MONTH.plus(r)));
    return options.build();
  }

  @Property
  void everyPointOfALongChartAgreesWithTheStraightforwardOracle(@ForAll("longCharts") Case c) {
    // A period of limits of up to 64 points is judged with a bit a point in one long, a longer
    // one point by point; both must read the four rules as the oracle does (MDC; PTD
    // ptd_calculate_point_type.R), on every point.
    XmrChart chart = agreeingWithTheOracle(c);
    // A point that ends one trend and starts the next takes the later trend's direction.
    boolean sharedByTwoTrends = false;
    for (int i = 1; i + 1 < chart.size(); i++) {
      double before = c.values()[i] - c.values()[i - 1];
      double after = c.values()[i + 1] - c.values()[i];
      sharedByTwoTrends |= before * after < 0 && c.polarity() != Polarity.NEUTRAL
          && chart.signals(i - 1).contains(SpcSignal.TREND)
          && chart.signals(i + 1).contains(SpcSignal.TREND)
          && !chart.signals(i).contains(SpcSignal.OUTSIDE_LIMITS);
    }
    Statistics.label("a point shared by a rising and a falling trend").collect(sharedByTwoTrends);
    Statistics.label("a point shared by a rising and a falling trend")
        .coverage(k -> k.check(true).percentage(p -> p > 2));
    List<Integer> starts = new ArrayList<>(chart.recalculationPoints());
    starts.add(chart.size());
    boolean wordPeriod = false;
    boolean longPeriod = false;
    for (int s = 0; s + 1 < starts.size(); s++) {
      int length = starts.get(s + 1) - starts.get(s);
      wordPeriod |= length >= c.options().minimumPoints() && length <= Long.SIZE;
      longPeriod |= length > Long.SIZE;
    }
    Statistics.label("a period of 64 points or fewer").collect(wordPeriod);
    Statistics.label("a period of more than 64 points").collect(longPeriod);
    Statistics.label("a period of 64 points or fewer")
        .coverage(k -> k.check(true).percentage(p -> p > 20));
    Statistics.label("a period of more than 64 points")
        .coverage(k -> k.check(true).percentage(p -> p > 8));
  }

  @Property
  void inRunsKeepsExactlyTheBitsOfRunsOfKOrMore(@ForAll long x,
      @ForAll @IntRange(min = 1, max = 64) int k, @ForAll @IntRange(min = 0, max = 4) int sparse) {
    // The word form of the shift and trend rules (MDC; PTD ptd_calculate_point_type.R): a bit is
    // kept when it lies in a window of k consecutive set bits, read here window by window.
    long bits = x;
    for (int i = 0; i < sparse; i++) {
      bits |= Long.rotateLeft(x, 7 * i + 1); // denser words: long runs occur
    }
    long expected = 0;
    for (int w = 0; w + k <= Long.SIZE; w++) {
      long window = k == Long.SIZE ? -1L : ((1L << k) - 1) << w;
      if ((bits & window) == window) {
        expected |= window;
      }
    }
    assertEquals(expected, XmrChart.inRuns(bits, k), Long.toBinaryString(bits) + " k=" + k);
  }

  @Property
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

  @Property
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

  @Property
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

  @Provide
  Arbitrary<Double> notFinite() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  @Property
  void aValueThatIsNotFiniteIsRefusedWhereverItStands(@ForAll("charts") Case c,
      @ForAll @IntRange(min = 0, max = 39) int at, @ForAll("notFinite") double bad,
      @ForAll @IntRange(min = 0, max = 39) int later, @ForAll("notFinite") double other) {
    // SNAPSHOT.md: a value is a finite number. The chart reads a baseline's values through their
    // sum and the others one by one; wherever a bad value stands (in a baseline, after one, in a
    // period too short for limits), the error names the first.
    Assume.that(at < c.values().length);
    double[] v = c.values().clone();
    v[at] = bad;
    if (later > at && later < v.length) {
      v[later] = other;
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> XmrChart.of(c.periods(), v, c.polarity(), c.options()));
    assertEquals("SPC value must be a finite number but was " + bad, e.getMessage());
    if (c.options().recalculateFrom().isEmpty()) {
      IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
          () -> XmrChart.of(v, 0, v.length, c.polarity(), c.options()));
      assertEquals(e.getMessage(), range.getMessage());
    }
  }

  @Property
  void valuesTooLargeToSumStillMakeAChart(@ForAll("charts") Case c) {
    // Finite values whose sum overflows are values (SNAPSHOT.md), not an error: the chart's check
    // that a baseline is finite by its sum must then read the values themselves (MDC; PTD).
    int exponent = 0;
    for (double v : c.values()) {
      exponent = Math.max(exponent, Math.getExponent(v));
    }
    double[] huge = new double[c.values().length];
    double sum = 0;
    for (int i = 0; i < huge.length; i++) {
      // Exactly scaled so that the largest magnitude is in [2^1023, 2^1024): all stay finite.
      huge[i] = Math.scalb(c.values()[i], Double.MAX_EXPONENT - exponent);
      assertTrue(Double.isFinite(huge[i]));
      sum += huge[i];
    }
    Statistics.label("sum overflows").collect(!Double.isFinite(sum));
    Statistics.label("sum overflows").coverage(k -> k.check(true).percentage(p -> p > 30));
    // Where the sums overflow, the mean, the mean moving range and the lines may be infinite or
    // NaN; the chart must still read every rule as the oracle does with the same arithmetic.
    XmrChart chart = agreeingWithTheOracle(new Case(c.periods(), huge, c.options(),
        c.polarity()));
    boolean lineNotFinite = chart.size() > 0 && chart.limits(0).isPresent()
        && !Double.isFinite(chart.limits(0).get().upperProcessLimit()
            - chart.limits(0).get().lowerProcessLimit());
    Statistics.label("a process limit infinite or NaN").collect(lineNotFinite);
    Statistics.label("a process limit infinite or NaN")
        .coverage(k -> k.check(true).percentage(p -> p > 10));
  }

  @Property
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
}
