package org.qsurv.benchmarks.escalation;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Rebuilding surveillance cases from their event logs: 10,000 cases from a log of 1,000,000
 * events, on one thread.
 *
 * <ul>
 *   <li>{@code rebuildTenThousandCases}: the time to replay every case's log (as a store reads it,
 *       case by case) into its state;</li>
 *   <li>{@code applyEvents}: the same work reported as events applied per second;</li>
 *   <li>{@code rebuildFromInterleavedLog}: the same events read in date order across all cases, each
 *       applied to its case looked up by provider;</li>
 *   <li>{@code verifyHashChains}: SHA-256 verification of 100 cases' chains (10,000 events), as
 *       events verified per second.</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CaseRebuildBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CaseRebuildBenchmark {
  static final int CASES = 10_000;
  static final int EVENTS_PER_CASE = 100;
  static final int EVENTS = CASES * EVENTS_PER_CASE;
  static final int VERIFIED_CASES = 100;

  private ImmutableList<OrganisationCode> providers;
  private ImmutableList<ImmutableList<CaseEvent>> logs;
  private ImmutableList<CaseEvent> interleaved;

  @Setup(Level.Trial)
  public void generate() {
    CaseLogWorkload workload = CaseLogWorkload.generate(CASES, EVENTS_PER_CASE, 20251124L);
    if (workload.events != EVENTS) {
      throw new IllegalStateException("expected " + EVENTS + " events but generated " + workload.events);
    }
    providers = workload.providers;
    logs = workload.logs;
    interleaved = workload.interleaved();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SurveillanceCase[] rebuildTenThousandCases() {
    return rebuild();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(EVENTS)
  public SurveillanceCase[] applyEvents() {
    return rebuild();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Map<OrganisationCode, SurveillanceCase> rebuildFromInterleavedLog() {
    Map<OrganisationCode, SurveillanceCase> cases = new HashMap<>(CASES * 2);
    for (int i = 0, n = interleaved.size(); i < n; i++) {
      CaseEvent event = interleaved.get(i);
      SurveillanceCase c = cases.get(event.provider());
      cases.put(event.provider(), (c == null ? SurveillanceCase.open(event.provider()) : c).apply(event));
    }
    return cases;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(VERIFIED_CASES * EVENTS_PER_CASE)
  public void verifyHashChains(Blackhole blackhole) {
    for (int i = 0; i < VERIFIED_CASES; i++) {
      blackhole.consume(ChainVerifier.verify(logs.get(i)));
    }
  }

  private SurveillanceCase[] rebuild() {
    SurveillanceCase[] cases = new SurveillanceCase[CASES];
    for (int i = 0; i < CASES; i++) {
      cases[i] = SurveillanceCase.replay(providers.get(i), logs.get(i));
    }
    return cases;
  }
}
