package org.qsurv.scoring.triangulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.scoring.trigger.Evidence.AS_OF;
import static org.qsurv.scoring.trigger.Evidence.daysAgo;
import static org.qsurv.scoring.trigger.Evidence.item;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;
import org.qsurv.scoring.trigger.IndicatorSignal;

/** Triangulation (000 §6.9; 002 footnote 14): corroboration over volume, recent over old. */
class TriangulationTest {
  private static final TriangulationPolicy POLICY = TriangulationPolicy.nhsDefaults();

  private static DomainConcern safe(List<IntelligenceItem> items, ProviderKind kind) {
    return Triangulation.of(AS_OF, kind, items, List.of(), POLICY)
        .get(QualityDomain.SAFE.ordinal());
  }

  @Test
  void threeIndependentSourcesOutweighThreeItemsFromOne() {
    // Fresh items, weight 1 each: one channel 3 / (1 + 3) = 0.75; three channels 3 x 0.5 = 1.5.
    DomainConcern volume = safe(List.of(
        item("C-1", IntelligenceSource.COMPLAINT, AS_OF),
        item("C-2", IntelligenceSource.PALS, AS_OF),
        item("C-3", IntelligenceSource.COMPLAINT, AS_OF)), ProviderKind.ACUTE);
    DomainConcern corroborated = safe(List.of(
        item("C-1", IntelligenceSource.COMPLAINT, AS_OF),
        item("W-1", IntelligenceSource.WHISTLEBLOWING, AS_OF),
        item("P-1", IntelligenceSource.CORONER_PFD, AS_OF)), ProviderKind.ACUTE);
    assertEquals(0.75, volume.score(), 1e-12);
    assertEquals(ConcernLevel.LOW, volume.level());
    assertEquals(List.of("COMPLAINTS"), volume.sources(), "complaints and PALS are one channel");
    assertEquals(1.5, corroborated.score(), 1e-12);
    assertEquals(ConcernLevel.HIGH, corroborated.level());
    assertEquals(3, corroborated.corroboration());
  }

  @Test
  void anItemHalvesInWeightEveryNinetyDays() {
    // One item 90 days old: weight 0.5, score 0.5 / 1.5 = 1/3.
    DomainConcern c = safe(List.of(item("I-1", IntelligenceSource.INCIDENT, daysAgo(90))),
        ProviderKind.ACUTE);
    assertEquals(1.0 / 3, c.score(), 1e-12);
  }

  @Test
  void softIntelligenceWeighsMoreWhereThereIsNoRoutineData() {
    // 003 §5.3: a care home sends no routine data. A fresh soft item weighs 1.5: 1.5/2.5 = 0.6.
    DomainConcern c = safe(List.of(item("W-1", IntelligenceSource.WHISTLEBLOWING, AS_OF)),
        ProviderKind.CARE_HOME);
    assertEquals(0.6, c.score(), 1e-12);
  }

  @Test
  void indicatorsOfConcernAreAnIndependentHardSource() {
    IndicatorSignal shmi = IndicatorSignal.of(IndicatorId.of("shmi"), QualityDomain.SAFE,
        Period.parse("2025-06"), ThresholdBand.AMBER, Variation.SPECIAL_CAUSE_CONCERN);
    DomainConcern c = Triangulation.of(AS_OF, ProviderKind.ACUTE,
        List.of(item("W-1", IntelligenceSource.WHISTLEBLOWING, AS_OF)), List.of(shmi), POLICY)
        .get(QualityDomain.SAFE.ordinal());
    assertEquals(1.0, c.score(), 1e-12);
    assertEquals(ConcernLevel.MEDIUM, c.level());
    assertEquals(List.of("W-1", "shmi"), c.evidence());
  }

  @Test
  void intelligenceAfterTheDateOrBeforeTheLookBackIsLeftOut() {
    assertEquals(ConcernLevel.NONE, safe(List.of(
        item("I-1", IntelligenceSource.INCIDENT, AS_OF.plusDays(1)),
        item("I-2", IntelligenceSource.INCIDENT, AS_OF.minusMonths(13))),
        ProviderKind.ACUTE).level());
  }

  @Property
  void spreadingItemsOverMoreIndependentSourcesNeverLowersConcern(
      @ForAll @IntRange(min = 2, max = 8) int n, @ForAll @IntRange(min = 0, max = 300) int age) {
    IntelligenceSource[] independent = {IntelligenceSource.COMPLAINT,
        IntelligenceSource.WHISTLEBLOWING, IntelligenceSource.CORONER_PFD,
        IntelligenceSource.HEALTHWATCH, IntelligenceSource.GP_REPORT, IntelligenceSource.POLICE,
        IntelligenceSource.MEDIA, IntelligenceSource.STAFF_SURVEY};
    List<IntelligenceItem> oneSource = new ArrayList<>();
    List<IntelligenceItem> spread = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      oneSource.add(item("A-" + i, IntelligenceSource.COMPLAINT, daysAgo(age)));
      spread.add(item("B-" + i, independent[i], daysAgo(age)));
    }
    assertTrue(safe(spread, ProviderKind.ACUTE).score()
        > safe(oneSource, ProviderKind.ACUTE).score());
  }

  @Property
  void recentIntelligenceCountsForMoreThanOld(@ForAll @IntRange(min = 0, max = 300) int age,
      @ForAll @IntRange(min = 1, max = 60) int older) {
    double recent = safe(List.of(item("I-1", IntelligenceSource.INCIDENT, daysAgo(age))),
        ProviderKind.ACUTE).score();
    double old = safe(List.of(item("I-1", IntelligenceSource.INCIDENT, daysAgo(age + older))),
        ProviderKind.ACUTE).score();
    assertTrue(recent > old);
  }

  @Property
  void oneSourceAloneIsNeverHighConcern(@ForAll @IntRange(min = 1, max = 200) int n) {
    List<IntelligenceItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item("I-" + i, IntelligenceSource.INCIDENT, AS_OF));
    }
    assertTrue(safe(items, ProviderKind.ACUTE).level() != ConcernLevel.HIGH);
  }
}
