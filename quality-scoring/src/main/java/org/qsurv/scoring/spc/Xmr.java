package org.qsurv.scoring.spc;

/**
 * The XmR arithmetic of <em>Making Data Count</em> over primitive arrays (MDC): one
 * pass for the mean and moving ranges, one more when moving ranges are screened, and short
 * backward scans for the rules at the latest point. No boxing and no allocation: this is the
 * national-scale path (50,000 series of 36 points in a few milliseconds).
 */
final class Xmr {
  /** Process limits at mean +/- 2.66 x mean moving range (three sigma for an XmR chart). */
  static final double LIMIT = 2.66;
  /** Two-sigma lines at two thirds of the limit distance, computed as NHSRplotthedots does. */
  static final double LIMIT_CLOSE = 2 * (LIMIT / 3);
  /** Moving ranges of 3.267 x the mean moving range or more are screened (upper MR limit). */
  static final double SCREEN = 3.267;

  /** Bits 0-3 of a packed result: the {@link SpcSignal} mask. Bits 4-5: label direction + 1. */
  static final int SIGNAL_MASK = 0xF;

  private Xmr() {}

  /** The mean of {@code y[from..to)}; {@code to > from}. */
  static double mean(double[] y, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += y[i];
    }
    return sum / (to - from);
  }

  /**
   * The mean moving range of {@code y[from..to)}, after screening when {@code screen} is set;
   * NaN with fewer than two points. Screening keeps moving ranges below 3.267 x the unscreened
   * mean (NHSRplotthedots {@code ptd_spc_standard}); when every range is zero nothing is screened,
   * since a screen of zero would leave no range at all.
   */
  static double meanMovingRange(double[] y, int from, int to, boolean screen) {
    int n = to - from;
    if (n < 2) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = from + 1; i < to; i++) {
      sum += Math.abs(y[i] - y[i - 1]);
    }
    double amr = sum / (n - 1);
    return screen ? screened(y, from, to, amr) : amr;
  }

  /**
   * The mean of the moving ranges of {@code y[from..to)} below 3.267 x {@code amr}, their
   * unscreened mean; {@code amr} itself when it is zero (nothing would be left).
   */
  static double screened(double[] y, int from, int to, double amr) {
    if (!(amr > 0)) {
      return amr;
    }
    double cut = SCREEN * amr;
    double kept = 0;
    int count = 0;
    for (int i = from + 1; i < to; i++) {
      double mr = Math.abs(y[i] - y[i - 1]);
      if (mr < cut) {
        kept += mr;
        count++;
      }
    }
    // count >= 1: the smallest range is at most the mean, which is below the cut.
    return kept / count;
  }

  /**
   * The sign of {@code y - mean}: a point exactly on the mean is on neither side. Written as two
   * comparisons subtracted, which compile to flag moves rather than branches: on real data the
   * side changes unpredictably, and a mispredicted branch here was the chart's largest cost.
   */
  static int side(double y, double mean) {
    return (y > mean ? 1 : 0) - (y < mean ? 1 : 0);
  }

  /**
   * The signals of the last point of {@code y[from..to)} and the direction of its label, packed:
   * bits 0-3 the signal mask, bits 4-5 the direction + 1 (0 low, 1 none, 2 high). The limits are
   * {@code mean} +/- 2.66 x {@code amr}; the rules run within {@code [from, to)} only (a
   * recalculation starts new runs).
   */
  static int latest(double[] y, int from, int to, double mean, double amr, SpcRuleSet rules) {
    int last = to - 1;
    double v = y[last];
    double upl = mean + LIMIT * amr;
    double lpl = mean - LIMIT * amr;
    double nupl = mean + LIMIT_CLOSE * amr;
    double nlpl = mean - LIMIT_CLOSE * amr;
    int side = side(v, mean);
    int mask = 0;

    boolean outside = v > upl || v < lpl;
    if (outside) {
      mask |= SpcSignal.OUTSIDE_LIMITS.bit();
    }

    if (side != 0) {
      int need = rules.shiftPoints();
      int run = 1;
      for (int i = last - 1; i >= from && run < need && side(y[i], mean) == side; i--) {
        run++;
      }
      if (run >= need) {
        mask |= SpcSignal.SHIFT.bit();
      }
    }

    int trendDirection = 0;
    if (last > from) {
      int d = side(v, y[last - 1]);
      if (d != 0) {
        int need = rules.trendPoints();
        int points = 2;
        for (int i = last - 1; i > from && points < need && side(y[i], y[i - 1]) == d; i--) {
          points++;
        }
        if (points >= need) {
          mask |= SpcSignal.TREND.bit();
          trendDirection = d;
        }
      }
    }

    // Two of three: the only window of three that holds the last point is the last three.
    if (!outside && (v > nupl || v < nlpl) && last - 2 >= from && side != 0) {
      double a = y[last - 2];
      double b = y[last - 1];
      if (side(a, mean) == side && side(b, mean) == side) {
        int close = 1 + (close(a, lpl, upl, nlpl, nupl) ? 1 : 0)
            + (close(b, lpl, upl, nlpl, nupl) ? 1 : 0);
        if (close >= 2) {
          mask |= SpcSignal.TWO_OF_THREE.bit();
        }
      }
    }

    int direction;
    if (outside) {
      direction = side;
    } else if (trendDirection != 0) {
      direction = trendDirection;
    } else if ((mask & (SpcSignal.TWO_OF_THREE.bit() | SpcSignal.SHIFT.bit())) != 0) {
      direction = side;
    } else {
      direction = 0;
    }
    return mask | ((direction + 1) << 4);
  }

  /** Beyond a two-sigma line but not outside the limits. */
  static boolean close(double y, double lpl, double upl, double nlpl, double nupl) {
    return !(y > upl || y < lpl) && (y > nupl || y < nlpl);
  }

  static int mask(int packed) {
    return packed & SIGNAL_MASK;
  }

  static int direction(int packed) {
    return ((packed >>> 4) & 3) - 1;
  }
}
