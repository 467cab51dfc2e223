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
 * accessors allocate nothing and a national run of charts stays within cache. A period of up to
 * 64 points (five years of months) is judged with a bit a point in a {@code long} per question,
 * each rule a few operations on whole words; a longer one point by point.
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
  // bit 7 whether the trend it is part of rises. Once judged: bits 0-3 the signal mask, bits 4-6
  // the ordinal of its variation, looked up in LABELS by polarity and the judging byte.
  private static final int SIDE_SHIFT = 4;
  private static final int VARIATION_SHIFT = 4;
  private static final Variation[] VARIATIONS = Variation.values();
  private static final int RISING_BIT = 1 << 7;
  private static final int OUTSIDE = SpcSignal.OUTSIDE_LIMITS.bit();
  private static final int SHIFT = SpcSignal.SHIFT.bit();
  private static final int TREND = SpcSignal.TREND.bit();
  private static final int TWO_OF_THREE = SpcSignal.TWO_OF_THREE.bit();
  /** The periods of limits of a chart with no recalculation: one, from the first point. */
  private static final int[] ONE_PERIOD = {0};
  /** Per polarity, the judged byte of each judging byte: the label's precedence as a table. */
  private static final byte[][] LABELS = labels();

  private final SpcOptions options;
  private final Polarity polarity;
  private final ImmutableList<Period> periods;
  private final double[] values;
  // Never written after construction (ONE_PERIOD is shared by every chart without recalculation).
  private final int[] segmentStart;
  // The limits of the first period of limits, and of each later one (none for most charts: no
  // list to allocate, and no list to read at every point).
  private final Optional<ProcessLimits> firstLimits;
  private final ImmutableList<Optional<ProcessLimits>> laterLimits;
  private final byte[] points;

  private XmrChart(SpcOptions options, Polarity polarity, ImmutableList<Period> periods,
      double[] values, int[] starts) {
    this.options = options;
    this.polarity = polarity;
    this.periods = periods;
    this.values = values;
    this.segmentStart = starts;
    this.points = new byte[values.length];
    // Read once a chart: Immutables' getters of defaulted attributes read a volatile field.
    SpcRuleSet rules = options.ruleSet();
    int minimum = options.minimumPoints();
    this.firstLimits = judgePeriod(0, rules, minimum);
    if (starts.length == 1) {
      this.laterLimits = ImmutableList.of();
    } else {
      ImmutableList.Builder<Optional<ProcessLimits>> limits =
          ImmutableList.builderWithExpectedSize(starts.length - 1);
      for (int s = 1; s < starts.length; s++) {
        limits.add(judgePeriod(s, rules, minimum));
      }
      this.laterLimits = limits.build();
    }
  }

  /**
   * Computes the limits of period of limits {@code s} and judges its points; its limits (empty
   * with fewer than three baseline points).
   *
   * @throws IllegalArgumentException if a value of the chart is not finite: its baseline is
   *     known to be finite when its sum is (a sum with a NaN or an infinity in it is never
   *     finite), the rest is read; either way a value that is not finite is reported by
   *     {@link #requireFinite}, as the first such value of the chart
   */
  private Optional<ProcessLimits> judgePeriod(int s, SpcRuleSet rules, int minimum) {
    int from = segmentStart[s];
    int to = s + 1 < segmentStart.length ? segmentStart[s + 1] : values.length;
    int nb = baselineOf(s);
    if (nb < minimum) {
      Arrays.fill(points, from, to,
          (byte) (Variation.NOT_ENOUGH_DATA.ordinal() << VARIATION_SHIFT));
    }
    if (nb < 3) {
      checkFinite(from, to);
      return Optional.empty();
    }
    // The mean and the moving ranges in one pass, each summed in the order Xmr sums them.
    double sum = 0;
    sum += values[from];
    double ranges = 0;
    for (int i = from + 1; i < from + nb; i++) {
      sum += values[i];
      ranges += Math.abs(values[i] - values[i - 1]);
    }
    if (!Double.isFinite(sum)) {
      requireFinite(values); // a value that is not finite, or only a sum too large
    }
    checkFinite(from + nb, to);
    double mean = sum / nb;
    double amr = ranges / (nb - 1);
    if (rules.screenMovingRanges()) {
      amr = Xmr.screened(values, from, from + nb, amr);
    }
    if (nb >= minimum) {
      if (to - from <= Long.SIZE) {
        judgeWord(from, to, mean, amr, rules);
      } else {
        judge(from, to, mean, amr, rules);
      }
    }
    return Optional.of(ProcessLimits.of(mean, amr, nb, nb < minimum));
  }

  /** Reports the chart's first value that is not finite if one of {@code [from, to)} is not. */
  private void checkFinite(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Double.isFinite(values[i])) {
        requireFinite(values);
      }
    }
  }

  /**
   * Throws for the first value of {@code values} that is not finite, if there is one.
   *
   * @throws IllegalArgumentException naming the value
   */
  private static void requireFinite(double[] values) {
    for (double v : values) {
      Checks.finite("SPC value", v);
    }
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
        ONE_PERIOD);
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
    // The chart checks that every value is finite as it reads them.
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
   * Judges the points {@code [from, to)} of a period of at most 64 points against its limits with
   * one bit a point in a {@code long} per question: one pass reads each point once and answers six
   * comparisons as bits (above or below the mean, beyond the upper or lower two-sigma line, higher
   * or lower than the point before), written without branches; the few points beyond a two-sigma
   * line are then compared with the limits. The four rules are whole-word operations, a few dozen
   * per chart whatever its length, and only the points with a signal are labelled (a point with
   * none is common cause, the byte 0 that a new chart already holds). The rules are those of
   * {@link #judge} and of {@code XmrOracle}, which reads them window by window (MDC; PTD
   * {@code R/ptd_calculate_point_type.R}): a shift is a run of {@code shiftPoints} or more points
   * all above (or all below) the mean; a trend a run of {@code trendPoints} or more points, that
   * is {@code trendPoints - 1} or more rises (or falls), with the point before its first move; two
   * of three the two-sigma points of a window of three on one side of the mean with at least two
   * of them beyond two sigma.
   */
  private void judgeWord(int from, int to, double mean, double amr, SpcRuleSet rules) {
    double upl = mean + Xmr.LIMIT * amr;
    double lpl = mean - Xmr.LIMIT * amr;
    double nupl = mean + Xmr.LIMIT_CLOSE * amr;
    double nlpl = mean - Xmr.LIMIT_CLOSE * amr;
    double[] y = values;
    int n = to - from;
    // Bit j of each word answers its question for point from + j; bits at n and above are 0.
    long above = 0;
    long below = 0;
    long beyondUpperClose = 0;
    long beyondLowerClose = 0;
    long rises = 0; // bit j: point j is higher than point j - 1 (never bit 0)
    long falls = 0;
    double previous = y[from];
    for (int j = 0; j < n; j++) {
      double v = y[from + j];
      above |= (v > mean ? 1L : 0L) << j;
      below |= (v < mean ? 1L : 0L) << j;
      beyondUpperClose |= (v > nupl ? 1L : 0L) << j;
      beyondLowerClose |= (v < nlpl ? 1L : 0L) << j;
      rises |= (v > previous ? 1L : 0L) << j;
      falls |= (v < previous ? 1L : 0L) << j;
      previous = v;
    }
    // Only a point beyond a two-sigma line can be beyond a limit: with the mean not NaN (the
    // values are finite) and the mean moving range at least 0 or NaN, upl >= nupl and
    // lpl <= nlpl by monotone rounding, and where a two-sigma line is NaN its limit is too. So
    // only those few points are compared with the limits.
    long beyondClose = beyondUpperClose | beyondLowerClose;
    long outside = 0;
    for (long b = beyondClose; b != 0; b &= b - 1) {
      int j = Long.numberOfTrailingZeros(b);
      double v = y[from + j];
      outside |= ((v > upl ? 1L : 0L) | (v < lpl ? 1L : 0L)) << j;
    }
    long close = beyondClose & ~outside;

    int shiftPoints = rules.shiftPoints();
    long shift = shiftPoints > n ? 0 : inRuns(above, shiftPoints) | inRuns(below, shiftPoints);
    // A trend's points: its moves, and the point before its first move.
    int trendMoves = rules.trendPoints() - 1;
    long risingMoves = trendMoves >= n ? 0 : inRuns(rises, trendMoves);
    long fallingMoves = trendMoves >= n ? 0 : inRuns(falls, trendMoves);
    long rising = risingMoves | (risingMoves >>> 1);
    long falling = fallingMoves | (fallingMoves >>> 1);
    // A point in a rising and a falling trend (the last point of one, the first of the next)
    // takes the later trend's direction: that of its move to the next point.
    long risingLabel = rising & (~falling | (rises >>> 1));

    // Two of three: bit w of windows is the window of points w, w + 1 and w + 2.
    long close1 = close >>> 1;
    long close2 = close >>> 2;
    long windows = ((above & (above >>> 1) & (above >>> 2)) | (below & (below >>> 1)
        & (below >>> 2))) & ((close & close1) | (close2 & (close | close1)));
    long twoOfThree = close & (windows | (windows << 1) | (windows << 2));

    byte[] labels = LABELS[polarity.ordinal()];
    long signalled = outside | shift | rising | falling | twoOfThree;
    while (signalled != 0) {
      int j = Long.numberOfTrailingZeros(signalled);
      signalled &= signalled - 1;
      int b = (int) (outside >>> j & 1) * OUTSIDE
          | (int) (shift >>> j & 1) * SHIFT
          | (int) ((rising | falling) >>> j & 1) * TREND
          | (int) (twoOfThree >>> j & 1) * TWO_OF_THREE
          | (int) (1 + (above >>> j & 1) - (below >>> j & 1)) << SIDE_SHIFT
          | (int) (risingLabel >>> j & 1) * RISING_BIT;
      points[from + j] = labels[b];
    }
  }

  /**
   * The bits of {@code x} in runs of {@code k} or more consecutive set bits, {@code 1 <= k <=
   * 64}: the starts of every window of {@code k} set bits (found by doubling the window, then
   * one overlapping step), each spread over its window the same way.
   */
  static long inRuns(long x, int k) {
    long starts = x;
    int length = 1;
    while (length * 2 <= k) {
      starts &= starts >>> length;
      length *= 2;
    }
    // Windows of length <= k <= 2 * length: two overlapping windows of length.
    starts &= starts >>> (k - length);
    long covered = starts;
    for (int spread = 1; spread < length; spread *= 2) {
      covered |= covered << spread;
    }
    return covered | (covered << (k - length));
  }

  /**
   * Judges the points {@code [from, to)} of a period of more than 64 points (shorter ones:
   * {@link #judgeWord}) against its limits in one forward pass: each
   * run (of one side of the mean, of rises or of falls) is counted as it grows and marked when it
   * ends, and each window of three when its last point is read; a last pass turns the marks into
   * labels. On real data a point's side of the mean, its direction from the point before and its
   * two-sigma band change at random, so the common path has no branch on them (a mispredicted
   * branch per point was the chart's largest cost): runs are counted arithmetically, and only the
   * rare events (a qualifying run ends, a window of three qualifies) branch.
   */
  private void judge(int from, int to, double mean, double amr, SpcRuleSet rules) {
    double upl = mean + Xmr.LIMIT * amr;
    double lpl = mean - Xmr.LIMIT * amr;
    double nupl = mean + Xmr.LIMIT_CLOSE * amr;
    double nlpl = mean - Xmr.LIMIT_CLOSE * amr;
    int shiftPoints = rules.shiftPoints();
    int trendPoints = rules.trendPoints();
    double[] y = values;
    byte[] p = points;

    // Shift: the current run of points on one side of the mean (a point on the mean is on no
    // side, and a run of those is never a shift), its side + 1 and its length so far.
    int runSide = Xmr.side(y[from], mean) + 1;
    int run = 0;
    // Trend: the current run of moves (rises, falls, or equal neighbours, which break a trend),
    // its direction + 1 and its number of moves; the first point's "move" is to itself (equal).
    int trendDirection = 1;
    int moves = 0;
    double previous = y[from];
    // The two points before: side + 1 (3, no side, before the period's first point) and whether
    // beyond two sigma but inside the limits (0 or 1).
    int side1 = 3;
    int side2 = 3;
    int close1 = 0;
    int close2 = 0;
    for (int i = from; i < to; i++) {
      double v = y[i];
      int outside = (v > upl ? 1 : 0) | (v < lpl ? 1 : 0);
      int close = ((v > nupl ? 1 : 0) | (v < nlpl ? 1 : 0)) & (outside ^ 1);
      int side = Xmr.side(v, mean) + 1;
      int direction = Xmr.side(v, previous) + 1;

      int sameSide = same(side, runSide);
      if (((sameSide ^ 1) & (runSide != 1 ? 1 : 0) & (run >= shiftPoints ? 1 : 0)) != 0) {
        mark(i - run, i, SHIFT);
      }
      run = run * sameSide + 1;
      runSide = side;

      int sameDirection = same(direction, trendDirection);
      if (((sameDirection ^ 1) & (trendDirection != 1 ? 1 : 0)
          & (moves + 1 >= trendPoints ? 1 : 0)) != 0) {
        markTrend(i - 1 - moves, i, trendDirection);
      }
      moves = moves * sameDirection + 1;
      trendDirection = direction;

      // Two of three: the window ending here, all on one side, two or more beyond two sigma.
      int window = (side != 1 ? 1 : 0) & same(side, side1) & same(side, side2)
          & (close + close1 + close2 >= 2 ? 1 : 0);
      int point = (outside * OUTSIDE) | (side << SIDE_SHIFT);
      if (window != 0) {
        p[i - 2] |= (byte) (close2 * TWO_OF_THREE);
        p[i - 1] |= (byte) (close1 * TWO_OF_THREE);
        point |= close * TWO_OF_THREE;
      }
      p[i] = (byte) point;
      side2 = side1;
      side1 = side;
      close2 = close1;
      close1 = close;
      previous = v;
    }
    if (runSide != 1 && run >= shiftPoints) {
      mark(to - run, to, SHIFT);
    }
    if (trendDirection != 1 && moves + 1 >= trendPoints) {
      markTrend(to - 1 - moves, to, trendDirection);
    }

    byte[] labels = LABELS[polarity.ordinal()];
    for (int i = from; i < to; i++) {
      p[i] = labels[p[i] & 0xFF];
    }
  }

  /** 1 if {@code a == b}, else 0, for small non-negative ints, without a branch. */
  private static int same(int a, int b) {
    return ((a ^ b) - 1) >>> 31;
  }

  /**
   * The judged byte of every judging byte, per polarity: the signal mask, and the variation of
   * the label's direction: a trend's own direction unless the point is outside the limits, else
   * the side of the mean of any signal, else none.
   */
  private static byte[][] labels() {
    Polarity[] polarities = Polarity.values();
    byte[][] labels = new byte[polarities.length][256];
    for (Polarity polarity : polarities) {
      for (int b = 0; b < 256; b++) {
        int mask = b & Xmr.SIGNAL_MASK;
        int direction;
        if ((mask & (OUTSIDE | TREND)) == TREND) {
          direction = (b & RISING_BIT) != 0 ? 1 : -1;
        } else if (mask != 0) {
          direction = Integer.signum(((b >>> SIDE_SHIFT) & 3) - 1);
        } else {
          direction = 0;
        }
        labels[polarity.ordinal()][b] = (byte) (mask
            | (Variation.of(direction, polarity).ordinal() << VARIATION_SHIFT));
      }
    }
    return labels;
  }

  private void mark(int from, int to, int bit) {
    for (int i = from; i < to; i++) {
      points[i] |= bit;
    }
  }

  /**
   * Marks points {@code [from, to)} as a trend in {@code direction} (+ 1: 0 falling, 2 rising); a
   * later trend overwrites the direction of the point it shares with the one before it.
   */
  private void markTrend(int from, int to, int direction) {
    for (int i = from; i < to; i++) {
      int b = points[i] | TREND;
      points[i] = (byte) (direction == 2 ? b | RISING_BIT : b & ~RISING_BIT);
    }
  }

  /** The number of baseline points of period of limits {@code s}. */
  private int baselineOf(int s) {
    int to = s + 1 < segmentStart.length ? segmentStart[s + 1] : values.length;
    return Math.min(to - segmentStart[s], options.baselinePoints().orElse(Integer.MAX_VALUE));
  }

  /** The limits of period of limits {@code s}. */
  private Optional<ProcessLimits> limitsOf(int s) {
    return s == 0 ? firstLimits : laterLimits.get(s - 1);
  }

  /** The period of limits that point {@code i} belongs to. */
  private int segmentOf(int i) {
    if (segmentStart == ONE_PERIOD) {
      return 0;
    }
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
    return limitsOf(segmentOf(i));
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
    int nb = baselineOf(s);
    Optional<ProcessLimits> limits = limitsOf(s);
    double mean = limits.isPresent() ? limits.get().mean()
        : nb > 0 ? Xmr.mean(values, from, from + nb) : Double.NaN;
    double amr = limits.isPresent() ? limits.get().meanMovingRange()
        : Xmr.meanMovingRange(values, from, from + nb, options.ruleSet().screenMovingRanges());
    if (nb < options.minimumPoints()) {
      return new SpcSummary(options, polarity, values.length - from, nb, values[last], mean, amr,
          Variation.NOT_ENOUGH_DATA, 0, Assurance.NONE);
    }
    Assurance assurance = Assurance.of(target, mean, amr, polarity);
    return new SpcSummary(options, polarity, values.length - from, nb, values[last], mean, amr,
        variation(last), points[last] & Xmr.SIGNAL_MASK, assurance);
  }
}
