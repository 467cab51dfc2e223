package org.qsurv.benchmarks.scoring;

import java.lang.management.ManagementFactory;
import org.qsurv.scoring.spc.SpcOptions;
import org.qsurv.scoring.spc.SpcRuleSet;
import org.qsurv.scoring.spc.XmrChart;

/**
 * {@link SpcBenchmark#fullChart}'s loop timed by the thread's own CPU time instead of the wall
 * clock, for a machine shared with other work: there a JMH score counts the time the thread waited
 * for a core, while CPU time does not. Prints, per rule set, the best of {@code REPEATS} passes in
 * millions of points per CPU-second, the bytes allocated a point and a checksum of every point's
 * limits, signals and variation (equal checksums: the same charts). It asserts nothing.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.qsurv.benchmarks.scoring.SpcCpuTime [REPEATS]
 * </pre>
 */
public final class SpcCpuTime {
  private SpcCpuTime() {}

  public static void main(String[] args) {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    NationalSeries data = new NationalSeries(20250701L);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (String ruleSet : new String[] {SpcRuleSet.MAKING_DATA_COUNT, SpcRuleSet.PLOT_THE_DOTS}) {
      SpcOptions options = SpcOptions.builder().ruleSet(SpcRuleSet.named(ruleSet).orElseThrow())
          .build();
      double best = 0;
      double allocated = 0;
      long checksum = 0;
      for (int r = 0; r < repeats; r++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long sum = 0;
        for (int s = 0; s < NationalSeries.SERIES; s++) {
          int from = s * NationalSeries.POINTS;
          XmrChart chart = XmrChart.of(data.values, from, from + NationalSeries.POINTS,
              data.polarity[s], options);
          for (int i = 0; i < NationalSeries.POINTS; i++) {
            sum = sum * 31 + (chart.limits(i).isPresent() ? 1 : 0)
                + chart.signals(i).size() * 7 + chart.variation(i).ordinal() * 3;
          }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        allocated = (threads.getCurrentThreadAllocatedBytes() - bytes)
            / (double) NationalSeries.TOTAL;
        best = Math.max(best, NationalSeries.TOTAL / seconds / 1e6);
        checksum = sum;
      }
      System.out.printf("%s: best %.1f M points per CPU-second, %.1f bytes allocated a point, "
          + "checksum %d%n", ruleSet, best, allocated, checksum);
    }
  }
}
