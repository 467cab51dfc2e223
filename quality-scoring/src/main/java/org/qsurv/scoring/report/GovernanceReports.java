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
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.FindingCode;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.triangulation.ConcernLevel;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * Builds the governance reports from a snapshot and its assessment: the service area report of
 * 004 §4.4 and the Quality Surveillance Group agenda. Each report is as of the assessment's date
 * and lists what was missing: the returns not received (MISSING_RETURN) and the providers with
 * neither indicator returns nor intelligence, whose empty section means "no evidence", not "no
 * concern".
 *
 * <pre>{@code
 * Assessment assessment = SnapshotEvaluator.evaluate(snapshot);
 * ServiceAreaReport acute = GovernanceReports.serviceArea("Acute and independent services",
 *     Set.of(ProviderKind.ACUTE, ProviderKind.INDEPENDENT_SECTOR), snapshot, assessment, 2);
 * QsgAgenda agenda = GovernanceReports.qsgAgenda(snapshot, assessment, Optional.of(lastTime));
 * }</pre>
 *
 * @since 1.0.0
 */
public final class GovernanceReports {
  /** The sources of patients' and the public's voice (004 §4.3: listening to the voices). */
  private static final Set<IntelligenceSource> INVOLVEMENT = ImmutableSet.of(
      IntelligenceSource.COMPLAINT, IntelligenceSource.PALS, IntelligenceSource.PATIENT_FEEDBACK,
      IntelligenceSource.HEALTHWATCH);

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
    Map<OrganisationCode, List<RegulatorRating>> ratings = new HashMap<>();
    snapshot.ratings().forEach(r -> ratings.computeIfAbsent(r.provider(), k -> new ArrayList<>())
        .add(r));
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
      List<String> improvement = new ArrayList<>();
      for (Finding f : p.quality().findings()) {
        if (f.code() != FindingCode.MISSING_RETURN) {
          improvement.add(f.code() + " " + f.subject() + ": " + f.detail());
        }
      }
      sections.get(p.level()).add(new ProviderReport(provider, p.level(), insight,
          involvement(snapshot, p.code(), from, asOf), improvement));
      Optional<RegulatorRating> latest = ratings.getOrDefault(p.code(), List.of()).stream()
          .filter(r -> !r.published().isAfter(asOf))
          .max(Comparator.comparing(RegulatorRating::published));
      statutory.add(latest.map(r -> p.code() + ": " + r.regulator() + " rating " + r.overall()
          + " (" + r.id() + ", published " + r.published() + ")")
          .orElse(p.code() + ": no regulator rating recorded (004 §5.1: know the CQC status of"
              + " every provider)"));
      for (Finding f : p.quality().findings()) {
        if (f.code() == FindingCode.QUALITY_GATEWAY) {
          statutory.add(p.code() + ": " + f.detail());
        }
      }
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
   * received, and each provider with neither a return nor intelligence dated on or before it.
   */
  private static ImmutableList<String> missing(Snapshot snapshot, Assessment assessment,
      Set<OrganisationCode> providers) {
    LocalDate asOf = assessment.asOf();
    Set<OrganisationCode> withData = new HashSet<>();
    for (Observation o : snapshot.observations()) {
      if (!o.isMissing() && !o.period().start().isAfter(asOf)) {
        withData.add(o.provider());
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
    }
    return ImmutableList.copyOf(missing);
  }

  private static List<String> involvement(Snapshot snapshot, OrganisationCode provider,
      LocalDate from, LocalDate asOf) {
    Map<IntelligenceSource, int[]> counts = new EnumMap<>(IntelligenceSource.class);
    for (IntelligenceItem i : snapshot.intelligence()) {
      if (i.provider().equals(provider) && INVOLVEMENT.contains(i.source())
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
    Checks.check(assessment.asOf().equals(snapshot.asOf()), "the assessment is as of "
        + assessment.asOf() + " but the snapshot as of " + snapshot.asOf()
        + ": a report must not mix dates");
  }
}
