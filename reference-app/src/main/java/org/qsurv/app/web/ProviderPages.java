package org.qsurv.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.CasePlans;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.chart.MdcIcons;
import org.qsurv.app.web.chart.XmrChart;
import org.qsurv.app.web.forms.FieldValues;
import org.qsurv.app.web.html.DataAge;
import org.qsurv.app.web.html.IndicatorRow;
import org.qsurv.app.web.html.Labels;
import org.qsurv.app.web.html.RiskRow;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.Visibility;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.Role;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.scoring.assessment.Finding;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * A provider's page: its indicator dashboard (threshold status, the variation and assurance icons,
 * the target, an SPC chart per indicator), its intelligence (sensitive soft intelligence never
 * shown to a provider user: a local choice), its risks, its case with the timeline and the
 * improvement plan (003 §5.2.3 e), and its surveillance workflows: the assessment's findings, CQC
 * rating history, quality visits, serious incidents and contract quality meetings.
 */
final class ProviderPages {
  private final Ports ports;
  private final Assessments assessments;
  private final SurveillanceCases cases;

  ProviderPages(Ports ports, Assessments assessments, SurveillanceCases cases) {
    this.ports = ports;
    this.assessments = assessments;
    this.cases = cases;
  }

  /** What a provider's page shows to every user, made once per state of the data. */
  private record Dashboard(Provider provider, Optional<Level> level, DataAge age,
      List<IndicatorRow> indicators, List<IntelligenceItem> intelligence, List<RiskRow> risks,
      CaseFile caseFile, List<ImprovementAction> caseActions, List<ImprovementAction> actions,
      DataCurrency currency, List<Finding> findings, List<RegulatorRating> ratings,
      List<QualityVisit> visits, List<SeriousIncident> incidents,
      List<ContractMeeting> meetings, List<DeepDive> deepDives) {}

  /**
   * The provider's page ({@code provider/dashboard.jte}). What it shows is read and made (the
   * charts drawn) once per state of the data ({@link Assessments#derived}); each request chooses
   * the intelligence this user may see ({@link Visibility}, so a provider user never gets an item
   * meant for a commissioner) and renders the template.
   */
  void dashboard(Context ctx) {
    OrganisationCode code = Pages.provider(ctx);
    Optional<Dashboard> dashboard = assessments.derived("provider:" + code.value(),
        () -> ports.directory().provider(code).map(this::dashboard));
    if (dashboard.isEmpty()) {
      Pages.notFound(ctx);
      return;
    }
    Dashboard d = dashboard.get();
    CurrentUser user = Pages.user(ctx);
    boolean icb = user.role() == Role.ICB_QUALITY_LEAD || user.role() == Role.ICB_DIRECTOR;
    SafeHtml form = icb
        ? Templates.render("provider/intelligence-form.jte", Map.of("provider", d.provider(),
            "today", d.age().asOf(), "csrfToken", Pages.session(ctx).csrfToken()))
        : SafeHtml.EMPTY;
    // Triage is the ICB's (004 §4.3): the forms of the items it may see still untriaged.
    SafeHtml triage = icb
        ? Templates.render("provider/triage-forms.jte", Map.of("provider", d.provider(),
            "untriaged", d.intelligence().stream().filter(i -> i.triage().isEmpty()).toList(),
            "today", d.age().asOf(), "csrfToken", Pages.session(ctx).csrfToken()))
        : SafeHtml.EMPTY;
    SafeHtml plan = Templates.render("provider/plan.jte", Map.of("provider", d.provider(),
        "actions", d.actions(), "today", d.age().asOf(), "mayRecord", icb,
        "fromCase", d.caseActions().stream().map(ImprovementAction::id).toList(),
        "csrfToken", icb ? Pages.session(ctx).csrfToken() : ""));
    Map<String, Object> workflows = new HashMap<>();
    workflows.put("provider", d.provider());
    workflows.put("findings", d.findings());
    workflows.put("ratings", d.ratings());
    workflows.put("visits", d.visits());
    workflows.put("incidents", d.incidents());
    workflows.put("meetings", d.meetings());
    workflows.put("today", d.age().asOf());
    workflows.put("mayRecord", icb);
    workflows.put("csrfToken", icb ? Pages.session(ctx).csrfToken() : "");
    Map<String, Object> model = new HashMap<>();
    model.put("workflows", Templates.render("provider/workflows.jte", workflows));
    model.put("provider", d.provider());
    model.put("level", d.level());
    model.put("age", d.age());
    model.put("indicators", d.indicators());
    model.put("intelligence", Visibility.visibleIntelligence(user, d.intelligence()));
    model.put("intelligenceForm", form);
    model.put("triageForms", triage);
    model.put("plan", plan);
    model.put("currency", d.currency());
    model.put("risks", d.risks());
    model.put("caseFile", d.caseFile());
    boolean director = user.role() == DeepDive.AUTHORISED_BY;
    model.put("deepDives", Templates.render("provider/deep-dives.jte", Map.of(
        "provider", d.provider(), "deepDives", d.deepDives(), "today", d.age().asOf(),
        "mayAuthorise", director, "csrfToken", director ? Pages.session(ctx).csrfToken() : "")));
    model.put("assurance", assessments.provider(d.provider().code())
        .map(p -> p.quality().levelOfAssurance()));
    model.put("assuranceFirst", Pages.frame(ctx).assuranceFirst());
    Pages.render(ctx, 200, d.provider().name(),
        user.isProviderUser() ? Optional.empty() : Optional.of(Section.PROVIDERS),
        Templates.render("provider/dashboard.jte", model));
  }

