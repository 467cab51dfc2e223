package org.qsurv.scoring.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;
import org.qsurv.scoring.assessment.QualityAssessment;
import org.qsurv.scoring.assessment.QualityScoring;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.profile.Recommendation;
import org.qsurv.scoring.profile.RecommendationPolicy;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The calibration holds for the evidence of the workflows too: a regulator rating (004 §5.1), a
 * serious incident (003 §5.2.1) or a done quality visit's findings (000 §6.5; 001 §7.1) on its own
 * never advises INTENSIVE or urgency (004 §4.4: intensive is the last resort), even where a CQC
 * inspection outcome may place a provider in enhanced on its own (003 Appendix 1); praise from a
 * visit never fires a trigger; the latest rating counts whatever the order of the file; and an
 * incident and the intelligence item about the same event are counted once.
 */
class WorkflowCalibrationProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  /** The national defaults, and a policy where a CQC inspection outcome is enough alone. */
  private static final List<ScoringPolicy> POLICIES = List.of(ScoringPolicy.nhsDefaults(),
      ScoringPolicy.builder().recommendation(RecommendationPolicy.builder().enhancedAlone(
          ImmutableSet.<TriggerCode>builder()
              .addAll(RecommendationPolicy.nhsDefaults().enhancedAlone())
              .add(TriggerCode.CQC_RATING_CONCERN,
                  TriggerCode.HIGHER_THAN_USUAL_SERIOUS_INCIDENTS).build()).build()).build());

  /**
   * No single rating, incident or done visit, under either policy and at any level, advises
   * INTENSIVE or urgency (004 §4.4; 003 Appendix 1 allows ENHANCED pending review at most).
   */
  @Property
  void noSingleWorkflowItemEverAdvisesIntensiveOrUrgent(@ForAll("ratings") RegulatorRating rating,
      @ForAll("incidents") SeriousIncident incident, @ForAll("visits") QualityVisit visit,
      @ForAll("which") int which, @ForAll boolean cqcAlone, @ForAll ProviderKind kind,
      @ForAll Level current) {
    Snapshot.Builder b = base(kind);
    if (which == 0) {
      b.addRatings(rating);
    } else if (which == 1) {
      b.addIncidents(incident);
    } else {
      b.addVisits(visit);
    }
    Recommendation r = QualityScoring.of(b.build(), POLICIES.get(cqcAlone ? 1 : 0))
        .assess(RH5, current).recommendation();
    assertFalse(r.urgent(), r.reasons()::toString);
    assertTrue(r.level() != Level.INTENSIVE || current == Level.INTENSIVE, r.reasons()::toString);
  }

  /** A done visit's positive or neutral findings never fire a trigger, however many (001 §7.2). */
  @Property
  void aDoneVisitsPositiveOrNeutralFindingsNeverFireATrigger(
      @ForAll("visitLists") List<QualityVisit> visits, @ForAll boolean positive,
      @ForAll ProviderKind kind, @ForAll Level current) {
    List<QualityVisit> calm = new ArrayList<>();
    for (QualityVisit v : visits) {
      calm.add(new QualityVisit(v.id(), v.provider(), v.date(), v.kind(), v.status(),
          v.findings().stream().map(f -> new VisitFinding(f.domain(),
              positive ? Tone.POSITIVE : Tone.NEUTRAL, f.summary())).collect(Collectors.toList())));
    }
    QualityAssessment a = QualityScoring.of(base(kind).visits(calm).build(),
        ScoringPolicy.nhsDefaults()).assess(RH5, current);
    assertEquals(List.of(), a.triggers());
    assertEquals(current, a.recommendation().level());
  }

  /**
   * The latest rating by publication date is the one CQC_RATING_CONCERN reads, whatever the order
   * of the file: it fires, citing the latest rating's id, exactly when that rating is INADEQUATE
   * overall or in a key question, or worse overall than the one before it (003 Appendix 1;
   * 004 §5.1).
   */
  @Property
  void theLatestRatingIsTheOneUsedWhateverTheOrderInTheFile(
      @ForAll("ratingHistories") List<RegulatorRating> history, @ForAll long seed) {
    List<RegulatorRating> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(seed));
    Optional<TriggerFiring> inOrder = cqc(history);
    Optional<TriggerFiring> outOfOrder = cqc(shuffled);
    assertEquals(inOrder, outOfOrder);
    List<RegulatorRating> published = history.stream()
        .filter(r -> !r.published().isAfter(AS_OF))
        .sorted(Comparator.comparing(RegulatorRating::published)).collect(Collectors.toList());
    boolean expected = !published.isEmpty() && (published.get(published.size() - 1)
        .inadequateAnywhere() || published.size() >= 2 && published.get(published.size() - 1)
        .overall().isWorseThan(published.get(published.size() - 2).overall()));
    assertEquals(expected, inOrder.isPresent(), () -> published + " " + inOrder);
    inOrder.ifPresent(f -> assertEquals(
        List.of(published.get(published.size() - 1).id().value()), f.evidence()));
  }

  /**
   * An incident and an intelligence item about the same event (the item's {@code incident} names
   * it) are counted once, as the incident: the triggers of serious incidents and never events
   * (003 §5.2.1) are the same with or without the linked items, and never cite them.
   */
  @Property
  void anIncidentLinkedToAnIntelligenceItemIsCountedOnce(
      @ForAll("incidentLists") List<SeriousIncident> incidents, @ForAll("links") List<Boolean> link,
      @ForAll Level current) {
    List<IntelligenceItem> linked = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      SeriousIncident s = incidents.get(i);
      if (link.get(i % link.size())) {
        linked.add(IntelligenceItem.builder().id(IntelligenceId.of("L-" + i)).provider(RH5)
            .received(s.reported())
            .source(s.neverEvent() ? IntelligenceSource.NEVER_EVENT
                : IntelligenceSource.SERIOUS_INCIDENT)
            .nature(Nature.HARD).domain(QualityDomain.SAFE).summary("the same event")
            .incident(s.id()).build());
      }
    }
    QualityAssessment without = QualityScoring.of(base(ProviderKind.ACUTE).incidents(incidents)
        .build(), ScoringPolicy.nhsDefaults()).assess(RH5, current);
    QualityAssessment with = QualityScoring.of(base(ProviderKind.ACUTE).incidents(incidents)
        .intelligence(linked).build(), ScoringPolicy.nhsDefaults()).assess(RH5, current);
    assertEquals(without.triggers(), with.triggers());
    assertEquals(without.recommendation(), with.recommendation());
    for (TriggerFiring t : with.triggers()) {
      assertTrue(t.evidence().stream().noneMatch(id -> id.startsWith("L-")), t::toString);
    }
  }

  private static Optional<TriggerFiring> cqc(List<RegulatorRating> ratings) {
    return QualityScoring.of(base(ProviderKind.ACUTE).ratings(ratings).build(),
        ScoringPolicy.nhsDefaults()).assess(RH5, Level.ROUTINE).triggers().stream()
        .filter(t -> t.code() == TriggerCode.CQC_RATING_CONCERN).findFirst();
  }

  private static Snapshot.Builder base(ProviderKind kind) {
    Snapshot.Builder b = Snapshot.builder();
    b.asOf(AS_OF).commissioner(Commissioner.of(OdsCode.of("QSL"), "ICB"))
        .addProviders(Provider.of(RH5, "Somerset FT", kind));
    return b;
  }

  @Provide
  Arbitrary<Integer> which() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<List<Boolean>> links() {
    return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<RegulatorRating> ratings() {
    return rating(Arbitraries.integers().between(0, 1500));
  }

  @Provide
  Arbitrary<List<RegulatorRating>> ratingHistories() {
    // Distinct days (-60: some published after the date), so no provider has two on one date.
    return Arbitraries.integers().between(-60, 2000).set().ofMaxSize(6).flatMap(days -> {
      List<Integer> ordered = new ArrayList<>(days);
      List<Arbitrary<RegulatorRating>> each = new ArrayList<>();
      for (int i = 0; i < ordered.size(); i++) {
        int n = i;
        each.add(rating(Arbitraries.just(ordered.get(i))).map(r -> new RegulatorRating(
            RatingId.of("CQC-" + n), r.provider(), r.regulator(), r.published(), r.overall(),
            r.keyQuestions())));
      }
      return Combinators.combine(each).as(list -> list);
    });
  }

  private static Arbitrary<RegulatorRating> rating(Arbitrary<Integer> daysAgo) {
    Arbitrary<Map<KeyQuestion, Rating>> questions = Arbitraries.maps(
        Arbitraries.of(KeyQuestion.class), Arbitraries.of(Rating.class)).ofMaxSize(5);
    return Combinators.combine(daysAgo, Arbitraries.of(Rating.class), questions)
        .as((ago, overall, keys) -> new RegulatorRating(RatingId.of("CQC-1"), RH5, Regulator.CQC,
            AS_OF.minusDays(ago), overall, keys));
  }

  @Provide
  Arbitrary<SeriousIncident> incidents() {
    return Combinators.combine(Arbitraries.integers().between(0, 500),
        Arbitraries.of(IncidentFramework.class), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 90)).as((ago, framework, never, dueIn) ->
            new SeriousIncident(IncidentId.of("SI-1"), RH5, AS_OF.minusDays(ago), framework, never,
                AS_OF.minusDays(ago).plusDays(dueIn), Optional.empty(), Optional.empty(),
                Optional.empty()));
  }

  @Provide
  Arbitrary<List<SeriousIncident>> incidentLists() {
    return incidents().list().ofMaxSize(8).map(list -> {
      List<SeriousIncident> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        SeriousIncident s = list.get(i);
        unique.add(new SeriousIncident(IncidentId.of("SI-" + i), s.provider(), s.reported(),
            s.framework(), s.neverEvent(), s.responseDue(), s.responseReceived(), s.review(),
            s.actionPlanSignedOff()));
      }
      return unique;
    });
  }

  @Provide
  Arbitrary<QualityVisit> visits() {
    Arbitrary<VisitFinding> finding = Combinators.combine(Arbitraries.of(QualityDomain.class),
        Arbitraries.of(Tone.class)).as((d, t) -> new VisitFinding(d, t, "what was seen"));
    return Combinators.combine(Arbitraries.integers().between(-30, 400),
        Arbitraries.of(VisitKind.class), Arbitraries.of(VisitStatus.class),
        finding.list().ofMaxSize(5)).as((ago, kind, status, findings) ->
            new QualityVisit(VisitId.of("V-1"), RH5, AS_OF.minusDays(ago), kind, status,
                status == VisitStatus.DONE ? findings : List.of()));
  }

  @Provide
  Arbitrary<List<QualityVisit>> visitLists() {
    return visits().list().ofMaxSize(6).map(list -> {
      List<QualityVisit> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        QualityVisit v = list.get(i);
        unique.add(new QualityVisit(VisitId.of("V-" + i), v.provider(), v.date(), v.kind(),
            v.status(), v.findings()));
      }
      return unique;
    });
  }
}
