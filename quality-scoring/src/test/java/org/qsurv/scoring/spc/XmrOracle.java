package org.qsurv.scoring.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * The XmR chart computed the straightforward way, as a test oracle: an object per point, the
 * periods of limits found point by point, and each of the four rules read literally one window at
 * a time (MDC; PTD {@code R/ptd_spc_standard.R}, {@code R/ptd_calculate_point_type.R}). Slow and
 * obviously right; {@link XmrChart}, which judges runs in one pass over arrays, must agree with it
 * on every point.
 */
final class XmrOracle {
  /** One judged point: the limits in force (none below three baseline points) and its label. */
  record Point(Optional<ProcessLimits> limits, int mask, int direction, Variation variation) {}

  private XmrOracle() {}

  /**
   * The chart of {@code y} for {@code periods} (empty, or one per value): a new period of limits
   * starts at a point whose period is on or after a recalculation date its predecessor's is before.
   */
  static List<Point> chart(List<Period> periods, double[] y, Polarity polarity,
      SpcOptions options) {
    List<Point> chart = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= y.length; i++) {
      if (i == y.length || startsNewLimits(periods, i, options.recalculateFrom())) {
        chart.addAll(segment(y, from, i, polarity, options));
        from = i;
      }
    }
    return chart;
  }

  private static boolean startsNewLimits(List<Period> periods, int i, List<Period> recalculate) {
    for (Period r : recalculate) {
      if (periods.get(i - 1).compareTo(r) < 0 && periods.get(i).compareTo(r) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Point> segment(double[] all, int from, int to, Polarity polarity,
      SpcOptions options) {
    int n = to - from;
    double[] y = new double[n];
    System.arraycopy(all, from, y, 0, n);
    int nb = Math.min(n, options.baselinePoints().orElse(Integer.MAX_VALUE));
    double sum = 0;
    for (int i = 0; i < nb; i++) {
      sum += y[i];
    }
    double mean = sum / nb;
    List<Double> ranges = new ArrayList<>();
    for (int i = 1; i < nb; i++) {
      ranges.add(Math.abs(y[i] - y[i - 1]));
    }
    double amr = average(ranges);
    if (options.ruleSet().screenMovingRanges() && amr > 0) {
      // PTD screens moving ranges at 3.267 x their mean; none are left out when all are zero.
      List<Double> kept = new ArrayList<>();
      for (double r : ranges) {
        if (r < 3.267 * amr) {
          kept.add(r);
        }
      }
      amr = average(kept);
    }
    Optional<ProcessLimits> limits = nb < 3 ? Optional.empty()
        : Optional.of(ProcessLimits.of(mean, amr, nb, nb < options.minimumPoints()));
    List<Point> points = new ArrayList<>();
    if (nb < options.minimumPoints()) {
      for (int i = 0; i < n; i++) {
        points.add(new Point(limits, 0, 0, Variation.NOT_ENOUGH_DATA));
      }
      return points;
    }
    double upl = mean + 2.66 * amr;
    double lpl = mean - 2.66 * amr;
    double nupl = mean + (2 * (2.66 / 3)) * amr;
    double nlpl = mean - (2 * (2.66 / 3)) * amr;
    int[] side = new int[n];
    boolean[] outside = new boolean[n];
    boolean[] close = new boolean[n];
    for (int i = 0; i < n; i++) {
      side[i] = (int) Math.signum(y[i] - mean);
      // On a limit is inside: only beyond it is outside (PTD ptd_calculate_point_type.R).
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
      int mask = (outside[i] ? SpcSignal.OUTSIDE_LIMITS.bit() : 0)
          | (shift[i] ? SpcSignal.SHIFT.bit() : 0)
          | (trend[i] != 0 ? SpcSignal.TREND.bit() : 0)
          | (twoOfThree[i] ? SpcSignal.TWO_OF_THREE.bit() : 0);
      int direction = outside[i] ? side[i]
          : trend[i] != 0 ? trend[i]
          : twoOfThree[i] || shift[i] ? side[i] : 0;
      points.add(new Point(limits, mask, direction, Variation.of(direction, polarity)));
    }
    return points;
  }

  private static double average(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.size();
  }
}
