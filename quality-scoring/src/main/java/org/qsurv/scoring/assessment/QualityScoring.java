package org.qsurv.scoring.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.qsurv.model.Checks;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.snapshot.BulkSnapshot;
import org.qsurv.model.snapshot.ObservationColumns;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.scoring.assurance.AssuranceEvidence;
import org.qsurv.scoring.assurance.LevelOfAssurance;
import org.qsurv.scoring.assurance.LevelsOfAssurance;
import org.qsurv.scoring.policy.FindingPolicy;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.profile.QualityRiskProfile;
import org.qsurv.scoring.profile.Recommendation;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.AppliedRecalculation;
import org.qsurv.scoring.spc.Recalculation;
import org.qsurv.scoring.spc.SpcOptions;
import org.qsurv.scoring.spc.SpcSummary;
import org.qsurv.scoring.spc.SuggestedRebase;
import org.qsurv.scoring.threshold.MissingReturns;
import org.qsurv.scoring.threshold.TargetJudgement;
import org.qsurv.scoring.threshold.ThresholdBand;
import org.qsurv.scoring.threshold.TrajectoryJudgement;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.triangulation.Triangulation;
import org.qsurv.scoring.trigger.IndicatorSignal;
import org.qsurv.scoring.trigger.TriggerEvidence;
import org.qsurv.scoring.trigger.TriggerFiring;
import org.qsurv.scoring.trigger.Triggers;

