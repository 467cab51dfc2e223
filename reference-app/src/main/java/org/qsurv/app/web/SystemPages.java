package org.qsurv.app.web;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.qsurv.app.cases.CaseDecisions;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.Ports;
import org.qsurv.app.report.ReportDocument;
import org.qsurv.app.report.ReportDocuments;
import org.qsurv.app.web.forms.FieldValues;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.Labels;
import org.qsurv.app.web.html.ProviderNames;
import org.qsurv.app.web.html.ReportEntry;
import org.qsurv.app.web.html.RiskRow;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.escalation.view.SurveillanceTracker;
import org.qsurv.escalation.view.TrackerEntry;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.assurance.AssuranceLevel;
import org.qsurv.scoring.report.GovernanceReports;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * The system-wide pages, for commissioner and NHS England users: the overview, the providers, the
 * surveillance tracker (003 §5.2.1), the bi-monthly quality report (004 §4.4) and the audit log.
 */
final class SystemPages {
  private final Ports ports;
  private final Assessments assessments;
  private final SurveillanceCases cases;

  SystemPages(Ports ports, Assessments assessments, SurveillanceCases cases) {
    this.ports = ports;
    this.assessments = assessments;
    this.cases = cases;
  }

  private ProviderNames names() {
    return ProviderNames.of(Pages.providers(assessments, ports.directory()));
  }

  /**
   * Providers by level (by level of assurance first under a profile that leads with it, 001
   * §7.0-7.1), triggers awaiting review, risks of 15+ and overdue reviews.
   */
  void overview(Context ctx) {
    LocalDate today = assessments.today();
    ImmutableList<ProviderAssessment> all = assessments.current().providers();
    Map<Level, Long> byLevel = all.stream().collect(Collectors.groupingBy(
        ProviderAssessment::level, () -> new EnumMap<>(Level.class), Collectors.counting()));
    List<RiskRow> risks = assessments.derived("overview-risks", () -> {
      List<Risk> stored = ports.risks().risks();
      List<ScoredRisk> scored = scored(stored, today, assessments.profile());
      return IntStream.range(0, stored.size())
          .filter(i -> scored.get(i).score() >= 15 || scored.get(i).overdue())
          .mapToObj(i -> new RiskRow(stored.get(i), scored.get(i))).toList();
    });
    Map<String, Object> model = new HashMap<>();
    model.put("commissioner", ports.directory().commissioner().map(c -> c.name() + ", ")
        .orElse(""));
    model.put("asOf", today);
    model.put("staleProviders", staleProviders(all));
    model.put("byLevel", byLevel);
    model.put("assuranceFirst", Pages.frame(ctx).assuranceFirst());
    model.put("byAssurance", all.stream().collect(Collectors.groupingBy(
        p -> p.quality().levelOfAssurance().level(), () -> new EnumMap<>(AssuranceLevel.class),
        Collectors.counting())));
    model.put("enhanced", all.stream().filter(p -> p.level() != Level.ROUTINE).toList());
    model.put("all", all);
    model.put("risks", risks);
    model.put("names", names());
    Pages.render(ctx, "System overview", Section.OVERVIEW, "system/overview.jte", model);
  }

  /** The providers whose newest return is older than the policy age (hazard H14). */
  private List<OrganisationCode> staleProviders(List<ProviderAssessment> providers) {
    return providers.stream().map(ProviderAssessment::code)
        .filter(code -> assessments.currency(code).map(c -> c.age().stale()).orElse(false))
        .toList();
  }

  /** Each risk scored as of {@code today} under the profile's review rule (004 §4.4; 000 §6.5). */
  static List<ScoredRisk> scored(List<Risk> risks, LocalDate today, PolicyProfile profile) {
    RiskReviewPolicy policy = profile.scoring().riskReview();
    return risks.stream().map(r -> ScoredRisk.of(r, today, policy)).toList();
  }

