package org.qsurv.scoring.spc;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qsurv.model.Checks;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * An XmR (individuals) chart of NHS England's <em>Making Data Count</em> with every point judged:
 * the limits in force at each point, the special-cause rules each point is part of and its
 * variation icon (MDC; PTD {@code R/ptd_spc_standard.R} and {@code R/ptd_calculate_point_type.R}).
 * Use it to draw a chart; to score many series use {@link SpcSummary}, which judges the latest
 * point the same way without per-point work.
 *
 * <p>Limits are computed separately for each period between recalculation dates, from its first
 * {@link SpcOptions#baselinePoints()} points (or all of them), and the rules run within each
 * period only. A point that ends one qualifying trend and starts another (a peak) takes the later
 * trend's direction, as PTD intends ("use right side").
 *
 * <p>The chart is stored as arrays, not an object per point: one byte per point (its signals and
 * its variation icon) and one {@link ProcessLimits} per period of limits, so that the per-point
 * accessors allocate nothing and a national run of charts stays within cache.
 *
 * <pre>{@code
 * XmrChart chart = XmrChart.of(periods, values, Polarity.HIGHER_IS_BETTER, SpcOptions.defaults());
 * for (int i = 0; i < chart.size(); i++) {
 *   draw(chart.period(i), chart.value(i), chart.limits(i), chart.variation(i));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XmrChart {
  // A point's byte while judging: bits 0-3 its signal mask, bits 4-5 its side of the mean + 1,
  // bit 6 whether it is beyond two sigma but inside the limits, bit 7 whether the trend it is
  // part of rises. Once judged: bits 0-3 the signal mask, bits 4-6 the ordinal of its variation.
  private static final int SIDE_SHIFT = 4;
  private static final int VARIATION_SHIFT = 4;
  private static final Variation[] VARIATIONS = Variation.values();
  private static final int CLOSE_BIT = 1 << 6;
  private static final int RISING_BIT = 1 << 7;
  private static final int OUTSIDE = SpcSignal.OUTSIDE_LIMITS.bit();
  private static final int SHIFT = SpcSignal.SHIFT.bit();
  private static final int TREND = SpcSignal.TREND.bit();
  private static final int TWO_OF_THREE = SpcSignal.TWO_OF_THREE.bit();

  private final SpcOptions options;
  private final Polarity polarity;
  private final ImmutableList<Period> periods;
  private final double[] values;
  private final int[] segmentStart;
  private final double[] segmentMean;
  private final double[] segmentAmr;
  private final int[] segmentBaseline;
  private final ImmutableList<Optional<ProcessLimits>> segmentLimits;
  private final byte[] points;

  private XmrChart(SpcOptions options, Polarity polarity, ImmutableList<Period> periods,
      double[] values, int[] starts) {
    this.options = options;
    this.polarity = polarity;
    this.periods = periods;
    this.values = values;
    int n = values.length;
    int segments = starts.length;
    this.segmentStart = starts;
    this.segmentMean = new double[segments];
    this.segmentAmr = new double[segments];
    this.segmentBaseline = new int[segments];
    this.points = new byte[n];
    byte notEnoughData = (byte) (Variation.NOT_ENOUGH_DATA.ordinal() << VARIATION_SHIFT);
    int baseline = options.baselinePoints().orElse(Integer.MAX_VALUE);
    int minimum = options.minimumPoints();
    boolean screen = options.ruleSet().screenMovingRanges();
    ImmutableList.Builder<Optional<ProcessLimits>> limits = ImmutableList.builderWithExpectedSize(
        segments);
    for (int s = 0; s < segments; s++) {
      int from = starts[s];
      int to = s + 1 < segments ? starts[s + 1] : n;
      int nb = Math.min(to - from, baseline);
      double mean = nb > 0 ? Xmr.mean(values, from, from + nb) : Double.NaN;
      double amr = Xmr.meanMovingRange(values, from, from + nb, screen);
      segmentBaseline[s] = nb;
      segmentMean[s] = mean;
      segmentAmr[s] = amr;
      limits.add(nb < 3 ? Optional.empty()
          : Optional.of(ProcessLimits.of(mean, amr, nb, nb < minimum)));
      if (nb >= minimum) {
        judge(from, to, mean, amr);
      } else {
        Arrays.fill(points, from, to, notEnoughData);
      }
    }
    this.segmentLimits = limits.build();
  }

  /**
   * The chart of {@code values} (oldest first) with no recalculation.
   *
   * @throws IllegalArgumentException if a value is not finite, or {@code options} name
   *     recalculation dates (which need the periods: use the other factory)
   */
  public static XmrChart of(double[] values, Polarity polarity, SpcOptions options) {
    return of(values, 0, values.length, polarity, options);
  }

  /**
   * The chart of {@code values[from..to)} (oldest first) with no recalculation: one series of an
   * array that holds many, series after series, read without copying it first.
   *
   * @throws IllegalArgumentException if the range is not within {@code values}, a value in it is
   *     not finite, or {@code options} name recalculation dates (which need the periods)
   * @since 1.0.0
   */
  public static XmrChart of(double[] values, int from, int to, Polarity polarity,
      SpcOptions options) {
    if (!options.recalculateFrom().isEmpty()) {
      throw new IllegalArgumentException("SPC options recalculate from "
          + options.recalculateFrom() + " but the chart has no periods");
    }
    if (from < 0 || to > values.length || to < from) {
      throw new IllegalArgumentException("SPC range must lie within the " + values.length
          + " values but was [" + from + ", " + to + ")");
    }
    return create(ImmutableList.of(), Arrays.copyOfRange(values, from, to), polarity, options,
        new int[] {0});
  }

  /**
   * The chart of a series of {@code values} for {@code periods} (oldest first), with limits
   * recalculated from each of {@link SpcOptions#recalculateFrom()}.
   *
   * @throws IllegalArgumentException if the lengths differ, the periods are not in order or a
   *     value is not finite
   */
  public static XmrChart of(List<Period> periods, double[] values, Polarity polarity,
      SpcOptions options) {
    if (periods.size() != values.length) {
      throw new IllegalArgumentException("SPC series has " + periods.size() + " periods but "
          + values.length + " values");
    }
    return create(ImmutableList.copyOf(periods), values.clone(), polarity, options,
        segmentStarts(periods, options.recalculateFrom()));
  }

  /** The chart of {@code values}, a copy the chart keeps. */
  private static XmrChart create(ImmutableList<Period> periods, double[] values,
      Polarity polarity, SpcOptions options, int[] starts) {
    Objects.requireNonNull(polarity, "polarity");
    for (double v : values) {
      Checks.finite("SPC value", v);
    }
    return new XmrChart(options, polarity, periods, values, starts);
  }

  /**
   * The index at which each period of limits starts: 0, then the first point on or after each
   * recalculation date that starts a non-empty period.
   */
  static int[] segmentStarts(List<Period> periods, List<Period> recalculateFrom) {
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i - 1).compareTo(periods.get(i)) >= 0) {
        throw new IllegalArgumentException("SPC periods must be in order, each once, but "
            + periods.get(i) + " follows " + periods.get(i - 1));
      }
    }
    int[] starts = new int[recalculateFrom.size() + 1];
    int count = 1;
    int i = 0;
    for (Period from : recalculateFrom) {
      while (i < periods.size() && periods.get(i).compareTo(from) < 0) {
        i++;
      }
      if (i > starts[count - 1] && i < periods.size()) {
        starts[count++] = i;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /**
   * Judges the points {@code [from, to)} against one period's limits in one forward pass: each
   * run (of one side of the mean, of rises or of falls) is marked when it ends, and each window of
   * three when its last point is read; a last pass turns the marks into labels.
   */
  private void judge(int from, int to, double mean, double amr) {
    double upl = mean + Xmr.LIMIT * amr;
    double lpl = mean - Xmr.LIMIT * amr;
    double nupl = mean + Xmr.LIMIT_CLOSE * amr;
    double nlpl = mean - Xmr.LIMIT_CLOSE * amr;
    int shiftPoints = options.ruleSet().shiftPoints();
    int trendPoints = options.ruleSet().trendPoints();
    double[] y = values;
    byte[] p = points;

    // Shift: a run of points on one side of the mean; a point on the mean breaks a run.
    int runStart = from;
    int runSide = Xmr.side(y[from], mean);
    // Trend: a run of rises (or falls) over points trendStart .. i - 1; equal points break it.
    int trendStart = from;
    int trendDirection = 0;
    for (int i = from; i < to; i++) {
      double v = y[i];
      // Non-short-circuit operators: no branch to mispredict (the limits are crossed at random).
      boolean outside = v > upl | v < lpl;
      boolean close = !outside & (v > nupl | v < nlpl);
      int side = Xmr.side(v, mean);
      p[i] = (byte) ((outside ? OUTSIDE : 0) | (close ? CLOSE_BIT : 0)
          | ((side + 1) << SIDE_SHIFT));

      if (side != runSide) {
        if (runSide != 0 && i - runStart >= shiftPoints) {
          mark(runStart, i, SHIFT);
        }
        runStart = i;
        runSide = side;
      }

      if (i > from) {
        int d = Xmr.side(v, y[i - 1]);
        if (d != trendDirection) {
          markTrend(trendStart, i, trendDirection, trendPoints);
          trendStart = i - 1;
          trendDirection = d;
        }
      }

      // Two of three: the window ending here, all on one side, two or more beyond two sigma.
      if (i - 2 >= from && side != 0 && sideOf(p[i - 1]) == side && sideOf(p[i - 2]) == side) {
        int a = p[i - 2] & CLOSE_BIT;
        int b = p[i - 1] & CLOSE_BIT;
        int c = p[i] & CLOSE_BIT;
        if ((a != 0 ? 1 : 0) + (b != 0 ? 1 : 0) + (c != 0 ? 1 : 0) >= 2) {
          p[i - 2] |= a != 0 ? TWO_OF_THREE : 0;
          p[i - 1] |= b != 0 ? TWO_OF_THREE : 0;
          p[i] |= c != 0 ? TWO_OF_THREE : 0;
        }
      }
    }
    if (runSide != 0 && to - runStart >= shiftPoints) {
      mark(runStart, to, SHIFT);
    }
    markTrend(trendStart, to, trendDirection, trendPoints);

    int[] variation = {Variation.of(-1, polarity).ordinal(), Variation.COMMON_CAUSE.ordinal(),
        Variation.of(1, polarity).ordinal()};
    for (int i = from; i < to; i++) {
      int b = p[i];
      int mask = b & Xmr.SIGNAL_MASK;
      int direction;
      if ((mask & (OUTSIDE | TREND)) == TREND) {
        direction = (b & RISING_BIT) != 0 ? 1 : -1;
      } else if (mask != 0) {
        direction = sideOf(b);
      } else {
        direction = 0;
      }
      p[i] = (byte) (mask | (variation[direction + 1] << VARIATION_SHIFT));
    }
  }

  private static int sideOf(int b) {
    return ((b >>> SIDE_SHIFT) & 3) - 1;
  }

  private void mark(int from, int to, int bit) {
    for (int i = from; i < to; i++) {
      points[i] |= bit;
    }
  }

  /**
   * Marks points {@code [from, to)} as a trend in {@code direction} if they are enough; a later
   * trend overwrites the direction of the point it shares with the one before it.
   */
  private void markTrend(int from, int to, int direction, int trendPoints) {
    if (direction == 0 || to - from < trendPoints) {
      return;
    }
    for (int i = from; i < to; i++) {
      int b = points[i] | TREND;
      points[i] = (byte) (direction > 0 ? b | RISING_BIT : b & ~RISING_BIT);
    }
  }

  /** The period of limits that point {@code i} belongs to. */
  private int segmentOf(int i) {
    int s = segmentStart.length - 1;
    while (segmentStart[s] > i) {
      s--;
    }
    return s;
  }

  /** The options the chart was computed with. */
  public SpcOptions options() {
    return options;
  }

  /** The indicator's polarity, which orients the variation icons. */
  public Polarity polarity() {
    return polarity;
  }

  /** The number of points. */
  public int size() {
    return values.length;
  }

  /** The value of point {@code i}. */
  public double value(int i) {
    return values[i];
  }

  /** The period of point {@code i}, if the chart was built with periods. */
  public Optional<Period> period(int i) {
    Objects.checkIndex(i, values.length);
    return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(i));
  }

  /**
   * The limits in force at point {@code i} (trial limits when its period of limits has fewer than
   * the minimum baseline points); empty with fewer than three baseline points. The same instance
   * for every point of a period of limits.
   */
  public Optional<ProcessLimits> limits(int i) {
    Objects.checkIndex(i, values.length);
    return segmentLimits.get(segmentOf(i));
  }

  /** The special-cause rules point {@code i} is part of, in {@link SpcSignal} order. */
  public ImmutableList<SpcSignal> signals(int i) {
    return Signals.of(points[i] & Xmr.SIGNAL_MASK);
  }

  /** The variation icon of point {@code i}. */
  public Variation variation(int i) {
    return VARIATIONS[(points[i] >>> VARIATION_SHIFT) & 7];
  }

  /** The index of the first point of each period of limits, oldest first. */
  public ImmutableList<Integer> recalculationPoints() {
    ImmutableList.Builder<Integer> starts = ImmutableList.builder();
    for (int s : segmentStart) {
      starts.add(s);
    }
    return starts.build();
  }

  /**
   * The judgement of the latest point, equal to what {@link SpcSummary#of} gives for the same
   * series and options.
   *
   * @throws IllegalStateException if the chart has no points
   */
  public SpcSummary latest(OptionalDouble target) {
    if (values.length == 0) {
      throw new IllegalStateException("an empty chart has no latest point");
    }
    int last = values.length - 1;
    int s = segmentOf(last);
    int from = segmentStart[s];
    int nb = segmentBaseline[s];
    double mean = segmentMean[s];
    double amr = segmentAmr[s];
    if (nb < options.minimumPoints()) {
      return new SpcSummary(options, polarity, values.length - from, nb, values[last], mean, amr,
          Variation.NOT_ENOUGH_DATA, 0, Assurance.NONE);
    }
    Assurance assurance = Assurance.of(target, mean, amr, polarity);
    return new SpcSummary(options, polarity, values.length - from, nb, values[last], mean, amr,
        variation(last), points[last] & Xmr.SIGNAL_MASK, assurance);
  }
}
