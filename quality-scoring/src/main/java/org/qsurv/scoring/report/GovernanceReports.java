package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qsurv.model.Checks;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assurance.LevelOfAssurance;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.FindingCode;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.triangulation.ConcernLevel;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * Builds the governance reports from a snapshot and its assessment: the service area report of
 * 004 §4.4, the Quality Surveillance Group agenda, the monthly report to directors (000 §6.7) and
 * the host commissioner's notes to placing commissioners (003 §5.3.4). Each report is as of the
 * assessment's date and lists what was missing: the returns not received (MISSING_RETURN), the
 * providers with neither indicator returns nor intelligence, whose empty section means "no
 * evidence", not "no concern", and the providers whose latest return is stale.
 *
 * <pre>{@code
 * Assessment assessment = SnapshotEvaluator.evaluate(snapshot);
 * ServiceAreaReport acute = GovernanceReports.serviceArea("Acute and independent services",
 *     Set.of(ProviderKind.ACUTE, ProviderKind.INDEPENDENT_SECTOR), snapshot, assessment, 2);
 * QsgAgenda agenda = GovernanceReports.qsgAgenda(snapshot, assessment, Optional.of(lastTime));
 * DirectorsReport month = GovernanceReports.directors(snapshot, assessment, 1);
 * HostCommissionerNotes notes = GovernanceReports.hostCommissionerNotes(snapshot, assessment,
 *     Optional.of("J. Smith, host commissioner, 01234 567890"), 1);
 * }</pre>
 *
 * @since 1.0.0
 */
public final class GovernanceReports {
  /**
   * The sources of patients' and the public's voice (004 §4.3: listening to the voices): part of
   * the insight, which 004 §4.4 says "includes both hard and soft intelligence; complaints, PALS".
   */
  private static final Set<IntelligenceSource> VOICES = ImmutableSet.of(
      IntelligenceSource.COMPLAINT, IntelligenceSource.PALS, IntelligenceSource.PATIENT_FEEDBACK,
      IntelligenceSource.HEALTHWATCH);

  /**
   * Months after the end of its period from which a provider's latest indicator return is
   * stale: a quarter, the longest usual return frequency, and a month for the next return to
   * arrive.
   */
  static final int STALE_MONTHS = 4;

  /** The score from which a risk is reported to directors: 15, reviewed monthly (004 §4.4). */
  private static final int HIGH_RISK = 15;

  private GovernanceReports() {}

