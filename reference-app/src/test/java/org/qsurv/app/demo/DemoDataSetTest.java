package org.qsurv.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;

/**
 * The demo data set is deterministic, the size of Somerset, and tells the stories of the source
 * frameworks.
 */
class DemoDataSetTest {
  private static final Snapshot DEMO = DemoDataSet.generate(DemoDataSet.DEFAULT_SEED).snapshot();

  @Test
  void theSameSeedGivesTheSameDataSetAndAnotherSeedAnother() {
    String once = SnapshotWriter.write(DEMO);
    String again = SnapshotWriter.write(DemoDataSet.generate(DemoDataSet.DEFAULT_SEED).snapshot());
    assertEquals(once, again);
    assertNotEquals(once, SnapshotWriter.write(DemoDataSet.generate(7).snapshot()));
  }

  @Test
  void itIsOneIntegratedCareSystemTheSizeOfSomerset() {
    Map<ProviderKind, Long> kinds = DEMO.providers().stream()
        .collect(Collectors.groupingBy(Provider::kind, Collectors.counting()));
    assertEquals(Map.of(ProviderKind.ACUTE, 1L, ProviderKind.MENTAL_HEALTH, 1L,
        ProviderKind.AMBULANCE, 1L, ProviderKind.GP_PRACTICE, 60L, ProviderKind.CARE_HOME, 150L,
        ProviderKind.HOSPICE, 1L), kinds);
    assertEquals("QSL", DEMO.commissioner().code().value());
    assertEquals("NHS Somerset ICB", DEMO.commissioner().name());
  }

  @Test
  void eachKindReturnsFifteenToTwentyFiveIndicatorsOverThirtySixMonths() {
    for (Provider p : List.of(trust(ProviderKind.ACUTE), trust(ProviderKind.MENTAL_HEALTH),
        trust(ProviderKind.AMBULANCE), trust(ProviderKind.HOSPICE), DEMO.providers().get(4))) {
      Set<IndicatorId> indicators = observationsOf(p).stream().map(Observation::indicator)
          .collect(Collectors.toSet());
      assertTrue(indicators.size() >= 15 && indicators.size() <= 25,
          p.name() + " returns " + indicators.size() + " indicators");
    }
    List<Observation> shmi = series(trust(ProviderKind.ACUTE), "shmi");
    assertEquals(36, shmi.size());
    assertEquals("2022-07", shmi.get(0).period().toString());
    assertEquals("2025-06", shmi.get(35).period().toString());
  }

  @Test
  void theAcuteTrustsMortalityRisesThroughAmber() {
    List<Double> shmi = values(series(trust(ProviderKind.ACUTE), "shmi"));
    double firstYear = shmi.subList(0, 12).stream().mapToDouble(d -> d).average().orElseThrow();
    double lastQuarter = shmi.subList(33, 36).stream().mapToDouble(d -> d).average().orElseThrow();
    assertTrue(firstYear < 1.0 && lastQuarter > 1.10, firstYear + " then " + lastQuarter);
    assertTrue(shmi.get(35) >= 1.05, "latest SHMI " + shmi.get(35) + " is at least amber");
  }

  @Test
  void theMentalHealthTrustImprovesAndStaysGood() {
    List<Double> placements = values(series(trust(ProviderKind.MENTAL_HEALTH), "oap-bed-days"));
    assertTrue(placements.subList(0, 12).stream().allMatch(v -> v > 300), placements.toString());
    assertTrue(placements.subList(24, 36).stream().allMatch(v -> v < 100), placements.toString());
  }

  @Test
  void careHomesSendSparseDataAndSomeNoneAtAll() {
    List<Provider> homes = DEMO.providers().stream()
        .filter(p -> p.kind() == ProviderKind.CARE_HOME).toList();
    Map<OrganisationCode, Long> counts = DEMO.observations().stream()
        .collect(Collectors.groupingBy(Observation::provider, Collectors.counting()));
    long silent = homes.stream().filter(h -> !counts.containsKey(h.code())).count();
    long sparse = homes.stream().filter(h -> counts.getOrDefault(h.code(), 0L) < 15 * 36 / 2)
        .count();
    assertTrue(silent >= 15 && silent <= 60, silent + " homes send nothing");
    assertTrue(sparse > homes.size() / 2, sparse + " homes send under half their returns");
  }

