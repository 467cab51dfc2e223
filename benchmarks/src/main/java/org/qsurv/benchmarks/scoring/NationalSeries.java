package org.qsurv.benchmarks.scoring;

import java.util.SplittableRandom;
import org.qsurv.model.indicator.Polarity;

/**
 * A national-scale synthetic workload: 50,000 provider-indicator series of 36 monthly points,
 * generated deterministically (fixed seed) in one flat array, series {@code i} at
 * {@code [i * 36, i * 36 + 36)}. Most series are noise around a level; one in five ends with a
 * shift, one in ten with a trend, one in twenty with a point far out, so that every rule is
 * exercised.
 */
final class NationalSeries {
  static final int SERIES = 50_000;
  static final int POINTS = 36;
  static final int TOTAL = SERIES * POINTS;

  final double[] values = new double[TOTAL];
  final Polarity[] polarity = new Polarity[SERIES];
  final double[] target = new double[SERIES];
  final boolean[] hasTarget = new boolean[SERIES];
  final double[] amber = new double[SERIES];
  final double[] red = new double[SERIES];

  NationalSeries(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Polarity[] polarities = Polarity.values();
    for (int s = 0; s < SERIES; s++) {
      double level = 10 + random.nextDouble() * 90;
      double sigma = level * (0.02 + random.nextDouble() * 0.1);
      int kind = random.nextInt(20);
      int base = s * POINTS;
      for (int i = 0; i < POINTS; i++) {
        double v = level + sigma * random.nextGaussian();
        if (kind < 4 && i >= POINTS - 8) {
          v += 2 * sigma;
        } else if (kind < 6 && i >= POINTS - 7) {
          v = level + sigma * (i - (POINTS - 7)) * 0.8;
        } else if (kind == 6 && i == POINTS - 1) {
          v += 6 * sigma;
        }
        values[base + i] = Math.round(v * 100) / 100.0;
      }
      polarity[s] = polarities[s % polarities.length];
      hasTarget[s] = s % 2 == 0;
      target[s] = level + sigma * (random.nextDouble() * 6 - 3);
      boolean higherIsBetter = polarity[s] == Polarity.HIGHER_IS_BETTER;
      amber[s] = higherIsBetter ? level - sigma : level + sigma;
      red[s] = higherIsBetter ? level - 2 * sigma : level + 2 * sigma;
    }
  }
}