  /**
   * The report of the service area {@code name} covering providers of {@code kinds}, with the
   * patients' and public's intelligence of the last {@code months} months (2: bi-monthly,
   * 004 §4.4).
   *
   * @throws IllegalArgumentException if the assessment is not of the snapshot's date, or
   *     {@code months} is not between 1 and 24
   */
  public static ServiceAreaReport serviceArea(String name, Set<ProviderKind> kinds,
      Snapshot snapshot, Assessment assessment, int months) {
    Checks.notBlank("service area name", name);
    Checks.inRange("report months", months, 1, 24);
    checkSameDate(snapshot, assessment);
    LocalDate asOf = assessment.asOf();
    LocalDate from = asOf.minusMonths(months);
    Map<Level, List<ProviderReport>> sections = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      sections.put(level, new ArrayList<>());
    }
    List<String> statutory = new ArrayList<>();
    List<OrganisationCode> inScope = new ArrayList<>();
    Map<OrganisationCode, List<RegulatorRating>> ratings = ratingsByProvider(snapshot);
    for (ProviderAssessment p : assessment.providers()) {
      Provider provider = snapshot.provider(p.code()).orElseThrow();
      if (!kinds.contains(provider.kind())) {
        continue;
      }
      inScope.add(p.code());
      List<String> insight = new ArrayList<>();
      for (TriggerFiring t : p.quality().triggers()) {
        insight.add(t.described());
      }
      for (DomainConcern c : p.quality().profile().concerns()) {
        if (c.level() == ConcernLevel.HIGH || c.level() == ConcernLevel.MEDIUM) {
          insight.add(c.level() + " concern in " + c.domain().displayName() + " ("
              + String.join(", ", c.evidence()) + ")");
        }
      }
      insight.addAll(voices(snapshot, p.code(), from, asOf));
      List<String> improvement = new ArrayList<>();
      for (Finding f : p.quality().findings()) {
        if (f.code() != FindingCode.MISSING_RETURN) {
          improvement.add(f.code() + " " + f.subject() + ": " + f.detail());
        }
      }
      sections.get(p.level()).add(new ProviderReport(provider, p.level(), insight,
          involvement(snapshot, p, asOf), improvement));
      statutory.addAll(statutory(p, ratings.getOrDefault(p.code(), List.of()), asOf));
    }
    for (Finding f : assessment.systemFindings()) {
      statutory.add("system: " + f.code() + " " + f.subject() + ": " + f.detail());
    }
    return new ServiceAreaReport(name, ImmutableSet.copyOf(kinds), asOf,
        ImmutableList.copyOf(sections.get(Level.ROUTINE)),
        ImmutableList.copyOf(sections.get(Level.ENHANCED)),
        ImmutableList.copyOf(sections.get(Level.INTENSIVE)), ImmutableList.copyOf(statutory),
        missing(snapshot, assessment, new HashSet<>(inScope)));
  }

  /**
   * The agenda of a Quality Surveillance Group meeting as of the assessment's date: every provider
   * in enhanced or intensive surveillance, intensive first, with what changed since
   * {@code previous} (the assessment the last agenda was made from), or "first tabled".
   *
   * @throws IllegalArgumentException if the assessment is not of the snapshot's date, or the
   *     previous one is later than it
   */
  public static QsgAgenda qsgAgenda(Snapshot snapshot, Assessment assessment,
      Optional<Assessment> previous) {
    checkSameDate(snapshot, assessment);
    Map<OrganisationCode, ProviderAssessment> before = new HashMap<>();
    previous.ifPresent(a -> a.providers().forEach(p -> before.put(p.code(), p)));
    List<AgendaItem> intensive = new ArrayList<>();
    List<AgendaItem> enhanced = new ArrayList<>();
    Set<OrganisationCode> tabled = new HashSet<>();
    for (ProviderAssessment p : assessment.providers()) {
      if (p.level() == Level.ROUTINE) {
        continue;
      }
      tabled.add(p.code());
      AgendaItem item = new AgendaItem(snapshot.provider(p.code()).orElseThrow(), p.level(),
          p.levelSince(), p.quality().recommendation().level(),
          changes(p, Optional.ofNullable(before.get(p.code())), previous.map(Assessment::asOf)));
      (p.level() == Level.INTENSIVE ? intensive : enhanced).add(item);
    }
    List<AgendaItem> items = new ArrayList<>(intensive);
    items.addAll(enhanced);
    return new QsgAgenda(assessment.asOf(), previous.map(Assessment::asOf),
        ImmutableList.copyOf(items), missing(snapshot, assessment, tabled));
  }

  /**
   * The monthly quality and risk report to the directors as of the assessment's date (000 §6.7,
   * §8.3; 002 §4.1), covering the {@code months} months before it (1: monthly).
   *
   * @throws IllegalArgumentException if the assessment is not of the snapshot's date, or
   *     {@code months} is not between 1 and 24
   */
  public static DirectorsReport directors(Snapshot snapshot, Assessment assessment, int months) {
    Checks.inRange("report months", months, 1, 24);
    checkSameDate(snapshot, assessment);
    LocalDate asOf = assessment.asOf();
    LocalDate since = asOf.minusMonths(months);
    Map<OrganisationCode, List<RegulatorRating>> ratings = ratingsByProvider(snapshot);
    List<String> forDecision = new ArrayList<>();
    List<String> surveillance = new ArrayList<>();
    List<String> keyIndicators = new ArrayList<>();
    List<String> highRisks = new ArrayList<>();
    List<String> statutory = new ArrayList<>();
    Set<OrganisationCode> all = new HashSet<>();
    for (ProviderAssessment p : assessment.providers()) {
      all.add(p.code());
      String name = p.code() + " " + snapshot.provider(p.code()).orElseThrow().name();
      LevelOfAssurance assurance = p.quality().levelOfAssurance();
      for (Finding f : p.quality().findings()) {
        if (f.code() == FindingCode.ESCALATION_ADVISED) {
          forDecision.add(name + ": " + f.detail());
        }
      }
      for (String move : assurance.toMove()) {
        if (move.contains("a director may authorise a Level 3 deep dive")) {
          forDecision.add(name + ": " + move);
        }
      }
      if (p.level() != Level.ROUTINE) {
        surveillance.add(name + ": " + p.level() + p.levelSince().map(d -> " since " + d)
            .orElse("") + (p.pendingReview() ? ", pending its quality review meeting" : "")
            + "; evidence advises " + p.quality().recommendation().level()
            + (p.quality().recommendation().urgent() ? " (urgent)" : "") + "; assurance "
            + assurance.level());
      }
      for (IndicatorAssessment i : p.quality().indicators()) {
        if (i.threshold() == ThresholdBand.RED || i.variation() == Variation.SPECIAL_CAUSE_CONCERN) {
          keyIndicators.add(name + ": " + i.id() + " " + number(i.value()) + " in " + i.period()
              + " (" + i.threshold() + ", " + i.variation() + ")");
        }
      }
      for (ScoredRisk r : p.quality().risks()) {
        if (r.score() >= HIGH_RISK) {
          highRisks.add(riskLine(p.code().value(), r, snapshot));
        }
      }
      statutory.addAll(statutory(p, ratings.getOrDefault(p.code(), List.of()), asOf));
    }
    for (ScoredRisk r : assessment.systemRisks()) {
      if (r.score() >= HIGH_RISK) {
        highRisks.add(riskLine("system", r, snapshot));
      }
    }
    for (Finding f : assessment.systemFindings()) {
      statutory.add("system: " + f.code() + " " + f.subject() + ": " + f.detail());
    }
    List<String> taken = new ArrayList<>();
    for (Decision d : snapshot.decisions()) {
      if (d.at().isAfter(since) && !d.at().isAfter(asOf)) {
        taken.add(d.at() + " " + d.provider() + ": " + d.decision() + " by " + d.by().name()
            + " (" + d.by().role() + "): " + d.rationale());
      }
    }
    for (DeepDive d : snapshot.deepDives()) {
      if (d.authorised().isAfter(since) && !d.authorised().isAfter(asOf)) {
        taken.add(d.authorised() + " " + d.provider() + ": deep dive " + d.id() + " authorised by "
            + d.by().name() + " after a risk assessment: " + d.rationale() + " (001 §7.1)");
      }
    }
    return new DirectorsReport(asOf, since, ImmutableList.copyOf(forDecision),
        ImmutableList.copyOf(surveillance), ImmutableList.copyOf(taken),
        ImmutableList.copyOf(keyIndicators), ImmutableList.copyOf(highRisks),
        ImmutableList.copyOf(statutory), missing(snapshot, assessment, all));
  }

  /**
   * The notes the host commissioner owes the placing commissioners of the inpatient units for
   * people with a learning disability, autism or both that it hosts (003 §5.3.4), as of the
   * assessment's date and sharing the {@code months} months before it. A unit is hosted when it
   * is of kind {@code LD_AUTISM_INPATIENT} and its host commissioner is this snapshot's, or not
   * recorded (from April 2020 the commissioner of the area hosts every such unit in it). An item
   * of intelligence marked sensitive is withheld and counted.
   *
   * @throws IllegalArgumentException if the assessment is not of the snapshot's date, or
   *     {@code months} is not between 1 and 24
   */
  public static HostCommissionerNotes hostCommissionerNotes(Snapshot snapshot,
      Assessment assessment, Optional<String> namedContact, int months) {
    Checks.inRange("report months", months, 1, 24);
    checkSameDate(snapshot, assessment);
    LocalDate asOf = assessment.asOf();
    LocalDate since = asOf.minusMonths(months);
    Map<OrganisationCode, List<RegulatorRating>> ratings = ratingsByProvider(snapshot);
    List<HostedUnit> units = new ArrayList<>();
    Set<OrganisationCode> hosted = new HashSet<>();
    for (ProviderAssessment p : assessment.providers()) {
      Provider provider = snapshot.provider(p.code()).orElseThrow();
      if (provider.kind() != ProviderKind.LD_AUTISM_INPATIENT || !provider.hostCommissioner()
          .map(h -> h.equals(snapshot.commissioner().code())).orElse(true)) {
        continue;
      }
      hosted.add(p.code());
      List<String> intelligence = new ArrayList<>();
      int withheld = 0;
      for (IntelligenceItem i : snapshot.intelligence()) {
        if (i.provider().equals(p.code()) && i.received().isAfter(since)
            && !i.received().isAfter(asOf)) {
          if (i.sensitive()) {
            withheld++;
          } else {
            intelligence.add(i.received() + " " + i.id() + " " + i.source() + " (" + i.tone()
                + ", " + i.domain().displayName() + "): " + i.summary());
          }
        }
      }
      List<String> visits = new ArrayList<>();
      for (QualityVisit v : snapshot.visits()) {
        if (v.provider().equals(p.code()) && v.date().isAfter(since) && !v.date().isAfter(asOf)) {
          List<String> found = new ArrayList<>();
          v.findings().forEach(f -> found.add(f.tone() + " in " + f.domain().displayName() + ": "
              + f.summary()));
          visits.add(v.date() + " " + v.kind() + " visit " + v.id() + " " + v.status()
              + (found.isEmpty() ? "" : ": " + String.join("; ", found)));
        }
      }
      List<String> concerns = new ArrayList<>();
      p.quality().triggers().forEach(t -> concerns.add(t.described()));
      String rating = latestRating(ratings.getOrDefault(p.code(), List.of()), asOf)
          .map(r -> r.regulator() + " " + r.overall() + " (" + r.id() + ", published "
              + r.published() + ")")
          .orElse("no regulator rating recorded");
      units.add(new HostedUnit(provider, p.level(), p.quality().recommendation().level(), rating,
          intelligence, visits, concerns, withheld));
    }
    List<String> missing = new ArrayList<>();
    if (namedContact.isEmpty()) {
      missing.add("no named host commissioner: 003 §5.3.4 requires a named individual, with"
          + " contact details, for the placing commissioners to reach");
    }
    missing.addAll(missing(snapshot, assessment, hosted));
    return new HostCommissionerNotes(snapshot.commissioner(), namedContact, asOf, since,
        ImmutableList.copyOf(units), ImmutableList.copyOf(missing));
  }

  /** A provider's latest regulator rating and its QUALITY_GATEWAY findings (004 §5.1; 003 §4.2). */
  private static List<String> statutory(ProviderAssessment p, List<RegulatorRating> ratings,
      LocalDate asOf) {
    List<String> lines = new ArrayList<>();
    lines.add(latestRating(ratings, asOf).map(r -> p.code() + ": " + r.regulator() + " rating "
        + r.overall() + " (" + r.id() + ", published " + r.published() + ")")
        .orElse(p.code() + ": no regulator rating recorded (004 §5.1: know the CQC status of"
            + " every provider)"));
    for (Finding f : p.quality().findings()) {
      if (f.code() == FindingCode.QUALITY_GATEWAY) {
        lines.add(p.code() + ": " + f.detail());
      }
    }
    return lines;
  }

  private static Optional<RegulatorRating> latestRating(List<RegulatorRating> ratings,
      LocalDate asOf) {
    return ratings.stream().filter(r -> !r.published().isAfter(asOf))
        .max(Comparator.comparing(RegulatorRating::published));
  }

  private static Map<OrganisationCode, List<RegulatorRating>> ratingsByProvider(
      Snapshot snapshot) {
    Map<OrganisationCode, List<RegulatorRating>> ratings = new HashMap<>();
    snapshot.ratings().forEach(r -> ratings.computeIfAbsent(r.provider(), k -> new ArrayList<>())
        .add(r));
    return ratings;
  }

  private static String riskLine(String owner, ScoredRisk r, Snapshot snapshot) {
    String title = snapshot.risks().stream().filter(x -> x.id().equals(r.id())).findFirst()
        .map(x -> " \"" + x.title() + "\"").orElse("");
    return owner + ": risk " + r.id() + title + " scored " + r.score() + " (" + r.rating()
        + "), review " + (r.overdue() ? "OVERDUE since " : "due ") + r.nextReviewDue();
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private static List<String> changes(ProviderAssessment now, Optional<ProviderAssessment> then,
      Optional<LocalDate> since) {
    List<String> changes = new ArrayList<>();
    if (then.isEmpty() || then.get().level() == Level.ROUTINE) {
      changes.add("first tabled: " + now.level() + now.levelSince().map(d -> " since " + d)
          .orElse(""));
    } else if (then.get().level() != now.level()) {
      changes.add("level " + then.get().level() + " to " + now.level()
          + now.levelSince().map(d -> " on " + d).orElse(""));
    }
    if (then.isPresent()) {
      Level advisedThen = then.get().quality().recommendation().level();
      Level advisedNow = now.quality().recommendation().level();
      if (advisedThen != advisedNow) {
        changes.add("advice " + advisedThen + " to " + advisedNow);
      }
      Set<String> codesThen = new LinkedHashSet<>();
      then.get().quality().triggers().forEach(t -> codesThen.add(t.code().name()));
      Set<String> codesNow = new LinkedHashSet<>();
      for (TriggerFiring t : now.quality().triggers()) {
        codesNow.add(t.code().name());
        if (!codesThen.contains(t.code().name())) {
          changes.add("new trigger: " + t.described());
        }
      }
      for (String code : codesThen) {
        if (!codesNow.contains(code)) {
          changes.add("no longer fires: " + code);
        }
      }
      Set<String> findingsThen = new HashSet<>();
      then.get().quality().findings().forEach(f -> findingsThen.add(f.code() + " " + f.subject()));
      for (Finding f : now.quality().findings()) {
        if (!findingsThen.contains(f.code() + " " + f.subject())) {
          changes.add("new finding: " + f.code() + " " + f.subject() + ": " + f.detail());
        }
      }
    }
    if (changes.isEmpty()) {
      changes.add("no change since " + since.map(LocalDate::toString).orElse("the last agenda"));
    }
    return changes;
  }

  /**
   * What the evidence of {@code providers} lacks as of the assessment's date: each return not
   * received, each provider with neither a return nor intelligence dated on or before it, and each
   * whose latest indicator return ended more than {@link #STALE_MONTHS} months before it (stale:
   * its indicators must not read as current).
   */
  private static ImmutableList<String> missing(Snapshot snapshot, Assessment assessment,
      Set<OrganisationCode> providers) {
    LocalDate asOf = assessment.asOf();
    Set<OrganisationCode> withData = new HashSet<>();
    Map<OrganisationCode, LocalDate> latestReturn = new HashMap<>();
    for (Observation o : snapshot.observations()) {
      if (!o.isMissing() && !o.period().start().isAfter(asOf)) {
        withData.add(o.provider());
        latestReturn.merge(o.provider(), o.period().end(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    for (IntelligenceItem i : snapshot.intelligence()) {
      if (!i.received().isAfter(asOf)) {
        withData.add(i.provider());
      }
    }
    List<String> missing = new ArrayList<>();
    for (ProviderAssessment p : assessment.providers()) {
      if (!providers.contains(p.code())) {
        continue;
      }
      if (!withData.contains(p.code())) {
        missing.add(p.code() + ": no indicator return and no intelligence on or before " + asOf
            + ": no evidence is not evidence of no concern");
      }
      for (Finding f : p.quality().findings()) {
        if (f.code() == FindingCode.MISSING_RETURN) {
          missing.add(p.code() + ": " + f.detail());
        }
      }
      LocalDate latest = latestReturn.get(p.code());
      if (latest != null && latest.plusMonths(STALE_MONTHS).isBefore(asOf)) {
        missing.add(p.code() + ": stale data: its latest indicator return is for a period ending "
            + latest + ", more than " + STALE_MONTHS + " months before " + asOf + "; what this"
            + " report shows of its indicators is as of then, not now");
      }
    }
    return ImmutableList.copyOf(missing);
  }

  /**
   * 004 §4.4 Involvement: "what active workstreams and interventions are underway to further
   * improve and mitigate risk", as of {@code asOf}: the surveillance the provider is under and
   * since when, the improvement-plan and contract meeting actions still open, the quality visits
   * planned and the deep dives authorised.
   */
  private static List<String> involvement(Snapshot snapshot, ProviderAssessment p,
      LocalDate asOf) {
    OrganisationCode provider = p.code();
    List<String> lines = new ArrayList<>();
    if (p.level() != Level.ROUTINE) {
      lines.add(p.level() + " surveillance" + p.levelSince().map(d -> " since " + d).orElse(""));
    }
    snapshot.actions().stream().filter(a -> a.provider().equals(provider)
            && a.completed().map(c -> c.isAfter(asOf))
                .orElse(true))
        .forEach(a -> lines.add("improvement action " + a.id() + " open, due " + a.due() + ": "
            + a.description()));
    snapshot.meetings().stream().filter(m -> m.provider().equals(provider)
            && !m.date().isAfter(asOf))
        .forEach(m -> m.actions().stream().filter(a -> a.completed().map(c -> c.isAfter(asOf))
                .orElse(true))
            .forEach(a -> lines.add(m.kind() + " action " + a.id() + " open, due " + a.due()
                + ": " + a.description())));
    snapshot.visits().stream().filter(v -> v.provider().equals(provider)
            && v.status() == org.qsurv.model.visit.VisitStatus.PLANNED)
        .forEach(v -> lines.add(v.kind() + " visit " + v.id() + " planned for " + v.date()));
    snapshot.deepDives().stream().filter(d -> d.provider().equals(provider)
            && !d.authorised().isAfter(asOf))
        .forEach(d -> lines.add("deep dive " + d.id() + " authorised " + d.authorised() + " by "
            + d.by().name() + ": " + d.rationale()));
    return lines;
  }

  /** The patients' and public's intelligence by source (insight, 004 §4.4). */
  private static List<String> voices(Snapshot snapshot, OrganisationCode provider,
      LocalDate from, LocalDate asOf) {
    Map<IntelligenceSource, int[]> counts = new EnumMap<>(IntelligenceSource.class);
    for (IntelligenceItem i : snapshot.intelligence()) {
      if (i.provider().equals(provider) && VOICES.contains(i.source())
          && !i.received().isAfter(asOf) && i.received().isAfter(from)) {
        int[] c = counts.computeIfAbsent(i.source(), k -> new int[3]);
        c[i.tone() == Tone.CONCERN ? 0 : i.tone() == Tone.POSITIVE ? 1 : 2]++;
      }
    }
    List<String> lines = new ArrayList<>();
    counts.forEach((source, c) -> lines.add(source + ": " + (c[0] + c[1] + c[2]) + " since " + from
        + " (" + c[0] + " of concern, " + c[1] + " positive, " + c[2] + " neutral)"));
    return lines;
  }

  private static void checkSameDate(Snapshot snapshot, Assessment assessment) {
    Checks.check(assessment.asOf().equals(snapshot.asOf()), () -> "the assessment is as of "
        + assessment.asOf() + " but the snapshot as of " + snapshot.asOf()
        + ": a report must not mix dates");
  }
}
