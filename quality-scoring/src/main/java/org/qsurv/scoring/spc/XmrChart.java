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
 * variation icon (MDC; NHSRplotthedots {@code R/ptd_spc_standard.R} and
 * {@code R/ptd_calculate_point_type.R}). Use it to draw a chart; to score many series use
 * {@link SpcSummary}, which judges the latest point the same way without per-point work.
 *
 * <p>Limits are computed separately for each period between recalculation dates, from its first
 * {@link SpcOptions#baselinePoints()} points (or all of them), and the rules run within each
 * period only. A point that ends one qualifying trend and starts another (a peak) takes the later
 * trend's direction, as NHSRplotthedots intends ("use right side").
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
  private final SpcOptions options;
  private final Polarity polarity;
  private final ImmutableList<Period> periods;
  private final double[] values;
  private final int[] segmentOf;
  private final int[] segmentStart;
  private final double[] segmentMean;
  private final double[] segmentAmr;
  private final int[] segmentBaseline;
  private final byte[] masks;
  private final byte[] directions;

  private XmrChart(SpcOptions options, Polarity polarity, ImmutableList<Period> periods,
      double[] values, int[] starts) {
    this.options = options;
    this.polarity = polarity;
    this.periods = periods;
    this.values = values;
    int n = values.length;
    int segments = starts.length;
    this.segmentStart = starts;
    this.segmentOf = new int[n];
    this.segmentMean = new double[segments];
    this.segmentAmr = new double[segments];
    this.segmentBaseline = new int[segments];
    this.masks = new byte[n];
    this.directions = new byte[n];
    for (int s = 0; s < segments; s++) {
      int from = starts[s];
      int to = s + 1 < segments ? starts[s + 1] : n;
      Arrays.fill(segmentOf, from, to, s);
      int nb = Math.min(to - from, options.baselinePoints().orElse(Integer.MAX_VALUE));
      segmentBaseline[s] = nb;
      segmentMean[s] = nb > 0 ? Xmr.mean(values, from, from + nb) : Double.NaN;
      segmentAmr[s] = Xmr.meanMovingRange(values, from, from + nb,
          options.ruleSet().screenMovingRanges());
      if (nb >= options.minimumPoints()) {
        judge(from, to, segmentMean[s], segmentAmr[s]);
      }
    }
  }

  /**
   * The chart of {@code values} (oldest first) with no recalculation.
   *
   * @throws IllegalArgumentException if a value is not finite, or {@code options} name
   *     recalculation dates (which need the periods: use the other factory)
   */
  public static XmrChart of(double[] values, Polarity polarity, SpcOptions options) {
    if (!options.recalculateFrom().isEmpty()) {
      throw new IllegalArgumentException("SPC options recalculate from "
          + options.recalculateFrom() + " but the chart has no periods");
    }
    return create(ImmutableList.of(), values, polarity, options, new int[] {0});
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
    return create(ImmutableList.copyOf(periods), values, polarity, options,
        segmentStarts(periods, options.recalculateFrom()));
  }

  private static XmrChart create(ImmutableList<Period> periods, double[] values,
      Polarity polarity, SpcOptions options, int[] starts) {
    Objects.requireNonNull(polarity, "polarity");
    for (double v : values) {
      Checks.finite("SPC value", v);
    }
    return new XmrChart(options, polarity, periods, values.clone(), starts);
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

  // While judging, masks[] also holds each point's side of the mean (+1 in bits 4-5) and whether
  // it is beyond two sigma but inside the limits (bit 6): one pass computes them for all rules.
  private static final int SIDE_SHIFT = 4;
  private static final int CLOSE_BIT = 1 << 6;

  private int side(int i) {
    return ((masks[i] >>> SIDE_SHIFT) & 3) - 1;
  }

  private void judge(int from, int to, double mean, double amr) {
    double upl = mean + Xmr.LIMIT * amr;
    double lpl = mean - Xmr.LIMIT * amr;
    double nupl = mean + Xmr.LIMIT_CLOSE * amr;
    double nlpl = mean - Xmr.LIMIT_CLOSE * amr;
    int outsideBit = SpcSignal.OUTSIDE_LIMITS.bit();

    for (int i = from; i < to; i++) {
      double v = values[i];
      boolean outside = v > upl || v < lpl;
      boolean close = !outside && (v > nupl || v < nlpl);
      masks[i] = (byte) ((outside ? outsideBit : 0) | (close ? CLOSE_BIT : 0)
          | ((Xmr.side(v, mean) + 1) << SIDE_SHIFT));
    }

    // Shift: maximal runs of points on one side of the mean; a point on the mean breaks a run.
    int shiftPoints = options.ruleSet().shiftPoints();
    for (int i = from; i < to; ) {
      int side = side(i);
      int end = i + 1;
      while (end < to && side(end) == side) {
        end++;
      }
      if (side != 0 && end - i >= shiftPoints) {
        mark(i, end, SpcSignal.SHIFT);
      }
      i = end;
    }

    // Trend: maximal runs of rises (or of falls); differences j..end-1 cover points j-1..end-1.
    // A later run overwrites the direction of the point it shares with the run before it.
    // The trend's direction is kept in directions[] until the labels below replace it.
    int trendPoints = options.ruleSet().trendPoints();
    byte[] trendDirection = directions;
    for (int j = from + 1; j < to; ) {
      int d = Xmr.side(values[j], values[j - 1]);
      int end = j + 1;
      while (end < to && Xmr.side(values[end], values[end - 1]) == d) {
        end++;
      }
      if (d != 0 && end - j + 1 >= trendPoints) {
        mark(j - 1, end, SpcSignal.TREND);
        Arrays.fill(trendDirection, j - 1, end, (byte) d);
      }
      j = end;
    }

    // Two of three: windows of three on one side of the mean, two or more beyond two sigma.
    int twoOfThree = SpcSignal.TWO_OF_THREE.bit();
    for (int w = from; w + 2 < to; w++) {
      int side = side(w);
      if (side == 0 || side(w + 1) != side || side(w + 2) != side) {
        continue;
      }
      int a = masks[w] & CLOSE_BIT;
      int b = masks[w + 1] & CLOSE_BIT;
      int c = masks[w + 2] & CLOSE_BIT;
      if ((a != 0 ? 1 : 0) + (b != 0 ? 1 : 0) + (c != 0 ? 1 : 0) >= 2) {
        masks[w] |= a != 0 ? twoOfThree : 0;
        masks[w + 1] |= b != 0 ? twoOfThree : 0;
        masks[w + 2] |= c != 0 ? twoOfThree : 0;
      }
    }

    for (int i = from; i < to; i++) {
      int side = side(i);
      int mask = masks[i] & Xmr.SIGNAL_MASK;
      int direction;
      if ((mask & outsideBit) != 0) {
        direction = side;
      } else if ((mask & SpcSignal.TREND.bit()) != 0) {
        direction = trendDirection[i];
      } else if (mask != 0) {
        direction = side;
      } else {
        direction = 0;
      }
      directions[i] = (byte) direction;
      masks[i] = (byte) mask;
    }
  }

  private void mark(int from, int to, SpcSignal signal) {
    for (int i = from; i < to; i++) {
      masks[i] |= signal.bit();
    }
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
   * the minimum baseline points); empty with fewer than three baseline points.
   */
  public Optional<ProcessLimits> limits(int i) {
    int s = segmentOf[i];
    if (segmentBaseline[s] < 3) {
      return Optional.empty();
    }
    return Optional.of(ProcessLimits.of(segmentMean[s], segmentAmr[s], segmentBaseline[s],
        segmentBaseline[s] < options.minimumPoints()));
  }

  /** The special-cause rules point {@code i} is part of, in {@link SpcSignal} order. */
  public ImmutableList<SpcSignal> signals(int i) {
    return Signals.of(masks[i]);
  }

  /** The variation icon of point {@code i}. */
  public Variation variation(int i) {
    if (segmentBaseline[segmentOf[i]] < options.minimumPoints()) {
      return Variation.NOT_ENOUGH_DATA;
    }
    return Variation.of(directions[i], polarity);
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
    int s = segmentOf[last];
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
        variation(last), masks[last], assurance);
  }
}