  private Dashboard dashboard(Provider provider) {
    OrganisationCode code = provider.code();
    LocalDate today = assessments.today();
    Optional<ProviderAssessment> assessment = assessments.provider(code);
    List<IndicatorAssessment> assessed = assessment.map(a -> (List<IndicatorAssessment>)
        a.quality().indicators()).orElse(List.of());
    List<IndicatorRow> indicators = assessed.stream().map(i -> indicatorRow(code, i)).toList();
    List<IntelligenceItem> intelligence = ports.intelligence().intelligence(code).stream()
        .sorted(Comparator.comparing(IntelligenceItem::received).reversed()).toList();
    List<Risk> stored = ports.risks().risks(code);
    List<ScoredRisk> scored = SystemPages.scored(stored, today, assessments.profile());
    List<RiskRow> risks = IntStream.range(0, stored.size())
        .mapToObj(i -> new RiskRow(stored.get(i), scored.get(i))).toList();
    DataCurrency currency = assessments.currency(code).orElseThrow();
    // One plan per provider, as the assessment sees it (CasePlans): the case's actions are
    // signed off on the escalation page, so the plan offers no completion form for them.
    List<ImprovementAction> caseActions = CasePlans.of(ports.cases(), code, today);
    return new Dashboard(provider, assessment.map(ProviderAssessment::level), currency.age(),
        indicators, intelligence, risks, cases.load(code), caseActions,
        CasePlans.merged(ports.actions().actions(code), caseActions), currency,
        assessment.map(a -> (List<Finding>) a.quality().findings()).orElse(List.of()),
        ports.ratings().ratings(code).stream()
            .sorted(Comparator.comparing(RegulatorRating::published).reversed()).toList(),
        ports.visits().visits(code), ports.incidents().incidents(code),
        ports.meetings().meetings(code), ports.deepDives().deepDives(code));
  }

  private IndicatorRow indicatorRow(OrganisationCode code, IndicatorAssessment i) {
    Optional<IndicatorDefinition> def = ports.observations().indicator(i.id());
    Optional<SafeHtml> chart = def.flatMap(d -> Charts.of(assessments.profile().scoring().spc(),
        code, d, ports.observations().series(code, i.id()), i.recalculations().isEmpty() ? List.of()
            : ports.notes().recalculations(), i.annotations().isEmpty() ? List.of()
            : ports.notes().annotations())).map(data -> XmrChart.figure(chartId(i.id()), data));
    return new IndicatorRow(def.map(IndicatorDefinition::name).orElse(i.id().value()),
        chartId(i.id()), i.period().toString(),
        Labels.number(i.value()) + def.map(d -> " " + d.unit()).orElse(""), i.threshold(),
        MdcIcons.variationWithLabel(Charts.variation(i.variation()),
            Charts.direction(i.value(), i.spc().limits())),
        MdcIcons.assuranceWithLabel(Charts.assurance(i.assurance())),
        def.flatMap(d -> d.target().isPresent()
            ? Optional.of(Labels.number(d.target().getAsDouble())) : Optional.empty())
            .orElse("None"),
        chart, "/providers/" + code.value() + "/indicators/" + i.id().value(),
        i.suggestedRebase().map(r -> "Suggested rebase from " + r.from() + " (advice only, never"
            + " applied): " + r.basis()));
  }

