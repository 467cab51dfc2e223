package org.qsurv.scoring.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * A suggested rebase is advice that the MDC shift rule holds at the latest points for at least as
 * many points as new limits need (the shift length, and the minimum points for limits without
 * trial limits: PTD); it never changes the chart (MDC: recalculate only for a known change; PTD
 * declines automatic rebasing).
 */
class SuggestedRebaseTest {
  private static final Period FIRST = Period.month(2022, 1);

  private static List<Period> periods(int n) {
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      periods.add(FIRST.plus(i));
    }
    return periods;
  }

  @Test
  void twelvePointsAboveTheMeanAfterTwelveBelowSuggestARebaseFromTheFirstOfThem() {
    // 10, 11 alternating for 12 points then 20, 21 for 12: mean 15.5, the last 12 above it.
    double[] v = new double[24];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i < 12 ? 10 : 20) + (i % 2);
    }
    SpcSummary s = SpcSummary.of(v, 0, 24, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(),
        SpcOptions.defaults());
    SuggestedRebase r = SuggestedRebase.of(periods(24), v, 0, 24, s).orElseThrow();
    assertEquals(FIRST.plus(12), r.from());
    assertEquals(12, r.points());
    assertTrue(r.basis().startsWith("the latest 12 points, from 2023-01, are all above the mean"
        + " of 15.5"), r.basis());
    // Eleven points above are a shift (7 or more) but too few for limits of their own (12).
    assertEquals(Optional.empty(), SuggestedRebase.of(periods(23), v, 0, 23,
        SpcSummary.of(v, 0, 23, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(),
            SpcOptions.defaults())));
  }

  /**
   * Advice names a run of at least two points and its basis; a range holding no point is refused,
   * naming it; a whole-number mean is written without a fraction.
   */
  @Test
  void adviceIsCheckedAndItsMeanWrittenPlainly() {
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> new SuggestedRebase(FIRST, 1, "basis"));
    assertEquals("suggested rebase points must be at least 2 but was 1", one.getMessage());
    assertEquals(2, new SuggestedRebase(FIRST, 2, "basis").points());
    assertThrows(IllegalArgumentException.class, () -> new SuggestedRebase(FIRST, 3, " "));
    double[] v = {1, 2, 3};
    SpcSummary s = SpcSummary.of(v, 0, 3, Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(),
        SpcOptions.builder().minimumPoints(3).build());
    for (int[] range : new int[][] {{-1, 3}, {0, 4}, {2, 2}, {0, 3}}) {
      List<Period> periods = periods(range[1] == 3 && range[0] == 0 ? 2 : 3);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SuggestedRebase.of(periods, v, range[0], range[1], s));
      assertTrue(e.getMessage().endsWith("but was [" + range[0] + ", " + range[1] + ")"),
          e.getMessage());
    }
    // 10 x 12 then 22 x 12: mean 16 exactly, the last twelve above it.
    double[] step = new double[24];
    for (int i = 0; i < step.length; i++) {
      step[i] = i < 12 ? 10 : 22;
    }
    SuggestedRebase r = SuggestedRebase.of(periods(24), step, 0, 24, SpcSummary.of(step, 0, 24,
        Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), SpcOptions.defaults())).orElseThrow();
    assertTrue(r.basis().contains("are all above the mean of 16: a shift"), r.basis());
  }

  /**
   * For every series and minimum: advice is given exactly when the latest run strictly on one side
   * of the chart's mean has at least max(shift length, minimum points) points, and then it starts
   * where the run starts and counts the run.
   */
  @Property
  void aRebaseIsSuggestedExactlyWhenTheLatestRunIsLongEnough(@ForAll("series") double[] v,
      @ForAll("minimums") int minimum) {
    SpcOptions options = SpcOptions.builder().minimumPoints(minimum).build();
    SpcSummary s = SpcSummary.of(v, 0, v.length, Polarity.LOWER_IS_BETTER,
        OptionalDouble.empty(), options);
    Optional<SuggestedRebase> advice = SuggestedRebase.of(periods(v.length), v, 0, v.length, s);
    int run = 0;
    if (s.enoughData()) {
      double mean = s.limits().orElseThrow().mean();
      double last = v[v.length - 1];
      for (int i = v.length - 1; i >= 0 && last != mean
          && (v[i] > mean) == (last > mean) && v[i] != mean; i--) {
        run++;
      }
    }
    int latestRun = run;
    assertEquals(latestRun >= Math.max(7, minimum), advice.isPresent(),
        () -> "run " + latestRun + " " + advice);
    advice.ifPresent(a -> {
      assertEquals(latestRun, a.points());
      assertEquals(FIRST.plus(v.length - latestRun), a.from());
    });
    Statistics.collect(advice.isPresent() ? "advised" : "not advised");
    Statistics.coverage(c -> c.check("advised").percentage(p -> p > 5));
  }

  /** Series with steps: a level for a while, then perhaps another, so long runs occur. */
  @Provide
  Arbitrary<double[]> series() {
    Arbitrary<int[]> levels = Arbitraries.integers().between(0, 10).array(int[].class).ofSize(3);
    Arbitrary<int[]> lengths = Arbitraries.integers().between(1, 16).array(int[].class).ofSize(3);
    Arbitrary<Integer> noise = Arbitraries.integers().between(0, 3);
    return net.jqwik.api.Combinators.combine(levels, lengths, noise, Arbitraries.longs())
        .as((level, length, spread, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          List<Double> values = new ArrayList<>();
          for (int k = 0; k < 3; k++) {
            for (int i = 0; i < length[k]; i++) {
              values.add((double) level[k] * 3 + random.nextInt(spread + 1));
            }
          }
          return values.stream().mapToDouble(Double::doubleValue).toArray();
        });
  }

  @Provide
  Arbitrary<Integer> minimums() {
    return Arbitraries.integers().between(3, 15);
  }
}