  /**
   * Every provider with its kind and level: under a profile whose main view is the level of
   * assurance (001 §7.0-7.1), that level first, the level of surveillance beside it.
   */
  void providers(Context ctx) {
    Map<OrganisationCode, ProviderAssessment> byCode = assessments.current().providers().stream()
        .collect(Collectors.toMap(ProviderAssessment::code, p -> p));
    Pages.render(ctx, "Providers", Section.PROVIDERS, "system/providers.jte",
        Map.of("providers", ports.directory().providers(), "assessed", byCode,
            "assuranceFirst", Pages.frame(ctx).assuranceFirst()));
  }

  void tracker(Context ctx) {
    LocalDate today = assessments.today();
    ImmutableList<TrackerEntry> entries = SurveillanceTracker.of(
        cases.all().stream().map(CaseFile::state).toList(), today);
    Pages.render(ctx, "Surveillance tracker", Section.TRACKER, "system/tracker.jte",
        Map.of("today", today, "entries", entries, "names", names()));
  }

  /**
   * The bi-monthly quality report (004 §4.4; 000 §6.7), focused on one service area (a kind of
   * provider, {@code ?area=CARE_HOME}) or on all: routine, enhanced and intensive sections; within
   * each, per provider, insight (where the intelligence comes from and what it says), involvement
   * (what work is under way) and improvement (what it achieves). Providers with nothing to report
   * in the period are named together at the end of their section. An area that is not a kind of
   * provider answers 400 naming it.
   */
  void report(Context ctx) {
    String areaText = Pages.query(ctx, "area");
    Optional<ProviderKind> area = Optional.empty();
    Optional<String> areaError = Optional.empty();
    if (!areaText.isEmpty()) {
      try {
        area = Optional.of(FieldValues.oneOf("area", areaText, ProviderKind.class));
      } catch (FieldValues.Refused e) {
        areaError = Optional.of(e.getMessage());
      }
    }
    List<Choice> areas = new ArrayList<>();
    areas.add(new Choice("", "All service areas"));
    List<ProviderKind> kinds = assessments.derived("provider-kinds", () -> ports.directory()
        .providers().stream().map(Provider::kind).distinct().sorted().toList());
    kinds.forEach(k -> areas.add(new Choice(k.name(), Labels.words(k))));
    Field areaField = Field.of("area", "Service area").withValue(areaText).withError(areaError);
    String title = "Bi-monthly quality report";
    Map<String, Object> model = new HashMap<>();
    model.put("area", areaField);
    model.put("areas", areas);
    if (areaError.isPresent()) {
      model.put("lede", Optional.empty());
      model.put("staleProviders", List.of());
      model.put("entries", Map.of());
      model.put("quiet", Map.of());
      Pages.render(ctx, 400, title, Optional.of(Section.QUALITY_REPORT),
          Templates.render("system/report.jte", model));
      return;
    }
    Optional<ProviderKind> focus = area;
    // Read before, not inside, the report's own cached computation: the cache must not be
    // updated from within one of its computations (Caffeine throws "Recursive update" when the
    // two keys share a bin, which depends on their hashes: a 500 now and then).
    ProviderNames names = names();
    Report report = assessments.derived("report:" + focus.map(Enum::name).orElse("all"),
        () -> report(focus, names));
    model.put("lede", Optional.of(report.lede()));
    model.put("staleProviders", report.staleProviders());
    model.put("entries", report.entries());
    model.put("quiet", report.quiet());
    Pages.render(ctx, title + focus.map(k -> ": " + Labels.words(k)).orElse(""),
        Section.QUALITY_REPORT, "system/report.jte", model);
  }

  /**
   * The monthly quality and risk report to directors (000 §6.7), as of today: what needs a
   * director, the providers in enhanced or intensive surveillance with their level of assurance,
   * the month's decisions and deep dives, indicators and risks of concern, statutory assurance.
   */
  void directorsReport(Context ctx) {
    governance(ctx, "directors", () -> ReportDocuments.of(GovernanceReports.directors(
        assessments.snapshot(), assessments.current(), 1)));
  }

