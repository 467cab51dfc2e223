package org.qsurv.scoring.trigger;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.scoring.risk.RiskTrend;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * Evaluates the trigger catalogue ({@link TriggerCode}) over one provider's evidence: the
 * enhanced-surveillance triggers of 003 §5.2.1 and the risk-summit triggers of 001 §7.2, each a
 * named rule whose thresholds and windows come from the {@link TriggerPolicy}. A trigger advises;
 * "in most cases, it will be a combination of these factors rather than any single one"
 * (003 §5.2.1), which the recommendation weighs.
 *
 * <pre>{@code
 * ImmutableFired fired = Triggers.evaluate(evidence, TriggerPolicy.nhsDefaults());
 * for (TriggerFiring f : fired) {
 *   report.add(f.code() + " " + f.evidence() + ": " + f.reason());  // the caller prints
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Triggers {
  /** The source of evidence from indicators of concern, for corroboration. */
  public static final String INDICATORS = "INDICATORS";
  /** The source of evidence from the risk register, for corroboration. */
  public static final String RISK_REGISTER = "RISK_REGISTER";
  /** The source of evidence from an improvement plan, for corroboration. */
  public static final String IMPROVEMENT_PLAN = "IMPROVEMENT_PLAN";

  private Triggers() {}

  /** The triggers that fire, in {@link TriggerCode} order. */
  public static ImmutableList<TriggerFiring> evaluate(TriggerEvidence evidence,
      TriggerPolicy policy) {
    LocalDate asOf = evidence.asOf();
    // Only concern counts: praise and neutral news never fire a trigger, and an item triaged as
    // needing no further action, or as not credible, stops counting from its triage date.
    ImmutableList<IntelligenceItem> counting = counting(evidence.intelligence(), asOf);
    TriggerEvidence e = counting == evidence.intelligence() ? evidence
        : TriggerEvidence.builder().from(evidence).intelligence(counting).build();
    Fired fired = new Fired(e);

    // Risks (003 §5.2.1; 004 §4.4).
    List<String> increasing = new ArrayList<>();
    List<String> significant = new ArrayList<>();
    for (ScoredRisk r : e.risks()) {
      if (r.score() >= policy.increasingRiskScore() && r.trend() == RiskTrend.RISING) {
        increasing.add(r.id().value());
      }
      if (r.score() >= policy.significantRiskScore()) {
        significant.add(r.id().value());
      }
    }
    if (!increasing.isEmpty()) {
      fired.add(TriggerCode.HIGH_AND_INCREASING_RISKS, increasing,
          risingRisks(increasing.size(), policy.increasingRiskScore()));
    }
    if (!significant.isEmpty()) {
      fired.add(TriggerCode.RISKS_15_PLUS, significant,
          significantRisks(significant.size(), policy.significantRiskScore()));
    }

    if (e.overdueImprovementActions().size() >= policy.overdueActions()) {
      fired.add(TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE, e.overdueImprovementActions(),
          overdueActions(e.overdueImprovementActions().size()));
    }

    higherThanUsual(e, policy, TriggerCode.HIGHER_THAN_USUAL_SAFEGUARDING,
        EnumSet.of(IntelligenceSource.SAFEGUARDING), "safeguarding referrals", fired);
    higherThanUsual(e, policy, TriggerCode.HIGHER_THAN_USUAL_COMPLAINTS,
        EnumSet.of(IntelligenceSource.COMPLAINT), "complaints", fired);
    higherThanUsual(e, policy, TriggerCode.HIGHER_THAN_USUAL_SERIOUS_INCIDENTS,
        EnumSet.of(IntelligenceSource.SERIOUS_INCIDENT), "serious incidents", fired);

    List<String> mortality = new ArrayList<>();
    List<String> mortalityWhy = new ArrayList<>();
    for (IndicatorSignal s : mapped(e, policy, TriggerCode.HIGH_MORTALITY)) {
      if (s.ofConcern()) {
        mortality.add(s.indicator().value());
        mortalityWhy.add(reading(s));
      }
    }
    if (!mortality.isEmpty()) {
      fired.add(TriggerCode.HIGH_MORTALITY, mortality, mortality(mortalityWhy));
    }

    List<String> concerns = new ArrayList<>();
    List<String> concernWhy = new ArrayList<>();
    for (IndicatorSignal s : e.indicators()) {
      if (s.ofConcern()) {
        concerns.add(s.indicator().value());
        concernWhy.add(reading(s));
      }
    }
    if (concerns.size() >= policy.persistentIndicatorConcerns()) {
      fired.add(TriggerCode.PERSISTENT_INDICATOR_CONCERNS, concerns,
          indicatorsOfConcern(concerns.size(), concernWhy));
    }

    List<String> neverEvents = ids(e, since(asOf, policy.neverEventMonths()),
        i -> i.source() == IntelligenceSource.NEVER_EVENT);
    if (neverEvents.size() >= policy.multipleNeverEvents()) {
      fired.add(TriggerCode.MULTIPLE_NEVER_EVENTS, neverEvents,
          inMonthsTo(count(neverEvents.size(), "never event"), policy.neverEventMonths(), asOf));
    }

    LocalDate eventsFrom = since(asOf, policy.eventMonths());
    event(e, eventsFrom, policy, TriggerCode.REGULATORY_SANCTION,
        EnumSet.of(IntelligenceSource.CQC_ENFORCEMENT), "CQC enforcement action", fired);
    cqcRating(e, fired);
    event(e, eventsFrom, policy, TriggerCode.STATUTORY_NOTICE,
        EnumSet.of(IntelligenceSource.CORONER_PFD, IntelligenceSource.HSE),
        "a coroner's Prevention of Future Deaths report or an HSE notice", fired);
    event(e, eventsFrom, policy, TriggerCode.POLICE_INVOLVEMENT,
        EnumSet.of(IntelligenceSource.POLICE), "police involvement", fired);
    event(e, eventsFrom, policy, TriggerCode.ADVERSE_MEDIA,
        EnumSet.of(IntelligenceSource.MEDIA), "media coverage", fired);
    whistleblowing(e, eventsFrom, policy, fired);
    systemicComplaints(e, policy, fired);
    growingConcerns(e, policy, fired);
    event(e, eventsFrom, policy, TriggerCode.PROFESSIONAL_BODY_CONCERNS,
        EnumSet.of(IntelligenceSource.PROFESSIONAL_REGULATOR),
        "a concern from a professional regulator", fired);
    return ImmutableList.copyOf(fired.all);
  }

  /** The firings so far, each with the sources and hardness of its evidence. */
  private static final class Fired {
    private final List<TriggerFiring> all = new ArrayList<>();
    private final TriggerEvidence e;
    // Indexed at the first firing: most providers fire no trigger.
    private Map<String, String> sourceOf;
    private Set<String> hard;

    Fired(TriggerEvidence e) {
      this.e = e;
    }

    private void index() {
      sourceOf = new HashMap<>();
      hard = new HashSet<>();
      for (IntelligenceItem i : e.intelligence()) {
        sourceOf.putIfAbsent(i.id().value(), i.source().name());
        if (i.nature() == Nature.HARD) {
          hard.add(i.id().value());
        }
      }
      for (ScoredRisk r : e.risks()) {
        sourceOf.putIfAbsent(r.id().value(), RISK_REGISTER);
        hard.add(r.id().value());
      }
      for (IndicatorSignal s : e.indicators()) {
        sourceOf.putIfAbsent(s.indicator().value(), INDICATORS);
        hard.add(s.indicator().value());
      }
      for (RegulatorRating r : e.ratings()) {
        // A rating and a CQC_INSPECTION intelligence item are the same source: not corroboration.
        sourceOf.putIfAbsent(r.id().value(), IntelligenceSource.CQC_INSPECTION.name());
        hard.add(r.id().value());
      }
      for (String a : e.overdueImprovementActions()) {
        sourceOf.putIfAbsent(a, IMPROVEMENT_PLAN);
        hard.add(a);
      }
    }

    void add(TriggerCode code, Iterable<String> evidence, String reason) {
      if (sourceOf == null) {
        index();
      }
      Set<String> sources = new LinkedHashSet<>();
      boolean anyHard = false;
      for (String id : evidence) {
        sources.add(sourceOf.getOrDefault(id, id));
        anyHard |= hard.contains(id);
      }
      all.add(TriggerFiring.of(code, evidence, reason, sources, anyHard));
    }
  }

  /**
   * Fires on special-cause concern in a mapped indicator, or on more items of the given sources
   * in the recent window than the usual rate (from the months before it) times the policy ratio.
   */
  private static void higherThanUsual(TriggerEvidence e, TriggerPolicy policy, TriggerCode code,
      Set<IntelligenceSource> sources, String what, Fired fired) {
    Set<String> evidence = new LinkedHashSet<>();
    List<String> why = new ArrayList<>();
    for (IndicatorSignal s : mapped(e, policy, code)) {
      if (s.variation() == Variation.SPECIAL_CAUSE_CONCERN) {
        evidence.add(s.indicator().value());
        why.add(reading(s));
      }
    }
    LocalDate recentFrom = since(e.asOf(), policy.recentMonths());
    LocalDate usualFrom = since(recentFrom, policy.usualMonths());
    List<String> recent = new ArrayList<>();
    int usual = 0;
    for (IntelligenceItem i : e.intelligence()) {
      if (!sources.contains(i.source()) || i.received().isBefore(usualFrom)) {
        continue;
      }
      if (i.received().isBefore(recentFrom)) {
        usual++;
      } else {
        recent.add(i.id().value());
      }
    }
    double usualPerWindow = (double) usual * policy.recentMonths() / policy.usualMonths();
    if (recent.size() >= policy.higherThanUsualMinimum()
        && recent.size() > usualPerWindow * policy.higherThanUsualRatio()) {
      evidence.addAll(recent);
      why.add(count(recent.size(), "item") + " of " + what + " in the " + policy.recentMonths()
          + " months to " + e.asOf() + " against a usual "
          + String.format(Locale.ROOT, "%.1f", usualPerWindow)
          + " (from the " + policy.usualMonths() + " months before)");
    }
    if (!evidence.isEmpty()) {
      fired.add(code, evidence, String.join("; ", why));
    }
  }

  /**
   * CQC_RATING_CONCERN on the latest rating by publication date (ties cannot occur: a snapshot
   * holds one rating per provider and date): INADEQUATE overall or in a key question, or a fall
   * overall since the rating before it.
   */
  private static void cqcRating(TriggerEvidence e, Fired fired) {
    List<RegulatorRating> history = new ArrayList<>(e.ratings());
    history.sort(Comparator.comparing(RegulatorRating::published)
        .thenComparing(r -> r.id().value()));
    if (history.isEmpty()) {
      return;
    }
    RegulatorRating latest = history.get(history.size() - 1);
    List<String> why = new ArrayList<>();
    if (latest.overall() == Rating.INADEQUATE) {
      why.add("INADEQUATE overall");
    }
    latest.keyQuestions().forEach((question, rating) -> {
      if (rating == Rating.INADEQUATE) {
        why.add("INADEQUATE in " + question);
      }
    });
    if (history.size() >= 2) {
      RegulatorRating before = history.get(history.size() - 2);
      if (latest.overall().isWorseThan(before.overall())) {
        why.add("down overall from " + before.overall() + " (" + before.id() + ", published "
            + before.published() + ")");
      }
    }
    if (!why.isEmpty()) {
      fired.add(TriggerCode.CQC_RATING_CONCERN, List.of(latest.id().value()), latest.regulator()
          + " rating " + latest.id() + " published " + latest.published() + " is "
          + latest.overall() + " overall: " + String.join("; ", why));
    }
  }

  private static void event(TriggerEvidence e, LocalDate from, TriggerPolicy policy,
      TriggerCode code, Set<IntelligenceSource> sources, String what, Fired fired) {
    List<String> ids = ids(e, from, i -> sources.contains(i.source()));
    if (!ids.isEmpty()) {
      fired.add(code, ids, inMonthsTo(recording(ids.size(), what), policy.eventMonths(),
          e.asOf()));
    }
  }

  private static void whistleblowing(TriggerEvidence e, LocalDate from, TriggerPolicy policy,
      Fired fired) {
    Set<String> evidence = new LinkedHashSet<>();
    int reports = 0;
    for (IntelligenceItem w : e.intelligence()) {
      // 001 §7.2: "credible and material": only an item triaged credible, and worth acting on.
      if (w.source() != IntelligenceSource.WHISTLEBLOWING || w.received().isBefore(from)
          || !w.credibleOn(e.asOf())) {
        continue;
      }
      if (!policy.whistleblowingNeedsCorroboration()) {
        evidence.add(w.id().value());
        reports++;
        continue;
      }
      List<String> corroborating = ids(e, from, i -> i.source() != IntelligenceSource.WHISTLEBLOWING
          && i.domain() == w.domain());
      if (!corroborating.isEmpty()) {
        evidence.add(w.id().value());
        evidence.addAll(corroborating);
        reports++;
      }
    }
    if (reports > 0) {
      fired.add(TriggerCode.WHISTLEBLOWING, evidence,
          count(reports, "whistleblowing report") + " triaged credible in the " + policy.eventMonths()
              + " months to " + e.asOf()
              + (policy.whistleblowingNeedsCorroboration() ? ", corroborated by another source"
                  : ""));
    }
  }

  private static void systemicComplaints(TriggerEvidence e, TriggerPolicy policy,
      Fired fired) {
    LocalDate from = since(e.asOf(), policy.systemicComplaintMonths());
    List<String> ids = new ArrayList<>();
    Set<QualityDomain> domains = EnumSet.noneOf(QualityDomain.class);
    for (IntelligenceItem i : e.intelligence()) {
      if ((i.source() == IntelligenceSource.COMPLAINT || i.source() == IntelligenceSource.PALS)
          && !i.received().isBefore(from)) {
        ids.add(i.id().value());
        domains.add(i.domain());
      }
    }
    if (ids.size() >= policy.systemicComplaints()
        && domains.size() >= policy.systemicComplaintDomains()) {
      fired.add(TriggerCode.SYSTEMIC_COMPLAINTS, ids,
          count(ids.size(), "complaint") + " (with PALS contacts) across " + domains.size()
              + " quality domains in the " + policy.systemicComplaintMonths() + " months to "
              + e.asOf());
    }
  }

  private static void growingConcerns(TriggerEvidence e, TriggerPolicy policy,
      Fired fired) {
    LocalDate recentFrom = since(e.asOf(), policy.recentMonths());
    LocalDate previousFrom = since(recentFrom, policy.recentMonths());
    List<String> recent = new ArrayList<>();
    Set<IntelligenceSource> sources = EnumSet.noneOf(IntelligenceSource.class);
    int previous = 0;
    for (IntelligenceItem i : e.intelligence()) {
      if (i.nature() != Nature.SOFT || i.received().isBefore(previousFrom)) {
        continue;
      }
      if (i.received().isBefore(recentFrom)) {
        previous++;
      } else {
        recent.add(i.id().value());
        sources.add(i.source());
      }
    }
    if (recent.size() >= policy.growingConcernsMinimum() && recent.size() > previous
        && sources.size() >= 2) {
      fired.add(TriggerCode.GROWING_MINOR_CONCERNS, recent,
          count(recent.size(), "soft-intelligence concern") + " from " + sources.size()
              + " sources in the " + policy.recentMonths() + " months to " + e.asOf()
              + ", up from " + previous + " in the " + policy.recentMonths() + " months before");
    }
  }

  private static List<IndicatorSignal> mapped(TriggerEvidence e, TriggerPolicy policy,
      TriggerCode code) {
    ImmutableList<IndicatorId> ids = policy.indicatorsFor(code);
    List<IndicatorSignal> signals = new ArrayList<>();
    for (IndicatorSignal s : e.indicators()) {
      if (ids.contains(s.indicator())) {
        signals.add(s);
      }
    }
    return signals;
  }

  private static List<String> ids(TriggerEvidence e, LocalDate from,
      Predicate<IntelligenceItem> which) {
    List<String> ids = new ArrayList<>();
    for (IntelligenceItem i : e.intelligence()) {
      if (!i.received().isBefore(from) && which.test(i)) {
        ids.add(i.id().value());
      }
    }
    return ids;
  }

  /** The items that count on {@code asOf}: {@code items} itself when all do, as most often. */
  private static ImmutableList<IntelligenceItem> counting(ImmutableList<IntelligenceItem> items,
      LocalDate asOf) {
    return items.stream().allMatch(i -> i.countsOn(asOf)) ? items
        : items.stream().filter(i -> i.countsOn(asOf)).collect(ImmutableList.toImmutableList());
  }

  /** The first day of the window of {@code months} months ending on {@code asOf}. */
  static LocalDate since(LocalDate asOf, int months) {
    return asOf.minusMonths(months).plusDays(1);
  }

  private static String reading(IndicatorSignal s) {
    List<String> what = new ArrayList<>();
    if (s.variation() == Variation.SPECIAL_CAUSE_CONCERN) {
      what.add("special cause of concern");
    }
    if (s.threshold() == ThresholdBand.RED) {
      what.add("red threshold");
    }
    return s.indicator() + " (" + s.period() + "): " + String.join(", ", what);
  }

  // The reasons are built apart from the rules that fire: most providers fire none of these
  // triggers, and a string concatenation written in place is inlined by the JIT into evaluate's
  // compiled code (hundreds of small methods), making it larger and slower to compile for
  // branches a national run seldom takes (docs/scale.md, "The compiler's share").

  private static String risingRisks(int n, int score) {
    return count(n, "risk") + " scoring " + score + " or more rose at the latest review";
  }

  private static String significantRisks(int n, int score) {
    return count(n, "risk") + " on the register scoring " + score + " or more";
  }

  private static String overdueActions(int n) {
    return count(n, "improvement plan action") + " overdue";
  }

  private static String mortality(List<String> why) {
    return "mortality " + String.join("; ", why);
  }

  private static String indicatorsOfConcern(int n, List<String> why) {
    return count(n, "indicator") + " of concern: " + String.join("; ", why);
  }

  private static String recording(int n, String what) {
    return count(n, "intelligence item") + " recording " + what;
  }

  private static String inMonthsTo(String what, int months, LocalDate asOf) {
    return what + " in the " + months + " months to " + asOf;
  }

  private static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
