package org.qsurv.scoring.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.QualityAssessment;
import org.qsurv.scoring.assessment.QualityScoring;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.profile.Recommendation;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The calibration of the triggers and the recommendation, for every snapshot: 003 §5.2.1 says
 * triggers are "usually a combination rather than any single one"; 003 Appendix 1 lets a single
 * serious trigger (a safeguarding concern, an incident, a CQC inspection outcome) place a provider
 * in enhanced pending review; intensive is the last resort (004 §4.4) and a risk summit answers
 * "credible and material" concerns (001 §7.2). Each property runs over generated one-provider
 * snapshots of intelligence (every source, nature, tone and triage) and risks, at every current
 * level.
 */
class CalibrationProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final ScoringPolicy POLICY = ScoringPolicy.nhsDefaults();

  /** A single soft item on its own never moves the advice off the current level (003 §5.2.1). */
  @Property
  void oneSoftItemOnItsOwnNeverMovesTheAdvice(@ForAll("items") IntelligenceItem item,
      @ForAll ProviderKind kind, @ForAll Level current) {
    IntelligenceItem soft = IntelligenceItem.builder().from(item).nature(Nature.SOFT).build();
    Recommendation r = assess(snapshot(kind, List.of(soft), List.of()), current).recommendation();
    assertEquals(current, r.level(), r.reasons()::toString);
    assertFalse(r.urgent(), r.reasons()::toString);
  }

  /**
   * No single item, of any source, nature or tone, nor a single risk, ever advises INTENSIVE or
   * urgency; it may advise ENHANCED pending review (003 Appendix 1).
   */
  @Property
  void noSingleItemEverAdvisesIntensiveOrUrgent(@ForAll("items") IntelligenceItem item,
      @ForAll("risks") Risk risk, @ForAll boolean itemNotRisk, @ForAll ProviderKind kind,
      @ForAll Level current) {
    Snapshot s = itemNotRisk ? snapshot(kind, List.of(item), List.of())
        : snapshot(kind, List.of(), List.of(risk));
    Recommendation r = assess(s, current).recommendation();
    assertFalse(r.urgent(), r.reasons()::toString);
    assertTrue(r.level() != Level.INTENSIVE || current == Level.INTENSIVE, r.reasons()::toString);
  }

  /** Praise and neutral news never fire a trigger, however many there are (001 §7.2). */
  @Property
  void positiveOrNeutralItemsNeverFireATrigger(@ForAll("many") List<IntelligenceItem> items,
      @ForAll boolean positive, @ForAll ProviderKind kind, @ForAll Level current) {
    List<IntelligenceItem> calm = new ArrayList<>();
    for (IntelligenceItem i : items) {
      calm.add(IntelligenceItem.builder().from(i).tone(positive ? Tone.POSITIVE : Tone.NEUTRAL)
          .build());
    }
    QualityAssessment a = assess(snapshot(kind, calm, List.of()), current);
    assertEquals(List.of(), a.triggers());
    assertEquals(current, a.recommendation().level());
  }

  /**
   * Adding an item of concern received in the recent window never lowers the advised level, and
   * removing one never raises it. (An item older than the recent window may lower it: it raises
   * what is "usual", against which 003 §5.2.1's "higher than usual" is judged.)
   */
  @Property
  void addingConcernNeverLowersTheAdviceAndRemovingItNeverRaisesIt(
      @ForAll("many") List<IntelligenceItem> items, @ForAll("risks") Risk risk,
      @ForAll("recentConcern") IntelligenceItem extra, @ForAll ProviderKind kind,
      @ForAll Level current) {
    QualityAssessment before = assess(snapshot(kind, items, List.of(risk)), current);
    List<IntelligenceItem> more = new ArrayList<>(items);
    more.add(IntelligenceItem.builder().from(extra).id(IntelligenceId.of("X-1")).build());
    QualityAssessment after = assess(snapshot(kind, more, List.of(risk)), current);
    assertTrue(after.recommendation().level().compareTo(before.recommendation().level()) >= 0,
        () -> before.recommendation().reasons() + "\nthen\n" + after.recommendation().reasons());
    assertTrue(!before.recommendation().urgent() || after.recommendation().urgent());
  }

  /**
   * INTENSIVE is advised only to a provider already in enhanced (or intensive) surveillance, and
   * only on corroborated evidence: at least two items, and the first reason says how (004 §4.4).
   */
  @Property
  void intensiveOnlyFromEnhancedAndOnlyOnCorroboratedEvidence(
      @ForAll("many") List<IntelligenceItem> items, @ForAll("risks") Risk risk,
      @ForAll ProviderKind kind, @ForAll Level current) {
    QualityAssessment a = assess(snapshot(kind, items, List.of(risk)), current);
    Recommendation r = a.recommendation();
    if (r.level() == Level.INTENSIVE && current != Level.INTENSIVE) {
      assertEquals(Level.ENHANCED, current);
      assertTrue(r.reasons().get(0).contains("corroborated by"), r.reasons()::toString);
      assertTrue(evidence(a).size() >= 2, r.reasons()::toString);
    }
    if (r.urgent()) {
      assertTrue(evidence(a).size() >= 2, r.reasons()::toString);
    }
  }

  /**
   * Every reason names its evidence by id, and no reason is repeated: the reasons are the rule that
   * set the level and each trigger once, with the ids of what it fired on.
   */
  @Property
  void everyReasonNamesItsEvidenceOnce(@ForAll("many") List<IntelligenceItem> items,
      @ForAll("risks") Risk risk, @ForAll ProviderKind kind, @ForAll Level current) {
    QualityAssessment a = assess(snapshot(kind, items, List.of(risk)), current);
    List<String> reasons = a.recommendation().reasons();
    assertEquals(new HashSet<>(reasons).size(), reasons.size(), reasons::toString);
    Set<String> ids = evidence(a);
    for (DomainConcern c : a.profile().concerns()) {
      ids.addAll(c.evidence());
    }
    for (TriggerFiring t : a.triggers()) {
      assertTrue(reasons.contains(t.described()), reasons::toString);
    }
    if (!a.triggers().isEmpty()) {
      for (String reason : reasons) {
        assertTrue(ids.stream().anyMatch(reason::contains), () -> reason + " names no id");
      }
    } else {
      assertNotEquals(0, reasons.size());
    }
  }

  private static Set<String> evidence(QualityAssessment a) {
    Set<String> ids = new HashSet<>();
    a.triggers().forEach(t -> ids.addAll(t.evidence()));
    return ids;
  }

  private static QualityAssessment assess(Snapshot s, Level current) {
    return QualityScoring.of(s, POLICY).assess(RH5, current);
  }

  private static Snapshot snapshot(ProviderKind kind, List<IntelligenceItem> items,
      List<Risk> risks) {
    return Snapshot.builder().asOf(AS_OF).commissioner(Commissioner.of(OdsCode.of("QSL"), "ICB"))
        .addProviders(Provider.of(RH5, "Somerset FT", kind)).intelligence(items).risks(risks)
        .build();
  }

  @Provide
  Arbitrary<List<IntelligenceItem>> many() {
    return items().list().ofMaxSize(12).map(list -> {
      List<IntelligenceItem> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        unique.add(IntelligenceItem.builder().from(list.get(i))
            .id(IntelligenceId.of("I-" + (i + 1))).build());
      }
      return unique;
    });
  }

  @Provide
  Arbitrary<IntelligenceItem> items() {
    return item(Arbitraries.integers().between(0, 450),
        Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Tone.CONCERN)),
            Tuple.of(1, Arbitraries.just(Tone.NEUTRAL)),
            Tuple.of(1, Arbitraries.just(Tone.POSITIVE))));
  }

  @Provide
  Arbitrary<IntelligenceItem> recentConcern() {
    return item(Arbitraries.integers().between(0, 80), Arbitraries.just(Tone.CONCERN))
        .filter(i -> i.countsOn(AS_OF));
  }

  private static Arbitrary<IntelligenceItem> item(Arbitrary<Integer> daysAgo,
      Arbitrary<Tone> tones) {
    return Combinators.combine(daysAgo, Arbitraries.of(IntelligenceSource.class),
        Arbitraries.of(Nature.class), Arbitraries.of(QualityDomain.class), tones,
        Arbitraries.integers().between(-1, 20), Arbitraries.of(TriageOutcome.class),
        Arbitraries.of(true, false)).as((ago, source, nature, domain, tone, triageAfter, outcome,
            credible) -> {
              LocalDate received = AS_OF.minusDays(ago);
              var b = IntelligenceItem.builder().id(IntelligenceId.of("I-1"))
                  .provider(RH5).received(received).source(source).nature(nature)
                  .domain(domain).summary("what was said").tone(tone);
              if (triageAfter >= 0) {
                b.triage(Triage.of(received.plusDays(triageAfter), outcome, credible));
              }
              return (IntelligenceItem) b.build();
            });
  }

  @Provide
  Arbitrary<Risk> risks() {
    return Combinators.combine(Arbitraries.integers().between(1, 5),
        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 200),
        Arbitraries.of(QualityDomain.class)).as((l, c, ago, domain) -> Risk.builder()
            .id(RiskId.of("R-1")).provider(RH5).title("A risk").domain(domain).owner("Owner")
            .likelihood(l).consequence(c).lastReviewed(AS_OF.minusDays(ago)).build());
  }
}
