package org.qsurv.scoring.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.triangulation.ConcernLevel;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/** The recommended level (NQB 2022; 003 §5.2.1, Appendix 1 and 2; 001 §7.2; 004 §4.4). */
class RecommendationTest {
  private static final RecommendationPolicy POLICY = RecommendationPolicy.nhsDefaults();

  private static TriggerFiring fired(TriggerCode code) {
    // Each trigger on its own hard item from its own source: corroborated as soon as two fire.
    return TriggerFiring.builder().code(code).addEvidence("E-" + code.ordinal())
        .addSources("S-" + code.ordinal()).hardEvidence(true).reason("because").build();
  }

  private static List<DomainConcern> concerns(ConcernLevel safe) {
    List<DomainConcern> all = new ArrayList<>();
    for (QualityDomain d : QualityDomain.values()) {
      ConcernLevel level = d == QualityDomain.SAFE ? safe : ConcernLevel.NONE;
      all.add(DomainConcern.builder().domain(d)
          .score(level == ConcernLevel.HIGH ? 2 : 0).level(level).build());
    }
    return all;
  }

  private static Recommendation recommend(Level current, TriggerCode... codes) {
    List<TriggerFiring> fired = new ArrayList<>();
    for (TriggerCode c : codes) {
      fired.add(fired(c));
    }
    return Recommendation.of(current, fired, concerns(ConcernLevel.NONE), POLICY);
  }

  @Test
  void noTriggersIsRoutine() {
    Recommendation r = recommend(Level.ROUTINE);
    assertEquals(Level.ROUTINE, r.level());
    assertFalse(r.urgent());
    assertEquals(1, r.reasons().size());
  }

  @Test
  void oneTriggerIsUsuallyNotEnough() {
    // 003 §5.2.1: "in most cases, it will be a combination of these factors".
    assertEquals(Level.ROUTINE, recommend(Level.ROUTINE, TriggerCode.ADVERSE_MEDIA).level());
    assertEquals(Level.ENHANCED, recommend(Level.ROUTINE, TriggerCode.ADVERSE_MEDIA,
        TriggerCode.HIGH_MORTALITY).level());
  }

  @Test
  void someTriggersRecommendEnhancedOnTheirOwn() {
    // 003 Appendix 1: "or there has been a trigger i.e. safeguarding concern, incident, CQC
    // inspection outcome".
    Recommendation r = recommend(Level.ROUTINE, TriggerCode.MULTIPLE_NEVER_EVENTS);
    assertEquals(Level.ENHANCED, r.level());
    assertTrue(r.reasons().get(0).contains("MULTIPLE_NEVER_EVENTS"), r.reasons().toString());
  }

  @Test
  void highCorroboratedConcernRecommendsEnhanced() {
    Recommendation r = Recommendation.of(Level.ROUTINE, ImmutableList.of(),
        concerns(ConcernLevel.HIGH), POLICY);
    assertEquals(Level.ENHANCED, r.level());
  }

  @Test
  void twoRiskSummitTriggersAreUrgent() {
    // 001 §7.2 and 003 Appendix 2: a risk summit may be called at any point.
    Recommendation r = recommend(Level.ROUTINE, TriggerCode.WHISTLEBLOWING,
        TriggerCode.SYSTEMIC_COMPLAINTS);
    assertTrue(r.urgent());
    assertEquals(Level.ENHANCED, r.level(), "intensive is not recommended from routine");
  }

  @Test
  void intensiveIsTheLastResortFromEnhanced() {
    assertEquals(Level.INTENSIVE, recommend(Level.ENHANCED, TriggerCode.WHISTLEBLOWING,
        TriggerCode.SYSTEMIC_COMPLAINTS).level());
    assertEquals(Level.INTENSIVE, recommend(Level.ENHANCED, TriggerCode.HIGH_MORTALITY,
        TriggerCode.RISKS_15_PLUS, TriggerCode.MULTIPLE_NEVER_EVENTS,
        TriggerCode.POLICE_INVOLVEMENT).level());
    assertEquals(Level.ENHANCED, recommend(Level.ENHANCED, TriggerCode.HIGH_MORTALITY,
        TriggerCode.RISKS_15_PLUS).level());
  }

  @Test
  void theReasonNamesTheLevelTheSameWhateverTheDefaultLocale() {
    // SNAPSHOT.md recommendation.reasons must not depend on the machine: under a Turkish default
    // locale a locale-sensitive lower case would write "ıntensıve" (dotless i).
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Recommendation r = recommend(Level.INTENSIVE, TriggerCode.WHISTLEBLOWING,
          TriggerCode.SYSTEMIC_COMPLAINTS);
      assertEquals(Level.INTENSIVE, r.level());
      assertTrue(r.reasons().get(0).startsWith("already in intensive surveillance"),
          r.reasons().get(0));
    } finally {
      Locale.setDefault(before);
    }
  }

  /**
   * The advice never steps a provider down: that needs assurance gained and sustained for three
   * months (003 Appendix 1) or gained at an NHS England-led meeting (003 §5.2.3 a), which people
   * judge. An empty snapshot is not assurance.
   */
  @Test
  void noEvidenceIsNotAssuranceTheAdviceNeverStepsDown() {
    for (Level current : Level.values()) {
      Recommendation r = recommend(current);
      assertEquals(current, r.level());
      assertFalse(r.urgent());
    }
    assertTrue(recommend(Level.ENHANCED).reasons().get(0).contains("003 Appendix 1"));
  }

  @Provide
  Arbitrary<List<TriggerCode>> triggerSets() {
    return Arbitraries.of(TriggerCode.class).set().ofMaxSize(8).map(ArrayList::new);
  }

  @Property
  void moreTriggersNeverRecommendALowerLevel(@ForAll("triggerSets") List<TriggerCode> codes,
      @ForAll TriggerCode extra, @ForAll Level current) {
    List<TriggerCode> more = new ArrayList<>(codes);
    if (!more.contains(extra)) {
      more.add(extra);
    }
    Recommendation fewer = recommend(current, codes.toArray(new TriggerCode[0]));
    Recommendation most = recommend(current, more.toArray(new TriggerCode[0]));
    assertTrue(most.level().compareTo(fewer.level()) >= 0, fewer.level() + " then "
        + most.level());
    assertTrue(!fewer.urgent() || most.urgent());
  }
}
