package org.qsurv.benchmarks.scoring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.SplittableRandom;
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
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.snapshot.BulkSnapshot;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.QualityAssessment;
import org.qsurv.scoring.assessment.QualityScoring;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * The whole assessment seam over a snapshot of 5,000 providers x 20 indicators x 36 months (a
 * tenth of national scale, to keep the heap modest), with 5 intelligence items and 3 risks per
 * provider: index the snapshot, then score every provider; and score every provider from the
 * observations already in columns ({@code scoreEveryProviderFromColumns}, the bulk path's
 * scoring). One operation is one observation.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AssessmentBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class AssessmentBenchmark {
  static final int PROVIDERS = 5_000;
  static final int INDICATORS = 20;
  static final int MONTHS = 36;
  static final int OBSERVATIONS = PROVIDERS * INDICATORS * MONTHS;

  private Snapshot snapshot;
  private BulkSnapshot bulk;
  private final ScoringPolicy policy = ScoringPolicy.nhsDefaults();

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20250701L);
    LocalDate asOf = LocalDate.of(2025, 7, 1);
    Period first = Period.parse("2022-07");
    org.qsurv.model.snapshot.Snapshot.Builder s = Snapshot.builder().asOf(asOf)
        .commissioner(Commissioner.of(OdsCode.of("QSL"), "NHS Somerset ICB"));
    ImmutableList.Builder<IndicatorDefinition> indicators = ImmutableList.builder();
    Polarity[] polarities = {Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER};
    for (int i = 0; i < INDICATORS; i++) {
      Polarity p = polarities[i % 2];
      indicators.add(IndicatorDefinition.builder().id(IndicatorId.of(i == 0 ? "shmi" : "ind-" + i))
          .name("Indicator " + i).domain(QualityDomain.values()[i % 6]).unit("rate")
          .polarity(p).frequency(Frequency.MONTHLY)
          .thresholds(p == Polarity.LOWER_IS_BETTER ? Thresholds.of(55, 60) : Thresholds.of(45, 40))
          .target(50).build());
    }
    ImmutableList<IndicatorDefinition> defs = indicators.build();
    s.indicators(defs);
    ImmutableList.Builder<Observation> observations =
        ImmutableList.builderWithExpectedSize(OBSERVATIONS);
    IntelligenceSource[] sources = IntelligenceSource.values();
    for (int p = 0; p < PROVIDERS; p++) {
      OrganisationCode code = OrganisationCode.of(String.format("A%05d", p));
      s.addProviders(Provider.of(code, "Practice " + p, ProviderKind.GP_PRACTICE));
      for (IndicatorDefinition def : defs) {
        double level = 40 + random.nextDouble() * 20;
        boolean shifted = random.nextInt(5) == 0;
        for (int m = 0; m < MONTHS; m++) {
          double v = level + 3 * random.nextGaussian() + (shifted && m >= MONTHS - 8 ? 6 : 0);
          observations.add(Observation.of(code, def.id(), first.plus(m),
              Math.round(v * 100) / 100.0));
        }
      }
      for (int k = 0; k < 5; k++) {
        IntelligenceSource source = sources[random.nextInt(sources.length)];
        s.addIntelligence(IntelligenceItem.builder()
            .id(IntelligenceId.of("I-" + p + "-" + k)).provider(code)
            .received(asOf.minusDays(random.nextInt(400))).source(source)
            .nature(source == IntelligenceSource.WHISTLEBLOWING ? Nature.SOFT : Nature.HARD)
            .domain(QualityDomain.values()[random.nextInt(6)]).summary("item " + k).build());
      }
      for (int k = 0; k < 3; k++) {
        s.addRisks(Risk.builder().id(RiskId.of("R-" + p + "-" + k)).provider(code)
            .title("risk " + k).domain(QualityDomain.SAFE).owner("owner")
            .likelihood(1 + random.nextInt(5)).consequence(1 + random.nextInt(5))
            .lastReviewed(asOf.minusDays(random.nextInt(200))).build());
      }
    }
    s.observations(observations.build());
    snapshot = s.build();
    bulk = BulkSnapshot.of(snapshot);
  }

  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public ImmutableList<QualityAssessment> scoreEveryProvider() {
    return QualityScoring.of(snapshot, policy).assessAll(code -> Level.ROUTINE);
  }

  /**
   * Scoring every provider from observations already in columns (as the bulk reader leaves
   * them, so preparing no longer indexes them): one thread, as above.
   */
  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public QualityAssessment[] scoreEveryProviderFromColumns() {
    QualityScoring scoring = QualityScoring.of(bulk, policy);
    QualityAssessment[] all = new QualityAssessment[PROVIDERS];
    for (int p = 0; p < PROVIDERS; p++) {
      all[p] = scoring.assess(p, Level.ROUTINE);
    }
    return all;
  }
}