  /**
   * The Quality Surveillance Group agenda (004 §4.3): every provider in enhanced or intensive
   * surveillance, with what changed since the evaluation of a month ago.
   */
  void qsgAgenda(Context ctx) {
    governance(ctx, "qsg-agenda", () -> {
      Snapshot snapshot = assessments.snapshot();
      Snapshot monthAgo = Snapshot.builder().from(snapshot)
          .asOf(snapshot.asOf().minusMonths(1)).build();
      return ReportDocuments.of(GovernanceReports.qsgAgenda(snapshot, assessments.current(),
          Optional.of(SnapshotEvaluator.evaluate(monthAgo, assessments.profile()))));
    });
  }

  /** The host commissioner's notes to placing commissioners (003 §5.3.4), of the month. */
  void hostNotes(Context ctx) {
    governance(ctx, "host-notes", () -> ReportDocuments.of(GovernanceReports
        .hostCommissionerNotes(assessments.snapshot(), assessments.current(), Optional.empty(),
            1)));
  }

  private void governance(Context ctx, String name, Supplier<ReportDocument> make) {
    ReportDocument report = assessments.derived("governance:" + name, make);
    Pages.render(ctx, report.title(), Section.QUALITY_REPORT, "system/governance-report.jte",
        Map.of("report", report));
  }

  /** The report's content for one service area or all, made once per state of the data. */
  private record Report(String lede, List<String> staleProviders,
      Map<Level, List<ReportEntry>> entries, Map<Level, List<String>> quiet) {}

  private Report report(Optional<ProviderKind> area, ProviderNames names) {
    LocalDate today = assessments.today();
    Map<OrganisationCode, ProviderKind> kinds = ports.directory().providers().stream()
        .collect(Collectors.toMap(Provider::code, Provider::kind));
    List<ProviderAssessment> all = assessments.current().providers().stream()
        .filter(p -> area.isEmpty() || area.get() == kinds.get(p.code())).toList();
    Map<OrganisationCode, CaseFile> files = cases.all().stream()
        .collect(Collectors.toMap(f -> f.state().provider(), f -> f));
    String lede = "Quality report for the two months to " + today + " (004 §4.4), "
        + area.map(k -> "for the service area " + Labels.words(k)).orElse("for every "
            + "service area") + ": " + Labels.count(all.size(), "provider", "providers")
        + ". Print it, or save it as PDF, from the browser.";
    Map<Level, List<ReportEntry>> entries = new EnumMap<>(Level.class);
    Map<Level, List<String>> quiet = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      entries.put(level, new ArrayList<>());
      quiet.put(level, new ArrayList<>());
    }
    for (ProviderAssessment p : all) {
      ReportEntry entry = ReportEntry.of(names.name(p.code()), p,
          ports.intelligence().intelligence(p.code()), Optional.ofNullable(files.get(p.code())),
          today);
      if (entry.hasNothingToReport()) {
        quiet.get(p.level()).add(entry.name());
      } else {
        entries.get(p.level()).add(entry);
      }
    }
    return new Report(lede, staleProviders(all).stream().map(names::name).toList(), entries,
        quiet);
  }

  /** The decision log and the verification of every case's hash chain. */
  void audit(Context ctx) {
    List<CaseFile> files = cases.all();
    // From the same logs the chains are verified on: one read of the cases, not two.
    List<Decision> decisions = files.stream().flatMap(f -> CaseDecisions.decisions(f.log()))
        .sorted(Comparator.comparing(Decision::at).reversed()).toList();
    Pages.render(ctx, "Audit", Section.AUDIT, "system/audit.jte",
        Map.of("files", files, "decisions", decisions, "names", names()));
  }
}
