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
 * {@code chart} builds the chart of every series (every point judged) and reads its latest
 * point; {@code fullChart} also reads every point's limits, signals and variation, what
 * PTD's {@code ptd_spc} returns: the figure to set against the 50 M points/s per core goal.
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
    for (int s = 0; s < NationalSeries.SERIES; s++) {
      bh.consume(chart(s).variation(NationalSeries.POINTS - 1));
    }
  }

  @Benchmark
  @OperationsPerInvocation(NationalSeries.TOTAL)
  public void fullChart(Blackhole bh) {
    for (int s = 0; s < NationalSeries.SERIES; s++) {
      XmrChart chart = chart(s);
      for (int i = 0; i < NationalSeries.POINTS; i++) {
        bh.consume(chart.limits(i));
        bh.consume(chart.signals(i));
        bh.consume(chart.variation(i));
      }
    }
  }

  /** The chart of series {@code s}, read in place from the national array. */
  private XmrChart chart(int s) {
    int from = s * NationalSeries.POINTS;
    return XmrChart.of(data.values, from, from + NationalSeries.POINTS, data.polarity[s],
        options);
  }
}
