package org.qsurv.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.spc.AppliedRecalculation;
import org.qsurv.scoring.spc.Recalculation;
import org.qsurv.scoring.spc.SpcOptions;
import org.qsurv.scoring.spc.SpcPolicy;
import org.qsurv.scoring.spc.SpcSummary;
import org.qsurv.scoring.spc.Variation;

/**
 * Recalculations and annotations in the assessment (SNAPSHOT.md, recalculations and annotations):
 * limits are recalculated only at a known, sustained change and the reason is recorded (MDC), so
 * a snapshot's recorded recalculation steps the chart exactly as PTD's {@code rebase} argument
 * does, together with the policy's; the snapshot's wins a period both name; a long shift is only
 * advised as a rebase, never applied (PTD declines automatic rebasing).
 */
class RecalculationsAndAnnotationsTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final OrganisationCode RA4 = OrganisationCode.of("RA4");
  private static final IndicatorId SHMI = IndicatorId.of("shmi");
  private static final IndicatorId FFT = IndicatorId.of("fft");
  private static final Period FIRST = Period.month(2023, 1);
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

  /**
   * 24 monthly points of SHMI for RH5 from January 2023: 10, 11 alternating for a year, then 20,
   * 21 alternating (the worked example of XmrWorkedExamplesTest): one set of limits has mean 15.5
   * and the last 12 points are a shift above it; recalculated from 2024-01 the last 12 have their
   * own mean 20.5 and the latest point is common cause.
   */
  static double[] stepSeries() {
    double[] v = new double[24];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i < 12 ? 10 : 20) + (i % 2);
    }
    return v;
  }

  private static List<Period> periods(int n) {
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      periods.add(FIRST.plus(i));
    }
    return periods;
  }

  static Snapshot snapshot(double[] values, List<LimitsRecalculation> recalculations,
      List<IndicatorAnnotation> annotations) {
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      observations.add(Observation.of(RH5, SHMI, FIRST.plus(i), values[i]));
    }
    return Snapshot.builder().asOf(AS_OF)
        .commissioner(Commissioner.of(OdsCode.of("QSL"), "NHS Somerset ICB"))
        .addProviders(Provider.of(RH5, "Somerset FT", ProviderKind.ACUTE),
            Provider.of(RA4, "Yeovil FT", ProviderKind.ACUTE))
        .addIndicators(IndicatorDefinition.builder().id(SHMI).name("SHMI")
                .domain(QualityDomain.SAFE).unit("ratio").polarity(Polarity.LOWER_IS_BETTER)
                .frequency(Frequency.MONTHLY).build(),
            IndicatorDefinition.builder().id(FFT).name("FFT").domain(QualityDomain.EXPERIENCE)
                .unit("%").polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
                .build())
        .observations(observations).recalculations(recalculations).annotations(annotations)
        .build();
  }

  private static IndicatorAssessment shmi(Snapshot snapshot, ScoringPolicy policy) {
    return QualityScoring.of(snapshot, policy).assess(RH5, Level.ROUTINE).indicators().get(0);
  }

  private static LimitsRecalculation recorded(Period from, String reason) {
    return new LimitsRecalculation(RH5, SHMI, from, reason, Optional.of("Head of Quality"));
  }

  private static ScoringPolicy policyRecalculating(Optional<OrganisationCode> provider,
      Period... from) {
    SpcPolicy.Builder spc = SpcPolicy.builder();
    for (Period p : from) {
      spc.addRecalculations(Recalculation.builder().indicator(SHMI).provider(provider).from(p)
          .reason("Definition changed nationally").build());
    }
    return ScoringPolicy.builder().spc(spc.build()).build();
  }

  @Test
  void aRecordedRecalculationStartsNewLimitsFromItsPeriodWithItsReason() {
    double[] v = stepSeries();
    IndicatorAssessment a = shmi(snapshot(v, List.of(recorded(Period.month(2024, 1),
        "Merged with Yeovil")), List.of()), ScoringPolicy.nhsDefaults());
    // Recalculated from 2024-01: the last 12 points 20, 21, ... have mean 20.5 and MR 1.
    assertEquals(20.5, a.spc().limits().orElseThrow().mean(), 1e-9);
    assertEquals(Variation.COMMON_CAUSE, a.variation());
    assertEquals(SpcSummary.of(periods(24), v, Polarity.LOWER_IS_BETTER, OptionalDouble.empty(),
        SpcOptions.builder().addRecalculateFrom(Period.month(2024, 1)).build()), a.spc());
    assertEquals(List.of(new AppliedRecalculation(Period.month(2024, 1), "Merged with Yeovil",
        Optional.of("Head of Quality"), AppliedRecalculation.Source.SNAPSHOT)),
        a.recalculations());
    assertEquals(Optional.empty(), a.suggestedRebase(), "the shift was explained and rebased");
  }

  @Test
  void withoutARecordALongShiftIsAdvisedAsARebaseAndNeverApplied() {
    double[] v = stepSeries();
    IndicatorAssessment a = shmi(snapshot(v, List.of(), List.of()), ScoringPolicy.nhsDefaults());
    // One set of limits: mean 15.5; the last 12 points (2024-01 to 2024-12) are above it.
    assertEquals(15.5, a.spc().limits().orElseThrow().mean(), 1e-9);
    assertEquals(Variation.SPECIAL_CAUSE_CONCERN, a.variation(), "higher SHMI is worse");
    assertEquals(List.of(), a.recalculations());
    assertEquals(Period.month(2024, 1), a.suggestedRebase().orElseThrow().from());
    assertEquals(12, a.suggestedRebase().orElseThrow().points());
    assertTrue(a.suggestedRebase().orElseThrow().basis().contains("never applied"));
  }

  @Test
  void theSnapshotsRecordWinsAPeriodThePolicyAlsoNames() {
    double[] v = stepSeries();
    IndicatorAssessment a = shmi(snapshot(v, List.of(recorded(Period.month(2024, 1),
            "Merged with Yeovil")), List.of()),
        policyRecalculating(Optional.empty(), Period.month(2023, 7), Period.month(2024, 1)));
    assertEquals(List.of(
        new AppliedRecalculation(Period.month(2023, 7), "Definition changed nationally",
            Optional.empty(), AppliedRecalculation.Source.POLICY),
        new AppliedRecalculation(Period.month(2024, 1), "Merged with Yeovil",
            Optional.of("Head of Quality"), AppliedRecalculation.Source.SNAPSHOT)),
        a.recalculations());
  }

  @Test
  void aRecalculationOfAnotherProviderOrIndicatorOrAfterTheLatestPointIsNotApplied() {
    double[] v = stepSeries();
    IndicatorAssessment a = shmi(snapshot(v, List.of(
            new LimitsRecalculation(RA4, SHMI, Period.month(2024, 1), "Theirs", Optional.empty()),
            new LimitsRecalculation(RH5, FFT, Period.month(2024, 1), "Other", Optional.empty()),
            recorded(Period.month(2025, 1), "Not yet a point")), List.of()),
        policyRecalculating(Optional.of(RA4), Period.month(2024, 1)));
    assertEquals(List.of(), a.recalculations());
    assertEquals(15.5, a.spc().limits().orElseThrow().mean(), 1e-9);
  }

  @Test
  void annotationsAreShownInDateOrderOnlyOnceWrittenAndOnlyOnTheirSeries() {
    IndicatorAnnotation march = IndicatorAnnotation.onPeriod(RH5, SHMI, Period.month(2024, 3),
        "Coding audit", "Analyst");
    IndicatorAnnotation may = IndicatorAnnotation.onDate(RH5, SHMI, LocalDate.of(2024, 5, 19),
        "Sepsis pathway live", "Nurse");
    IndicatorAnnotation later = IndicatorAnnotation.onDate(RH5, SHMI, AS_OF.plusDays(1),
        "Not written yet", "Nurse");
    IndicatorAnnotation other = IndicatorAnnotation.onDate(RA4, SHMI, LocalDate.of(2024, 5, 1),
        "Yeovil's", "Nurse");
    IndicatorAssessment a = shmi(snapshot(stepSeries(), List.of(),
        List.of(later, may, other, march)), ScoringPolicy.nhsDefaults());
    assertEquals(List.of(march, may), a.annotations());
  }

  /**
   * For any recalculations in the policy and in the snapshot (before, inside or after the
   * series), the chart is the one PTD's {@code rebase} gives with the union of their periods
   * (SpcSummary, held to the PTD oracle by XmrPropertiesTest), and the recalculations reported
   * are exactly that union up to the latest point, each from its source, the snapshot's winning a
   * shared period.
   */
  @Property
  void theChartStepsAtTheUnionOfThePolicysAndTheSnapshotsPeriods(
      @ForAll("series") double[] values, @ForAll("offsets") Set<Integer> fromPolicy,
      @ForAll("offsets") Set<Integer> fromSnapshot) {
    List<LimitsRecalculation> recorded = fromSnapshot.stream()
        .map(k -> recorded(FIRST.plus(k), "Recorded change " + k)).toList();
    ScoringPolicy policy = policyRecalculating(Optional.of(RH5),
        fromPolicy.stream().map(FIRST::plus).toArray(Period[]::new));
    IndicatorAssessment a = shmi(snapshot(values, recorded, List.of()), policy);

    TreeSet<Period> union = new TreeSet<>();
    fromPolicy.forEach(k -> union.add(FIRST.plus(k)));
    fromSnapshot.forEach(k -> union.add(FIRST.plus(k)));
    assertEquals(SpcSummary.of(periods(values.length), values, Polarity.LOWER_IS_BETTER,
        OptionalDouble.empty(), SpcOptions.builder().recalculateFrom(union).build()), a.spc());
    Period latest = FIRST.plus(values.length - 1);
    List<Period> expected = union.headSet(latest, true).stream().toList();
    assertEquals(expected, a.recalculations().stream().map(AppliedRecalculation::from).toList());
    for (AppliedRecalculation r : a.recalculations()) {
      int k = r.from().ordinal() - FIRST.ordinal();
      assertEquals(fromSnapshot.contains(k) ? AppliedRecalculation.Source.SNAPSHOT
          : AppliedRecalculation.Source.POLICY, r.source());
    }
    Statistics.label("both name a period").collect(fromPolicy.stream().anyMatch(
        k -> fromSnapshot.contains(k) && k < values.length));
  }

  /** Up to 25 monthly points from January 2023: every period starts on or before AS_OF. */
  @Provide
  Arbitrary<double[]> series() {
    return Arbitraries.integers().between(0, 20).list().ofMinSize(1).ofMaxSize(25)
        .map(list -> list.stream().mapToDouble(Integer::doubleValue).toArray());
  }

  @Provide
  Arbitrary<Set<Integer>> offsets() {
    return Arbitraries.integers().between(-3, 44).set().ofMaxSize(3);
  }
}