  @Test
  void intelligenceComesFromEverySourceType() {
    Set<IntelligenceSource> sources = DEMO.intelligence().stream().map(IntelligenceItem::source)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(IntelligenceSource.class)));
    assertEquals(EnumSet.allOf(IntelligenceSource.class), sources);
    assertTrue(DEMO.intelligence().stream().anyMatch(IntelligenceItem::sensitive),
        "some whistleblowing is sensitive");
  }

  /** 004 §4.4: risks of 15 or above are reviewed at least monthly. */
  @Test
  void theRegisterHasRisksOfFifteenOrMoreAndOverdueReviews() {
    List<Risk> extreme = DEMO.risks().stream().filter(r -> r.score() >= 15).toList();
    assertTrue(extreme.size() >= 5, extreme.size() + " risks of 15 or more");
    long overdueMonthly = extreme.stream().filter(r -> r.lastReviewed().isPresent()
        && r.lastReviewed().get().plusMonths(1).isBefore(DemoDataSet.AS_OF)).count();
    assertTrue(overdueMonthly >= 2, overdueMonthly + " extreme risks overdue");
    assertTrue(DEMO.risks().stream().anyMatch(r -> r.lastReviewed().isEmpty()),
        "a risk never reviewed");
    assertTrue(DEMO.risks().stream().anyMatch(r -> r.provider().isEmpty()), "a system-wide risk");
  }

  @Test
  void theDecisionsTellTheStories() {
    Provider acute = trust(ProviderKind.ACUTE);
    assertEquals(List.of(DecisionType.PLACE_ON_ENHANCED, DecisionType.CONFIRM_ENHANCED),
        typesOf(acute));
    assertTrue(DEMO.decisions().stream().anyMatch(d -> d.decision() == DecisionType.CALL_RISK_SUMMIT
        && DEMO.provider(d.provider()).orElseThrow().kind() == ProviderKind.CARE_HOME));
    List<Decision> mh = decisionsOf(trust(ProviderKind.MENTAL_HEALTH));
    LocalDate assured = mh.stream().filter(d -> d.decision() == DecisionType.ASSURANCE_GAINED)
        .findFirst().orElseThrow().at();
    LocalDate stepped = mh.stream().filter(d -> d.decision() == DecisionType.STEP_DOWN)
        .findFirst().orElseThrow().at();
    assertTrue(!stepped.isBefore(assured.plusMonths(3)), "003 Appendix 1: three months sustained");
  }

  @Test
  void itReadsBackFromItsJson() {
    SnapshotReader.Result read = SnapshotReader.read(SnapshotWriter.write(DEMO));
    assertTrue(read.isValid(), read.problems().toString());
    assertEquals(DEMO.observations().size(), read.snapshot().observations().size());
  }

  private static Provider trust(ProviderKind kind) {
    return DEMO.providers().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  private static List<Observation> observationsOf(Provider p) {
    return DEMO.observations().stream().filter(o -> o.provider().equals(p.code())).toList();
  }

  private static List<Observation> series(Provider p, String indicator) {
    return observationsOf(p).stream().filter(o -> o.indicator().value().equals(indicator))
        .toList();
  }

  private static List<Double> values(List<Observation> series) {
    return series.stream().map(o -> o.value().getAsDouble()).toList();
  }

  private static List<Decision> decisionsOf(Provider p) {
    return DEMO.decisions().stream().filter(d -> d.provider().equals(p.code())).toList();
  }

  private static List<DecisionType> typesOf(Provider p) {
    return decisionsOf(p).stream().map(Decision::decision).toList();
  }

}