  void recordIntelligence(Context ctx) {
    Optional<OrganisationCode> checked = Pages.formProvider(ctx, ports.directory(),
        why -> Pages.message(ctx, 409, "The intelligence was not recorded", why));
    if (checked.isEmpty()) {
      return;
    }
    OrganisationCode code = checked.get();
    try {
      IntelligenceItem item = IntelligenceItem.builder()
          .id(IntelligenceId.of("web-" + java.util.UUID.randomUUID()))
          .provider(code)
          .received(FieldValues.date("received", Pages.field(ctx, "received")))
          .source(FieldValues.oneOf("source", Pages.field(ctx, "source"), IntelligenceSource.class))
          .nature(FieldValues.oneOf("nature", Pages.field(ctx, "nature"), Nature.class))
          .domain(FieldValues.oneOf("domain", Pages.field(ctx, "domain"), QualityDomain.class))
          // CONCERN when the form sends none, as in the exchange format (SNAPSHOT.md).
          .tone(Pages.field(ctx, "tone").isEmpty() ? Tone.CONCERN
              : FieldValues.oneOf("tone", Pages.field(ctx, "tone"), Tone.class))
          .summary(Pages.field(ctx, "summary"))
          .reportedBy(Optional.of(Pages.user(ctx).displayName()))
          .sensitive(Pages.field(ctx, "sensitive").equals("yes"))
          .build();
      ports.intelligence().record(item);
      assessments.written();
    } catch (RuntimeException e) {
      Pages.message(ctx, 400, "The intelligence was not recorded",
          "It was not recorded: " + e.getMessage());
      return;
    }
    Pages.redirect(ctx, "/providers/" + code.value() + "#intelligence");
  }

  void indicator(Context ctx) {
    OrganisationCode code = Pages.provider(ctx);
    Optional<IndicatorDefinition> def;
    try {
      def = ports.observations().indicator(IndicatorId.of(Pages.path(ctx, "indicator")));
    } catch (IllegalArgumentException e) {
      def = Optional.empty();
    }
    if (def.isEmpty() || ports.directory().provider(code).isEmpty()) {
      Pages.notFound(ctx);
      return;
    }
    IndicatorDefinition d = def.get();
    Optional<SafeHtml> chart = Charts.of(assessments.profile().scoring().spc(), code, d,
        ports.observations().series(code, d.id()), ports.notes().recalculations(),
        ports.notes().annotations())
        .map(data -> XmrChart.figure(chartId(d.id()), data));
    Optional<IndicatorAssessment> assessed = assessments.provider(code).flatMap(a -> a.quality()
        .indicators().stream().filter(i -> i.id().equals(d.id())).findFirst());
    CurrentUser user = Pages.user(ctx);
    boolean icb = user.role() == Role.ICB_QUALITY_LEAD || user.role() == Role.ICB_DIRECTOR;
    Map<String, Object> model = new HashMap<>();
    model.put("provider", ports.directory().provider(code).orElseThrow());
    model.put("indicator", d);
    model.put("chart", chart);
    model.put("assessed", assessed);
    model.put("mayRecord", icb);
    model.put("today", assessments.today());
    model.put("csrfToken", icb ? Pages.session(ctx).csrfToken() : "");
    Pages.render(ctx, 200, d.name(), Optional.empty(), Templates.render(
        "provider/indicator.jte", model));
  }

  static String chartId(IndicatorId id) {
    return "i-" + id.value().replaceAll("[^a-zA-Z0-9_-]", "-");
  }
}
