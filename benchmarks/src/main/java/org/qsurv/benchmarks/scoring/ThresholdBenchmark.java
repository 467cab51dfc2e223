package org.qsurv.benchmarks.scoring;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * Red / amber / green judgement of every point of 50,000 provider-indicator series of 36 monthly
 * points, single threaded. One operation is one point: the score is points per second per core.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ThresholdBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ThresholdBenchmark {
  private NationalSeries data;

  @Setup
  public void setUp() {
    data = new NationalSeries(20250701L);
  }

  /** Counts the red points, so that every judgement is used. */
  @Benchmark
  @OperationsPerInvocation(NationalSeries.TOTAL)
  public int everyPoint() {
    double[] v = data.values;
    int reds = 0;
    for (int s = 0; s < NationalSeries.SERIES; s++) {
      // Thresholds need a worse side: the neutral series are judged as lower is better.
      Polarity polarity = data.polarity[s] == Polarity.NEUTRAL
          ? Polarity.LOWER_IS_BETTER : data.polarity[s];
      double amber = data.amber[s];
      double red = data.red[s];
      int from = s * NationalSeries.POINTS;
      for (int i = from; i < from + NationalSeries.POINTS; i++) {
        if (ThresholdBand.of(v[i], amber, red, polarity) == ThresholdBand.RED) {
          reds++;
        }
      }
    }
    return reds;
  }
}
