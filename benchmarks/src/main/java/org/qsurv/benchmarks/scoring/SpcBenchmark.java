package org.qsurv.benchmarks.scoring;

import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.qsurv.scoring.spc.SpcOptions;
import org.qsurv.scoring.spc.SpcRuleSet;
import org.qsurv.scoring.spc.SpcSummary;
import org.qsurv.scoring.spc.XmrChart;

/**
 * Making Data Count XmR over 50,000 provider-indicator series of 36 monthly points, single
 * threaded. One operation is one point, so the score is points per second per core.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SpcBenchmark -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>{@code latest} is the assessment path (the icons of each series' latest point);
 * {@code chart} judges every point of every series, as for drawing the charts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SpcBenchmark {
  @Param({SpcRuleSet.MAKING_DATA_COUNT, SpcRuleSet.PLOT_THE_DOTS})
  public String ruleSet;

  private NationalSeries data;
  private SpcOptions options;
  private OptionalDouble[] targets;

  @Setup
  public void setUp() {
    data = new NationalSeries(20250701L);
    options = SpcOptions.builder().ruleSet(SpcRuleSet.named(ruleSet).orElseThrow()).build();
    targets = new OptionalDouble[NationalSeries.SERIES];
    for (int s = 0; s < NationalSeries.SERIES; s++) {
      targets[s] = data.hasTarget[s] ? OptionalDouble.of(data.target[s]) : OptionalDouble.empty();
    }
  }

  @Benchmark
  @OperationsPerInvocation(NationalSeries.TOTAL)
  public void latest(Blackhole bh) {
    double[] v = data.values;
    for (int s = 0; s < NationalSeries.SERIES; s++) {
      int from = s * NationalSeries.POINTS;
      bh.consume(SpcSummary.of(v, from, from + NationalSeries.POINTS, data.polarity[s],
          targets[s], options));
    }
  }

  @Benchmark
  @OperationsPerInvocation(NationalSeries.TOTAL)
  public void chart(Blackhole bh) {
    double[] v = data.values;
    double[] series = new double[NationalSeries.POINTS];
    for (int s = 0; s < NationalSeries.SERIES; s++) {
      System.arraycopy(v, s * NationalSeries.POINTS, series, 0, NationalSeries.POINTS);
      XmrChart chart = XmrChart.of(series, data.polarity[s], options);
      bh.consume(chart.variation(NationalSeries.POINTS - 1));
    }
  }
}
