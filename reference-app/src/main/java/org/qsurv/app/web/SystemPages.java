package org.qsurv.app.web;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qsurv.app.cases.CaseDecisions;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.Forms;
import org.qsurv.app.web.html.HtmlBuilder;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.StatusTag;
import org.qsurv.escalation.audit.ChainVerification;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.view.SurveillanceTracker;
import org.qsurv.escalation.view.TrackerEntry;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;

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

  private String name(OrganisationCode code) {
    return View.name(assessments, ports.directory(), code);
  }

  /** Providers by level, triggers awaiting review, risks of 15+ and overdue reviews. */
  Response overview(Request request) {
    return View.page(request, "System overview", Optional.of(Section.OVERVIEW),
        List.of(View.cached(assessments, "overview", this::overviewContent)));
  }

  private SafeHtml overviewContent() {
    LocalDate today = assessments.today();
    ImmutableList<ProviderAssessment> all = assessments.current().providers();
    HtmlBuilder b = new HtmlBuilder();
    b.element("p", ports.directory().commissioner().map(c -> c.name() + ", ").orElse("")
        + "as of " + today + ".");
    b.element("h2", "Providers by level of surveillance");
    Map<Level, Long> byLevel = all.stream().collect(Collectors.groupingBy(
        ProviderAssessment::level, () -> new java.util.EnumMap<>(Level.class),
        Collectors.counting()));
    b.open("ul", "class", "summary-list");
    for (Level level : Level.values()) {
      b.open("li").append(View.level(level))
          .text(" " + byLevel.getOrDefault(level, 0L) + " providers").close("li");
    }
    b.close("ul");
    List<ProviderAssessment> enhanced = all.stream().filter(p -> p.level() != Level.ROUTINE)
        .toList();
    b.append(View.table("Providers on enhanced or intensive surveillance",
        List.of("Provider", "Level", "Since", "Pending review"), enhanced, (row, p) -> {
          View.link(row, name(p.code()), "/providers/" + p.code().value());
          View.cell(row, View.level(p.level()));
          View.cell(row, View.date(p.levelSince()));
          View.cell(row, p.pendingReview() ? "Yes" : "No");
        }));
    b.element("h2", "Triggers awaiting review");
    List<String[]> triggers = all.stream().flatMap(p -> p.quality().triggers().stream()
        .map(t -> new String[] {p.code().value(), t.code().name(), t.reason()})).toList();
    b.append(View.table("Triggers fired and not yet acted on (003 Appendix 1)",
        List.of("Provider", "Trigger", "Why"), triggers, (row, t) -> {
          View.link(row, name(OrganisationCode.of(t[0])), "/providers/" + t[0]);
          View.cell(row, View.words(t[1]));
          View.cell(row, t[2]);
        }));
    List<ScoredRisk> scored = scored(ports.risks().risks(), today);
    b.element("h2", "Risks of 15 or more, and overdue reviews");
    List<Risk> risks = ports.risks().risks();
    List<Integer> shown = new java.util.ArrayList<>();
    for (int i = 0; i < risks.size(); i++) {
      if (scored.get(i).score() >= 15 || scored.get(i).overdue()) {
        shown.add(i);
      }
    }
    b.append(View.table("Risks scoring 15 or more or overdue for review (NPSA 5x5)",
        List.of("Risk", "Provider", "Score", "Review due"), shown, (row, i) -> {
          Risk r = risks.get(i);
          ScoredRisk s = scored.get(i);
          View.link(row, r.title(), "/risks/" + r.id().value());
          View.cell(row, r.provider().map(this::name).orElse("System-wide"));
          View.cell(row, StatusTag.render(String.valueOf(s.score()),
              s.score() >= 15 ? StatusTag.Colour.RED : StatusTag.Colour.GREY));
          View.cell(row, s.overdue()
              ? StatusTag.render("Overdue since " + s.nextReviewDue(), StatusTag.Colour.RED)
              : SafeHtml.text(s.nextReviewDue().toString()));
        }));
    return b.build();
  }

  static List<ScoredRisk> scored(List<Risk> risks, LocalDate today) {
    RiskReviewPolicy policy = RiskReviewPolicy.nhsDefaults();
    return risks.stream().map(r -> ScoredRisk.of(r, today, policy)).toList();
  }

  /** Every provider with its kind and level; the list is made once per state of the data. */
  Response providers(Request request) {
    return View.page(request, "Providers", Optional.of(Section.PROVIDERS),
        List.of(View.cached(assessments, "providers", this::providersContent)));
  }

  private SafeHtml providersContent() {
    List<Provider> providers = ports.directory().providers();
    Map<OrganisationCode, ProviderAssessment> byCode = assessments.current().providers().stream()
        .collect(Collectors.toMap(ProviderAssessment::code, p -> p));
    HtmlBuilder b = new HtmlBuilder();
    b.append(View.table("Providers", List.of("Provider", "Code", "Kind", "Level"), providers,
        (row, p) -> {
          View.link(row, p.name(), "/providers/" + p.code().value());
          View.cell(row, p.code().value());
          View.cell(row, View.words(p.kind().name()));
          ProviderAssessment a = byCode.get(p.code());
          View.cell(row, a == null ? SafeHtml.text("\u2014")
              : View.level(a.level()));
        }));
    return b.build();
  }

  Response tracker(Request request) {
    LocalDate today = assessments.today();
    ImmutableList<TrackerEntry> entries = SurveillanceTracker.of(
        cases.all().stream().map(CaseFile::state).toList(), today);
    HtmlBuilder b = new HtmlBuilder();
    b.element("p", "Every provider with an escalation case, its level, its lead, the step of the "
        + "enhanced procedure it has reached and its improvement actions (003 §5.2.1), as of "
        + today + ".");
    b.append(View.table("Surveillance tracker", List.of("Provider", "Level", "Since",
        "Pending review", "Lead", "Procedure step", "Open actions", "Overdue actions",
        "Sustained assurance until"), entries, (row, e) -> {
          View.link(row, name(e.provider()), "/escalation/" + e.provider().value());
          View.cell(row, View.level(e.level()));
          View.cell(row, e.levelSince().toString());
          View.cell(row, e.pendingReview() ? "Yes" : "No");
          View.cell(row, e.lead().orElse("\u2014"));
          View.cell(row, e.step().map(s -> View.words(s.name())).orElse("\u2014"));
          View.cell(row, String.valueOf(e.openActions().size()));
          View.cell(row, e.overdueActions().isEmpty()
              ? SafeHtml.text("0")
              : StatusTag.render(String.valueOf(e.overdueActions().size()),
                  StatusTag.Colour.RED));
          View.cell(row, View.date(e.sustainedAssuranceUntil()));
        }));
    return View.page(request, "Surveillance tracker", Optional.of(Section.TRACKER), b.build());
  }

  /**
   * The bi-monthly quality report (004 §4.4; 000 §6.7), focused on one service area (a kind of
   * provider, {@code ?area=CARE_HOME}) or on all: routine, enhanced and intensive sections; within
   * each, per provider, insight (where the intelligence comes from and what it says), involvement
   * (what work is under way) and improvement (what it achieves). Providers with nothing to report
   * in the period are named together at the end of their section. An area that is not a kind of
   * provider answers 400 naming it.
   */
  Response report(Request request) {
    String areaText = request.query().first("area").orElse("").trim();
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
    kinds.forEach(k -> areas.add(new Choice(k.name(), View.words(k.name()))));
    Field areaField = Field.of("area", "Service area").withValue(areaText).withError(areaError);
    HtmlBuilder b = new HtmlBuilder();
    b.append(Forms.errorSummary(List.of(areaField)));
    b.open("form", "method", "get", "action", "/reports/quality", "class", "filter");
    b.append(Forms.select(areaField, areas));
    b.append(Forms.submit("Show the report"));
    b.close("form");
    String title = "Bi-monthly quality report";
    if (areaError.isPresent()) {
      return View.page(request, 400, title, Optional.of(Section.QUALITY_REPORT), b.build());
    }
    Optional<ProviderKind> focus = area;
    return View.page(request, title + focus.map(k -> ": " + View.words(k.name())).orElse(""),
        Optional.of(Section.QUALITY_REPORT), List.of(View.Part.of(b.build()),
            View.cached(assessments, "report:" + focus.map(Enum::name).orElse("all"),
                () -> reportContent(focus))));
  }

  private SafeHtml reportContent(Optional<ProviderKind> area) {
    LocalDate today = assessments.today();
    Map<OrganisationCode, ProviderKind> kinds = ports.directory().providers().stream()
        .collect(Collectors.toMap(Provider::code, Provider::kind));
    List<ProviderAssessment> all = assessments.current().providers().stream()
        .filter(p -> area.isEmpty() || area.get() == kinds.get(p.code())).toList();
    Map<OrganisationCode, CaseFile> files = cases.all().stream()
        .collect(Collectors.toMap(f -> f.state().provider(), f -> f));
    HtmlBuilder b = new HtmlBuilder();
    b.element("p", "Quality report for the two months to " + today + " (004 §4.4), "
        + area.map(k -> "for the service area " + View.words(k.name())).orElse("for every "
            + "service area") + ": " + View.count(all.size(), "provider", "providers")
        + ". Print it, or save it as PDF, from the browser.", "class", "lede");
    for (Level level : Level.values()) {
      List<ProviderAssessment> in = all.stream().filter(p -> p.level() == level).toList();
      b.open("section", "class", "report-section", "aria-labelledby", "level-" + level.name());
      b.element("h2", View.words(level.name()) + " surveillance (" + in.size() + ")",
          "id", "level-" + level.name());
      if (in.isEmpty()) {
        b.element("p", "No provider is on " + level.name().toLowerCase() + " surveillance.");
      }
      List<String> quiet = new ArrayList<>();
      for (ProviderAssessment p : in) {
        ReportEntry entry = ReportEntry.of(p, ports.intelligence().intelligence(p.code()),
            Optional.ofNullable(files.get(p.code())), today);
        if (entry.hasNothingToReport()) {
          quiet.add(name(p.code()));
        } else {
          entry.render(b, name(p.code()));
        }
      }
      if (!quiet.isEmpty()) {
        b.element("h3", "Nothing to report (" + quiet.size() + ")");
        b.element("p", "No indicator of concern, no intelligence in the period, no trigger, no "
            + "change of level recommended and no work under way:");
        b.open("ul", "class", "names");
        quiet.forEach(n -> b.element("li", n));
        b.close("ul");
      }
      b.close("section");
    }
    return b.build();
  }

  /** What the report says of one provider, under insight, involvement and improvement. */
  private record ReportEntry(ProviderAssessment p, List<IndicatorAssessment> concerns,
      List<IntelligenceItem> intelligence, Optional<CaseFile> file, List<PlanAction> plan,
      LocalDate today) {

    static ReportEntry of(ProviderAssessment p, List<IntelligenceItem> intelligence,
        Optional<CaseFile> file, LocalDate today) {
      return new ReportEntry(p, p.quality().indicators().stream()
          .filter(i -> i.variation() == Variation.SPECIAL_CAUSE_CONCERN
              || i.threshold() == ThresholdBand.RED).toList(),
          intelligence.stream().filter(i -> !i.received().isBefore(today.minusMonths(2)))
              .toList(), file, file.flatMap(f -> f.state().procedure())
              .map(proc -> (List<PlanAction>) proc.plan()).orElse(List.of()), today);
    }

    boolean hasNothingToReport() {
      return concerns.isEmpty() && intelligence.isEmpty() && p.quality().triggers().isEmpty()
          && p.quality().recommendation().level() == p.level()
          && !p.quality().recommendation().urgent()
          && file.flatMap(f -> f.state().procedure()).isEmpty()
          && file.map(f -> f.state().levers().isEmpty()).orElse(true);
    }

    void render(HtmlBuilder b, String name) {
      b.element("h3", name);
      b.element("h4", "Insight");
      b.open("ul");
      b.element("li", View.count(concerns.size(), "indicator", "indicators")
          + " of concern (special cause of concern or red threshold)" + (concerns.isEmpty() ? "" : ": " + concerns.stream()
              .map(i -> i.id().value()).collect(Collectors.joining(", "))) + ".");
      b.element("li", View.count(intelligence.size(), "item", "items")
          + " of intelligence in the period"
          + (intelligence.isEmpty() ? "." : ", from " + intelligence.stream()
              .map(i -> View.words(i.source().name())).distinct()
              .collect(Collectors.joining(", ")) + "."));
      p.quality().triggers().forEach(t -> b.element("li", "Trigger: " + t.reason()));
      b.close("ul");
      b.element("h4", "Involvement");
      b.open("ul");
      b.element("li", "Recommendation: " + View.words(p.quality().recommendation().level()
          .name()) + (p.quality().recommendation().urgent() ? " (urgent)" : "") + ".");
      file.flatMap(f -> f.state().procedure()).ifPresent(proc -> b.element("li",
          "Enhanced procedure since " + proc.began() + ", lead "
              + proc.lead().orElse("not yet named") + ", step " + proc.currentStep()
                  .map(s -> View.words(s.name())).orElse("complete") + "."));
      file.ifPresent(f -> f.state().levers().forEach(l -> b.element("li",
          "Contractual lever: " + View.words(l.lever().name()) + " (" + l.at() + ", "
              + l.by().name() + l.detail().map(d -> ": " + d).orElse("") + ").")));
      b.close("ul");
      b.element("h4", "Improvement");
      if (plan.isEmpty()) {
        b.element("p", "No improvement plan recorded.");
      } else {
        long done = plan.stream().filter(a -> !a.isOpen()).count();
        long overdue = plan.stream().filter(a -> a.isOverdue(today)).count();
        b.element("p", View.count(plan.size(), "plan action", "plan actions") + ": " + done
            + " completed, " + overdue + " overdue.");
      }
    }
  }

  /** The decision log and the verification of every case's hash chain. */
  Response audit(Request request) {
    HtmlBuilder b = new HtmlBuilder();
    List<CaseFile> files = cases.all();
    b.element("h2", "Case logs");
    b.append(View.table("Each case's hash-chained event log, verified now",
        List.of("Provider", "Events", "Chain"), files, (row, f) -> {
          ChainVerification v = ChainVerifier.verify(f.log());
          View.link(row, name(f.state().provider()), "/audit/" + f.state().provider().value());
          View.cell(row, String.valueOf(f.log().size()));
          View.cell(row, v.isIntact() ? StatusTag.render("Intact", StatusTag.Colour.GREEN)
              : StatusTag.render("Broken at event " + v.firstBrokenVersion().orElse(0) + ": "
                  + v.reason().orElse(""), StatusTag.Colour.RED));
        }));
    b.element("h2", "Decision log");
    // From the same logs the chains were verified on: one read of the cases, not two.
    List<Decision> decisions = files.stream().flatMap(f -> CaseDecisions.decisions(f.log()))
        .sorted(Comparator.comparing(Decision::at).reversed()).toList();
    b.append(View.table("Escalation decisions, newest first", List.of("Date", "Provider",
        "Decision", "By", "Role", "Rationale"), decisions, (row, d) -> {
          View.cell(row, d.at().toString());
          View.link(row, name(d.provider()), "/audit/" + d.provider().value());
          View.cell(row, View.words(d.decision().name()));
          View.cell(row, d.by().name());
          View.cell(row, org.qsurv.app.web.html.Labels.role(d.by().role()));
          View.cell(row, d.rationale());
        }));
    return View.page(request, "Audit", Optional.of(Section.AUDIT), b.build());
  }
}