/**
 * Scores the providers of a {@link Snapshot}: for each, its indicators (thresholds and
 * <em>Making Data Count</em> SPC), its risks (5x5 matrix and reviews), the triggers that fire,
 * the triangulated quality risk profile, the recommended level and the findings (SNAPSHOT.md,
 * the assessment without the escalation fields). A pure function of the snapshot, the policy,
 * each provider's current level and its overdue improvement-plan actions.
 *
 * <p>Only what is dated on or before the evaluation date is used: an observation when its period
 * starts on or before it, intelligence when received on or before it, a risk as it stood then
 * ({@link ScoredRisk}). Preparing indexes the snapshot's observations, intelligence and risks by
 * provider once, so scoring every provider of a national snapshot reads each observation once.
 * A prepared {@code QualityScoring} is immutable and may be shared.
 *
 * <pre>{@code
 * QualityScoring scoring = QualityScoring.of(snapshot, ScoringPolicy.nhsDefaults());
 * QualityAssessment rh5 = scoring.assess(OrganisationCode.of("RH5"), Level.ENHANCED);
 * rh5.indicators();       // threshold, variation, signals, assurance per indicator
 * rh5.recommendation();   // e.g. ENHANCED, not urgent, with reasons
 * ImmutableList<QualityAssessment> all = scoring.assessAll(levels::get);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QualityScoring {
  private final Snapshot snapshot;
  private final ScoringPolicy policy;
  private final LocalDate asOf;
  private final Map<OrganisationCode, Integer> providerIndex;
  private final ObservationColumns columns;
  // Per distinct period of the columns: whether it starts after asOf (and so is not used).
  private final boolean[] periodAfterAsOf;
  private final int[] intelligenceStart;
  private final int[] intelligenceOrder;
  private final int[] riskStart;
  private final int[] riskOrder;
  private final int longestSeries;
  private final Map<OrganisationCode, List<ImprovementAction>> actions = new HashMap<>();
  private final Map<OrganisationCode, List<RegulatorRating>> ratings = new HashMap<>();
  private final Map<OrganisationCode, List<QualityVisit>> visits = new HashMap<>();
  private final Map<OrganisationCode, List<SeriousIncident>> incidents = new HashMap<>();
  private final Map<OrganisationCode, List<ContractMeeting>> meetings = new HashMap<>();
  private final Map<OrganisationCode, List<DeepDive>> deepDives = new HashMap<>();
  private final Map<OrganisationCode, List<LimitsRecalculation>> recalculations = new HashMap<>();
  private final Map<OrganisationCode, List<IndicatorAnnotation>> annotations = new HashMap<>();

  private QualityScoring(BulkSnapshot bulk, ScoringPolicy policy, LocalDate asOf) {
    Snapshot snapshot = bulk.parts();
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOf = asOf;
    int providers = snapshot.providers().size();
    providerIndex = new HashMap<>(providers * 2);
    for (int p = 0; p < providers; p++) {
      providerIndex.put(snapshot.providers().get(p).code(), p);
    }
    columns = bulk.observations();
    periodAfterAsOf = new boolean[columns.periodCount()];
    for (int i = 0; i < periodAfterAsOf.length; i++) {
      periodAfterAsOf[i] = columns.periodAt(i).start().isAfter(asOf);
    }

    List<IntelligenceItem> intelligence = snapshot.intelligence();
    int[] intelProvider = new int[intelligence.size()];
    for (int i = 0; i < intelProvider.length; i++) {
      IntelligenceItem item = intelligence.get(i);
      intelProvider[i] = item.received().isAfter(asOf) ? -1 : providerIndex.get(item.provider());
    }
    intelligenceStart = new int[providers + 1];
    intelligenceOrder = bucket(intelProvider, intelligenceStart);

    List<Risk> risks = snapshot.risks();
    int[] riskProvider = new int[risks.size()];
    for (int i = 0; i < riskProvider.length; i++) {
      Optional<OrganisationCode> p = risks.get(i).provider();
      riskProvider[i] = p.isPresent() ? providerIndex.get(p.get()) : -1;
    }
    riskStart = new int[providers + 1];
    riskOrder = bucket(riskProvider, riskStart);

    // The scratch of a scorer holds one series at a time, so it is as long as the longest series,
    // not a provider's rows (a national run would otherwise allocate twenty times what it reads).
    int longest = 0;
    for (int p = 0; p < providers; p++) {
      longest = Math.max(longest, longestSeriesOf(p));
    }
    longestSeries = longest;
    for (ImprovementAction a : snapshot.actions()) {
      actions.computeIfAbsent(a.provider(), k -> new ArrayList<>()).add(a);
    }
    for (RegulatorRating r : snapshot.ratings()) {
      ratings.computeIfAbsent(r.provider(), k -> new ArrayList<>()).add(r);
    }
    for (QualityVisit v : snapshot.visits()) {
      visits.computeIfAbsent(v.provider(), k -> new ArrayList<>()).add(v);
    }
    for (SeriousIncident i : snapshot.incidents()) {
      incidents.computeIfAbsent(i.provider(), k -> new ArrayList<>()).add(i);
    }
    for (ContractMeeting m : snapshot.meetings()) {
      meetings.computeIfAbsent(m.provider(), k -> new ArrayList<>()).add(m);
    }
    for (DeepDive d : snapshot.deepDives()) {
      deepDives.computeIfAbsent(d.provider(), k -> new ArrayList<>()).add(d);
    }
    for (LimitsRecalculation r : snapshot.recalculations()) {
      recalculations.computeIfAbsent(r.provider(), k -> new ArrayList<>()).add(r);
    }
    for (IndicatorAnnotation a : snapshot.annotations()) {
      if (!a.on().isAfter(asOf)) {
        annotations.computeIfAbsent(a.provider(), k -> new ArrayList<>()).add(a);
      }
    }
  }

  /** Prepares to score the providers of {@code snapshot} as of its own date. */
  public static QualityScoring of(Snapshot snapshot, ScoringPolicy policy) {
    return of(snapshot, policy, snapshot.asOf());
  }

  /**
   * Prepares to score the providers of a snapshot in bulk form (its observations in columns) as
   * of its own date: the same scores as for the snapshot itself.
   *
   * @since 1.0.0
   */
  public static QualityScoring of(BulkSnapshot snapshot, ScoringPolicy policy) {
    return of(snapshot, policy, snapshot.parts().asOf());
  }

  /**
   * Prepares to score the providers of a snapshot in bulk form as of an earlier date.
   *
   * @throws IllegalArgumentException if {@code asOf} is after the snapshot's date
   * @since 1.0.0
   */
  public static QualityScoring of(BulkSnapshot snapshot, ScoringPolicy policy, LocalDate asOf) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(policy, "policy");
    Checks.check(!asOf.isAfter(snapshot.parts().asOf()), () -> "cannot score as of " + asOf
        + ", after the snapshot's date " + snapshot.parts().asOf());
    return new QualityScoring(snapshot, policy, asOf);
  }

  /**
   * Prepares to score the providers of {@code snapshot} as of an earlier date, using only what is
   * dated on or before it: re-running a profile at past dates shows concern rising or falling.
   *
   * @throws IllegalArgumentException if {@code asOf} is after the snapshot's date
   */
  public static QualityScoring of(Snapshot snapshot, ScoringPolicy policy, LocalDate asOf) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(policy, "policy");
    Checks.check(!asOf.isAfter(snapshot.asOf()), () -> "cannot score as of " + asOf
        + ", after the snapshot's date " + snapshot.asOf());
    return new QualityScoring(BulkSnapshot.of(snapshot), policy, asOf);
  }

  /**
   * The quality assessment of one provider of a snapshot, as of the snapshot's date: a one-off
   * that prepares and scores. To score many providers, prepare once with {@link #of}.
   */
  public static QualityAssessment assess(Snapshot snapshot, OrganisationCode provider,
      Level currentLevel, ScoringPolicy policy) {
    return of(snapshot, policy).assess(provider, currentLevel);
  }

  /** The date this scoring is as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The policy this scoring applies. */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * The quality assessment of {@code provider}, now at {@code currentLevel}, with no overdue
   * improvement-plan actions.
   *
   * @throws IllegalArgumentException if the snapshot has no such provider
   */
  public QualityAssessment assess(OrganisationCode provider, Level currentLevel) {
    return assess(provider, currentLevel, ImmutableList.of());
  }

  /**
   * The quality assessment of {@code provider}, now at {@code currentLevel}, whose improvement
   * plan has the given actions overdue (their ids; they fire IMPROVEMENT_ACTIONS_OVERDUE).
   *
   * @throws IllegalArgumentException if the snapshot has no such provider
   */
  public QualityAssessment assess(OrganisationCode provider, Level currentLevel,
      List<String> overdueImprovementActions) {
    Integer p = providerIndex.get(provider);
    if (p == null) {
      throw new IllegalArgumentException("\"" + provider + "\" is not a provider in this snapshot");
    }
    Objects.requireNonNull(currentLevel, "currentLevel");
    return new Scorer(p, new double[longestSeries], new Period[longestSeries])
        .score(currentLevel, ImmutableList.copyOf(overdueImprovementActions));
  }

  /**
   * The quality assessment of the provider at index {@code p} of the snapshot's providers, now at
   * {@code currentLevel}, with no overdue improvement-plan actions beyond its plan's own: what
   * {@link #assess(OrganisationCode, Level)} gives, without looking the code up. Safe to call
   * from several threads at once, each provider from one.
   *
   * @since 1.0.0
   */
  public QualityAssessment assess(int p, Level currentLevel) {
    Objects.checkIndex(p, snapshot.providers().size());
    Objects.requireNonNull(currentLevel, "currentLevel");
    return new Scorer(p, new double[longestSeries], new Period[longestSeries])
        .score(currentLevel, ImmutableList.of());
  }

  /** The number of rows of provider {@code p}'s longest series (a run of one indicator). */
  private int longestSeriesOf(int p) {
    int from = columns.from(p);
    int to = columns.to(p);
    int longest = 0;
    int run = 0;
    for (int row = from; row < to; row++) {
      run = row > from && columns.indicator(row) == columns.indicator(row - 1) ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /**
   * The system risks: those on the register without a provider (004 §4.3-4.4: "all risks relevant
   * to the ICB"), scored as of this scoring's date, in snapshot order.
   *
   * @since 1.0.0
   */
  public ImmutableList<ScoredRisk> systemRisks() {
    ImmutableList.Builder<ScoredRisk> scored = ImmutableList.builder();
    for (Risk risk : snapshot.risks()) {
      if (risk.provider().isEmpty()) {
        scored.add(ScoredRisk.of(risk, asOf, policy.riskReview()));
      }
    }
    return scored.build();
  }

  /**
   * The findings about the system risks: REVIEW_OVERDUE for each whose review is overdue, naming no
   * provider.
   *
   * @since 1.0.0
   */
  public ImmutableList<Finding> systemFindings() {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Risk risk : snapshot.risks()) {
      ScoredRisk scored = risk.provider().isEmpty()
          ? ScoredRisk.of(risk, asOf, policy.riskReview()) : null;
      if (scored != null && scored.overdue()) {
        findings.add(Finding.ofSystem(FindingCode.REVIEW_OVERDUE, risk.id().value(),
            reviewOverdue(risk, scored)));
      }
    }
    return findings.build();
  }

  /** Assesses every provider, in snapshot order, at the level {@code levels} gives for each. */
  public ImmutableList<QualityAssessment> assessAll(Function<OrganisationCode, Level> levels) {
    return assessAll(levels, code -> ImmutableList.of());
  }

  /**
   * Assesses every provider, in snapshot order, at the level {@code levels} gives for each and
   * with the overdue improvement-plan action ids {@code overdueActions} gives.
   */
  public ImmutableList<QualityAssessment> assessAll(Function<OrganisationCode, Level> levels,
      Function<OrganisationCode, List<String>> overdueActions) {
    ImmutableList.Builder<QualityAssessment> all =
        ImmutableList.builderWithExpectedSize(snapshot.providers().size());
    double[] values = new double[longestSeries];
    Period[] periods = new Period[longestSeries];
    for (int p = 0; p < snapshot.providers().size(); p++) {
      OrganisationCode code = snapshot.providers().get(p).code();
      all.add(new Scorer(p, values, periods).score(Objects.requireNonNull(levels.apply(code),
          () -> "level of " + code), ImmutableList.copyOf(overdueActions.apply(code))));
    }
    return all.build();
  }

  /**
   * Groups item indices by owner ({@code -1}: left out), keeping their order within an owner:
   * a counting sort. {@code start[o]..start[o+1]} are owner {@code o}'s positions in the result.
   */
  private static int[] bucket(int[] owner, int[] start) {
    for (int o : owner) {
      if (o >= 0) {
        start[o + 1]++;
      }
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    int[] order = new int[start[start.length - 1]];
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int i = 0; i < owner.length; i++) {
      if (owner[i] >= 0) {
        order[next[owner[i]]++] = i;
      }
    }
    return order;
  }

  /** Scores one provider, with scratch arrays for its series. */
  private final class Scorer {
    private final int p;
    private final Provider provider;
    private final double[] values;
    private final Period[] periods;
    private final List<Finding> missing = new ArrayList<>();
    private final List<Finding> offTrajectory = new ArrayList<>();

    Scorer(int p, double[] values, Period[] periods) {
      this.p = p;
      this.provider = snapshot.providers().get(p);
      this.values = values;
      this.periods = periods;
    }

    QualityAssessment score(Level level, ImmutableList<String> givenOverdueActions) {
      ImmutableList<IndicatorAssessment> indicators = indicators();
      // 003 §5.2.1 "failure of existing plans to demonstrate improvement": the plan of a provider
      // in enhanced or intensive surveillance (003 §5.2.3 e) with actions not done by their date.
      Set<String> overdueIds = new LinkedHashSet<>(givenOverdueActions);
      if (level != Level.ROUTINE) {
        for (ImprovementAction a : actions.getOrDefault(provider.code(), List.of())) {
          if (a.overdueOn(asOf)) {
            overdueIds.add(a.id().value());
          }
        }
        // Actions logged at contract meetings count as plan actions do (003 §5.1.2).
        for (ContractMeeting m : meetings.getOrDefault(provider.code(), List.of())) {
          for (MeetingAction a : m.actions()) {
            if (!m.date().isAfter(asOf) && a.overdueOn(asOf)) {
              overdueIds.add(a.id().value());
            }
          }
        }
      }
      ImmutableList<String> overdueActions = ImmutableList.copyOf(overdueIds);

      ImmutableList.Builder<ScoredRisk> risks = ImmutableList.builder();
      List<Finding> overdue = new ArrayList<>();
      for (int k = riskStart[p]; k < riskStart[p + 1]; k++) {
        Risk risk = snapshot.risks().get(riskOrder[k]);
        ScoredRisk scored = ScoredRisk.of(risk, asOf, policy.riskReview());
        risks.add(scored);
        if (scored.overdue()) {
          overdue.add(Finding.of(FindingCode.REVIEW_OVERDUE, provider.code(), risk.id().value(),
              reviewOverdue(risk, scored)));
        }
      }
      ImmutableList<ScoredRisk> scoredRisks = risks.build();

      ImmutableList.Builder<IntelligenceItem> intel = ImmutableList.builder();
      for (int k = intelligenceStart[p]; k < intelligenceStart[p + 1]; k++) {
        intel.add(snapshot.intelligence().get(intelligenceOrder[k]));
      }
      ImmutableList<IntelligenceItem> intelligence = intel.build();

      ImmutableList.Builder<IndicatorSignal> signals = ImmutableList.builder();
      for (IndicatorAssessment a : indicators) {
        signals.add(IndicatorSignal.of(a.id(), a.domain(), a.period(), a.threshold(),
            a.variation()));
      }
      ImmutableList<IndicatorSignal> indicatorSignals = signals.build();

      ImmutableList<IntelligenceItem> firstHand = WorkflowEvidence.of(asOf, intelligence,
          incidents.getOrDefault(provider.code(), List.of()),
          visits.getOrDefault(provider.code(), List.of()));
      ImmutableList.Builder<RegulatorRating> published = ImmutableList.builder();
      for (RegulatorRating r : ratings.getOrDefault(provider.code(), List.of())) {
        if (!r.published().isAfter(asOf)) {
          published.add(r);
        }
      }
      TriggerEvidence evidence = TriggerEvidence.builder().asOf(asOf).intelligence(firstHand)
          .risks(scoredRisks).indicators(indicatorSignals)
          .overdueImprovementActions(overdueActions).ratings(published.build()).build();
      ImmutableList<TriggerFiring> triggers = Triggers.evaluate(evidence, policy.triggers());
      ImmutableList<DomainConcern> concerns = Triangulation.of(asOf, provider.kind(),
          firstHand, indicatorSignals, policy.triangulation());
      Recommendation recommendation =
          Recommendation.of(level, triggers, concerns, policy.recommendation());
      QualityRiskProfile profile = QualityRiskProfile.builder().provider(provider.code())
          .asOf(asOf).concerns(concerns).risks(scoredRisks).triggers(triggers)
          .recommendation(recommendation).build();

      ImmutableList.Builder<Finding> findings = ImmutableList.builder();
      FindingPolicy fp = policy.findings();
      if (fp.escalationAdvised() && recommendation.level().isAbove(level)) {
        findings.add(Finding.of(FindingCode.ESCALATION_ADVISED, provider.code(),
            provider.code().value(), escalationAdvised(recommendation, level)));
      }
      if (snapshot.format().equals(Snapshot.FORMAT_1_1)) {
        for (IntelligenceItem item : intelligence) {
          boolean triaged = item.triage().map(t -> !t.on().isAfter(asOf)).orElse(false);
          if (item.tone() == Tone.CONCERN && !triaged
              && item.received().plusDays(fp.triageDays()).isBefore(asOf)) {
            findings.add(Finding.of(FindingCode.INTELLIGENCE_NOT_TRIAGED, provider.code(),
                item.id().value(), notTriaged(item, asOf, fp)));
          }
        }
      }
      findings.addAll(missing);
      findings.addAll(offTrajectory);
      if (level == Level.ROUTINE) {
        LocalDate from = asOf.minusMonths(fp.qualityGatewayMonths());
        for (IntelligenceItem item : intelligence) {
          if (fp.qualityGatewaySources().contains(item.source())
              && !item.received().isBefore(from) && item.countsOn(asOf)) {
            findings.add(Finding.of(FindingCode.QUALITY_GATEWAY, provider.code(),
                item.id().value(), qualityGateway(item)));
          }
        }
      }
      findings.addAll(overdue);
      findings.addAll(WorkflowFindings.of(provider, level, asOf, fp,
          visits.getOrDefault(provider.code(), List.of()), !snapshot.visits().isEmpty(),
          incidents.getOrDefault(provider.code(), List.of()),
          meetings.getOrDefault(provider.code(), List.of())));

      LevelOfAssurance assurance = LevelsOfAssurance.of(new AssuranceEvidence(provider.code(),
          asOf, indicators.size(), triggers, meetings.getOrDefault(provider.code(), List.of()),
          visits.getOrDefault(provider.code(), List.of()), intelligence,
          deepDives.getOrDefault(provider.code(), List.of())), fp.contractMeetingMonths());

      return ImmutableQualityAssessment.builder().provider(provider.code()).asOf(asOf)
          .currentLevel(level).indicators(indicators).risks(scoredRisks).triggers(triggers)
          .recommendation(recommendation).findings(byCode(findings.build())).profile(profile)
          .levelOfAssurance(assurance).build();
    }

    /**
     * Each indicator's series: the provider's rows are sorted by indicator (snapshot order) then
     * period, so each series is a run of rows, and the periods after asOf are the run's tail.
     */
    private ImmutableList<IndicatorAssessment> indicators() {
      int to = columns.to(p);
      ImmutableList.Builder<IndicatorAssessment> result = ImmutableList.builder();
      int start = columns.from(p);
      while (start < to) {
        int indicator = columns.indicator(start);
        int end = start + 1;
        while (end < to && columns.indicator(end) == indicator) {
          end++;
        }
        int used = start;
        while (used < end && !periodAfterAsOf[columns.periodIndex(used)]) {
          used++;
        }
        if (used > start) {
          series(snapshot.indicators().get(indicator), start, used).ifPresent(result::add);
        }
        start = end;
      }
      return result.build();
    }

    private Optional<IndicatorAssessment> series(IndicatorDefinition def, int from, int to) {
      boolean owesReturns =
          provider.kind().sendsRoutineData() || policy.returns().expectReturnsFromAllKinds();
      ImmutableList<Period> owed = owesReturns
          ? MissingReturns.of(def, columns, from, to, asOf, policy.returns()) : ImmutableList.of();
      if (!owed.isEmpty()) {
        missing.add(Finding.of(FindingCode.MISSING_RETURN, provider.code(), def.id().value(),
            missingReturn(def, owed, policy.returns().gracePeriods())));
      }
      int n = 0;
      for (int row = from; row < to; row++) {
        if (!columns.isMissing(row)) {
          values[n] = columns.value(row);
          periods[n] = columns.period(row);
          n++;
        }
      }
      if (n == 0) {
        return Optional.empty();
      }
      // Most series have no recalculation, annotation or policy recalculation: no list is made
      // for them (a national run has a million series).
      List<LimitsRecalculation> recorded = List.of();
      for (LimitsRecalculation r : recalculations.getOrDefault(provider.code(), List.of())) {
        if (r.indicator().equals(def.id())) {
          recorded = recorded.isEmpty() ? new ArrayList<>() : recorded;
          recorded.add(r);
        }
      }
      SpcOptions options = recorded.isEmpty()
          ? policy.spc().optionsFor(provider.code(), def.id())
          : policy.spc().optionsFor(provider.code(), def.id(),
              recorded.stream().map(LimitsRecalculation::from).toList());
      // The latest point is judged against the limits of the latest recalculation before it.
      int first = 0;
      Period recalculated = null;
      for (Period r : options.recalculateFrom()) {
        if (r.compareTo(periods[n - 1]) <= 0) {
          recalculated = r;
        }
      }
      while (recalculated != null && periods[first].compareTo(recalculated) < 0) {
        first++;
      }
      SpcSummary spc = SpcSummary.of(values, first, n, def.polarity(), def.target(), options);
      double latest = values[n - 1];
      // Observation views only for an indicator with a trajectory, the one judgement that needs
      // them; without one it is empty whatever the series.
      Optional<TrajectoryJudgement> trajectory = def.trajectory().isPresent()
          ? TrajectoryJudgement.of(def, observations(from, to)) : Optional.empty();
      if (trajectory.isPresent() && trajectory.get().offTrajectory()
          && trajectory.get().periodsOff() >= policy.findings().offTrajectoryPeriods()) {
        offTrajectory.add(Finding.of(FindingCode.OFF_TRAJECTORY, provider.code(),
            def.id().value(), offTrajectory(def, trajectory.get())));
      }
      List<IndicatorAnnotation> notes = List.of();
      for (IndicatorAnnotation a : annotations.getOrDefault(provider.code(), List.of())) {
        if (a.indicator().equals(def.id())) {
          notes = notes.isEmpty() ? new ArrayList<>() : notes;
          notes.add(a);
        }
      }
      if (notes.size() > 1) {
        notes.sort(Comparator.comparing(IndicatorAnnotation::on));
      }
      return Optional.of(ImmutableIndicatorAssessment.builder().id(def.id())
          .domain(def.domain()).period(periods[n - 1]).value(latest)
          .threshold(ThresholdBand.of(def, latest)).spc(spc)
          .target(TargetJudgement.of(def, latest)).trajectory(trajectory)
          .recalculations(applied(def, recorded, periods[n - 1]))
          .annotations(notes)
          .suggestedRebase(SuggestedRebase.of(Arrays.asList(periods), values, first, n, spc))
          .build());
    }

    /**
     * The recalculations of the series from periods on or before {@code latest}, oldest first:
     * the snapshot's record and the policy's, the snapshot's where both name a period (see
     * {@link AppliedRecalculation.Source}).
     */
    private ImmutableList<AppliedRecalculation> applied(IndicatorDefinition def,
        List<LimitsRecalculation> recorded, Period latest) {
      List<Recalculation> fromPolicy = policy.spc().recalculationsFor(provider.code(), def.id());
      if (fromPolicy.isEmpty() && recorded.isEmpty()) {
        return ImmutableList.of();
      }
      TreeMap<Period, AppliedRecalculation> byPeriod = new TreeMap<>();
      for (Recalculation r : fromPolicy) {
        if (r.from().compareTo(latest) <= 0) {
          byPeriod.putIfAbsent(r.from(), new AppliedRecalculation(r.from(), r.reason(),
              Optional.empty(), AppliedRecalculation.Source.POLICY));
        }
      }
      for (LimitsRecalculation r : recorded) {
        if (r.from().compareTo(latest) <= 0) {
          byPeriod.put(r.from(), new AppliedRecalculation(r.from(), r.reason(), r.recordedBy(),
              AppliedRecalculation.Source.SNAPSHOT));
        }
      }
      return ImmutableList.copyOf(byPeriod.values());
    }

    private List<Observation> observations(int from, int to) {
      List<Observation> series = new ArrayList<>(to - from);
      for (int row = from; row < to; row++) {
        series.add(columns.observation(p, row));
      }
      return series;
    }
  }

  // The findings' messages are built apart from the scoring that finds them: most providers have
  // none of these findings, and a string concatenation written in place is inlined by the JIT
  // into the scorer's compiled code (hundreds of small methods), making it larger and slower to
  // compile for branches a national run takes a few hundred times in 50,000 (docs/scale.md,
  // "The compiler's share").

  private static String escalationAdvised(Recommendation recommendation, Level level) {
    return "The evidence recommends " + recommendation.level() + " surveillance"
        + (recommendation.urgent() ? ", urgently," : "") + " but the provider is at " + level
        + ": a quality review meeting should consider escalation (003 §5.2.1, Appendix 1). "
        + "First reason: " + recommendation.reasons().get(0);
  }

  private static String notTriaged(IntelligenceItem item, LocalDate asOf, FindingPolicy fp) {
    return item.source() + " intelligence " + item.id() + " received " + item.received()
        + " (\"" + item.summary() + "\") is still not triaged "
        + ChronoUnit.DAYS.between(item.received(), asOf) + " days later; new intelligence is "
        + "triaged within " + fp.triageDays() + " days, at the weekly insights meeting "
        + "(004 §4.3)";
  }

  private static String qualityGateway(IntelligenceItem item) {
    return item.source() + " intelligence " + item.id() + " received " + item.received()
        + " (\"" + item.summary() + "\") and no open enhanced or intensive case: without an "
        + "appropriate response the commissioner's Quality Premium is at risk (003 §4.2)";
  }

  private static String missingReturn(IndicatorDefinition def, List<Period> owed,
      int gracePeriods) {
    return "No return of " + def.name() + " (" + def.id() + ") for " + periods(owed)
        + ", each due by the end of "
        + (gracePeriods == 1 ? "the following period" : gracePeriods + " periods later")
        + ": requested information not forthcoming is itself a finding (001 §7.3)";
  }

  private static String offTrajectory(IndicatorDefinition def, TrajectoryJudgement t) {
    return def.name() + " (" + def.id() + ") was " + t.actual() + " in " + t.period()
        + " against a planned " + t.planned() + ": off trajectory for " + t.periodsOff()
        + " consecutive period" + (t.periodsOff() == 1 ? "" : "s") + " (003 §5.2.2)";
  }

  private static String reviewOverdue(Risk risk, ScoredRisk scored) {
    return "Risk " + risk.id() + " (\"" + risk.title() + "\", score " + scored.score() + ", "
        + scored.rating() + ", owner " + risk.owner() + ") was due for review on "
        + scored.nextReviewDue() + ", " + interval(scored) + " after its last review on "
        + scored.lastReviewed().map(Object::toString).orElse("(never)")
        + (scored.score() >= 15 ? " (004 §4.4: 15 and above at least monthly)"
            : scored.reviewIntervalMonths() == 1 ? " (000 §6.5: every risk at least monthly)"
            : " (the review interval for its rating is a local choice)");
  }

  /** The findings by code, in FindingCode order; within a code, in the order they were found. */
  private static ImmutableList<Finding> byCode(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::code));
    return ImmutableList.copyOf(sorted);
  }

  private static String interval(ScoredRisk r) {
    return r.reviewIntervalMonths() == 1 ? "one month" : r.reviewIntervalMonths() + " months";
  }

  private static String periods(List<Period> periods) {
    if (periods.size() <= 6) {
      return periods.toString().replace("[", "").replace("]", "");
    }
    return periods.size() + " periods from " + periods.get(0) + " to "
        + periods.get(periods.size() - 1);
  }
}
