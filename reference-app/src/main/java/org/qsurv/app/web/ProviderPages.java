package org.qsurv.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.chart.MdcIcons;
import org.qsurv.app.web.chart.XmrChart;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.Forms;
import org.qsurv.app.web.html.HtmlBuilder;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.StatusTag;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.Visibility;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.view.CaseTimeline;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * A provider's page: its indicator dashboard (threshold status, the variation and assurance icons,
 * the target, an SPC chart per indicator), its intelligence (sensitive soft intelligence never
 * shown to a provider user: a local choice), its risks, and its case with the timeline and the
 * improvement plan (003 §5.2.3 e).
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

  /**
   * The provider's page. Everything on it but the layout (the user's name, the sign-out form) and
   * the intelligence form's CSRF token is the same for every user who may see the same data, so it
   * is rendered once per write generation ({@link Assessments#derived}) and kept encoded: the
   * intelligence timeline once per set of items a user may see (the set chosen for each request by
   * {@link Visibility}, so a provider user never gets a table made for a commissioner).
   */
  Response dashboard(Request request) {
    OrganisationCode code = request.provider();
    Optional<Provider> provider = assessments.derived("provider:" + code.value(),
        () -> ports.directory().provider(code));
    if (provider.isEmpty()) {
      return View.notFound(request);
    }
    CurrentUser user = request.user();
    LocalDate today = assessments.today();
    List<View.Part> parts = new ArrayList<>();
    parts.add(View.cached(assessments, "summary:" + code.value(),
        () -> summary(provider.get(), today)));
    parts.add(View.cached(assessments, "indicators:" + code.value(),
        () -> indicators(code, assessments.provider(code))));
    // Intelligence: chosen for this user on every request, rendered once per distinct choice.
    List<IntelligenceItem> all = assessments.derived("intelligence:" + code.value(),
        () -> ports.intelligence().intelligence(code));
    List<IntelligenceItem> items = Visibility.visibleIntelligence(user, all);
    String shown = items.size() == all.size() ? "all"
        : items.stream().map(i -> i.id().value()).collect(Collectors.joining(" "));
    parts.add(View.cached(assessments, "intelligence-table:" + code.value() + ":" + shown,
        () -> intelligence(items)));
    if (user.role() == Role.ICB_QUALITY_LEAD || user.role() == Role.ICB_DIRECTOR) {
      byte[][] form = assessments.derived("intelligence-form:" + code.value(),
          () -> intelligenceFormAround(code, today));
      parts.add(View.Part.cached(form[0]));
      parts.add(View.Part.of(SafeHtml.text(request.signedInSession().csrfToken())));
      parts.add(View.Part.cached(form[1]));
    }
    parts.add(View.cached(assessments, "risks-and-case:" + code.value(),
        () -> SafeHtml.concat(risks(code, today), caseSection(cases.load(code), today))));
    return View.page(request, provider.get().name(),
        user.isProviderUser() ? Optional.empty() : Optional.of(Section.PROVIDERS), parts);
  }

  private SafeHtml summary(Provider provider, LocalDate today) {
    HtmlBuilder top = new HtmlBuilder();
    top.open("p");
    top.text(provider.code().value() + " \u00b7 " + View.words(provider.kind().name())
        + " \u00b7 level ");
    assessments.provider(provider.code()).ifPresent(a -> top.append(View.level(a.level())));
    top.text(" \u00b7 as of " + today);
    top.close("p");
    top.open("p").element("a", "Escalation case and decisions", "href",
        "/escalation/" + provider.code().value()).close("p");
    return top.build();
  }

  private static SafeHtml intelligence(List<IntelligenceItem> visible) {
    HtmlBuilder b = new HtmlBuilder();
    b.element("h2", "Intelligence", "id", "intelligence");
    List<IntelligenceItem> items = visible.stream()
        .sorted(Comparator.comparing(IntelligenceItem::received).reversed()).toList();
    b.append(View.table("Intelligence timeline, newest first", List.of("Received", "Source",
        "Nature", "Domain", "Summary"), items, (row, i) -> {
          View.cell(row, i.received().toString());
          View.cell(row, View.words(i.source().name()));
          View.cell(row, View.words(i.nature().name()) + (i.sensitive() ? " (sensitive)" : ""));
          View.cell(row, i.domain().name().charAt(0) + i.domain().name().substring(1)
              .toLowerCase(Locale.ROOT).replace('_', '-'));
          View.cell(row, i.summary());
        }));
    return b.build();
  }

  private SafeHtml risks(OrganisationCode code, LocalDate today) {
    HtmlBuilder b = new HtmlBuilder();
    b.element("h2", "Risks", "id", "risks");
    List<Risk> stored = ports.risks().risks(code);
    List<ScoredRisk> scored = SystemPages.scored(stored, today);
    List<RiskRow> risks = java.util.stream.IntStream.range(0, stored.size())
        .mapToObj(i -> new RiskRow(stored.get(i), scored.get(i))).toList();
    b.append(View.table("Risks on the register for this provider (NPSA 5x5)", List.of("Risk",
        "Score", "Trend", "Review due"), risks, (row, rr) -> {
          ScoredRisk s = rr.scored();
          View.cell(row, rr.risk().title());
          View.cell(row, String.valueOf(s.score()));
          View.cell(row, View.words(s.trend().name()));
          View.cell(row, s.overdue() ? StatusTag.render("Overdue: " + s.nextReviewDue(),
              StatusTag.Colour.RED) : SafeHtml.text(s.nextReviewDue().toString()));
        }));
    return b.build();
  }

  /**
   * The intelligence form as the markup before and after its CSRF token, so that a request only
   * adds its own token: the token is the one part of the form that differs between users.
   */
  private byte[][] intelligenceFormAround(OrganisationCode code, LocalDate today) {
    String markup = intelligenceForm(code, today, TOKEN_PLACE).markup();
    int at = markup.indexOf(TOKEN_PLACE);
    if (at < 0 || markup.indexOf(TOKEN_PLACE, at + 1) >= 0) {
      throw new IllegalStateException("the intelligence form must hold its token once");
    }
    return new byte[][] {
        markup.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        markup.substring(at + TOKEN_PLACE.length())
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)};
  }

  /** Where the token goes in the cached form: nothing a form field could contain. */
  private static final String TOKEN_PLACE = "qsurv-csrf-token-place";

  private SafeHtml indicators(OrganisationCode code, Optional<ProviderAssessment> assessment) {
    HtmlBuilder b = new HtmlBuilder();
    b.element("h2", "Indicators", "id", "indicators");
    List<IndicatorAssessment> indicators = assessment.map(a -> (List<IndicatorAssessment>)
        a.quality().indicators()).orElse(List.of());
    b.append(View.table("Latest value of each indicator, its threshold status, variation and "
        + "assurance (Making Data Count)", List.of("Indicator", "Period", "Value", "Threshold",
        "Variation", "Assurance", "Target"), indicators, (row, i) -> {
          Optional<IndicatorDefinition> def = ports.observations().indicator(i.id());
          View.link(row, def.map(IndicatorDefinition::name).orElse(i.id().value()),
              "#chart-" + chartId(i.id()));
          View.cell(row, i.period().toString());
          View.cell(row, number(i.value()) + def.map(d -> " " + d.unit()).orElse(""));
          View.cell(row, band(i.threshold()));
          View.cell(row, MdcIcons.variationWithLabel(Charts.variation(i.variation()),
              Charts.direction(i.value(), i.spc().limits())));
          View.cell(row, MdcIcons.assuranceWithLabel(Charts.assurance(i.assurance())));
          View.cell(row, def.flatMap(d -> d.target().isPresent()
              ? Optional.of(number(d.target().getAsDouble())) : Optional.empty()).orElse("None"));
        }));
    for (IndicatorAssessment i : indicators) {
      ports.observations().indicator(i.id()).ifPresent(def -> Charts.of(code, def,
          ports.observations().series(code, i.id())).ifPresent(data -> {
            b.element("h3", def.name(), "id", "indicator-" + chartId(i.id()));
            b.append(XmrChart.figure(chartId(i.id()), data));
          }));
    }
    return b.build();
  }

  private record RiskRow(Risk risk, ScoredRisk scored) {}

  static SafeHtml caseSection(CaseFile file, LocalDate today) {
    HtmlBuilder b = new HtmlBuilder();
    b.element("h2", "Escalation case", "id", "case");
    b.open("p").text("Level ").append(View.level(file.state().level()))
        .text(file.state().levelSince().map(d -> " since " + d).orElse("")
            + (file.state().pendingReview() ? ", pending a quality review meeting" : ""))
        .close("p");
    b.append(View.table("Case timeline (every recorded event, oldest first)", List.of("#",
        "Date", "By", "What", "Why"), CaseTimeline.of(file.log()), (row, e) -> {
          View.cell(row, String.valueOf(e.version()));
          View.cell(row, e.at().toString());
          View.cell(row, e.by().name() + " (" + org.qsurv.app.web.html.Labels.role(e.by().role()) + ")");
          View.cell(row, e.what());
          View.cell(row, e.why());
        }));
    List<PlanAction> plan = file.state().procedure().map(p -> (List<PlanAction>) p.plan())
        .orElse(List.of());
    b.element("h3", "Improvement plan");
    b.append(View.table("Actions of the single integrated quality improvement plan (003 §5.2.3 "
        + "e)", List.of("Action", "Lead", "Due", "Metric", "Status"), plan, (row, a) -> {
          View.cell(row, a.id() + ": " + a.description());
          View.cell(row, a.lead());
          View.cell(row, a.due().toString());
          View.cell(row, a.metric());
          View.cell(row, a.isOverdue(today)
              ? StatusTag.render("Overdue", StatusTag.Colour.RED)
              : SafeHtml.text(View.words(a.status().name())));
        }));
    return b.build();
  }

  private static SafeHtml intelligenceForm(OrganisationCode code, LocalDate today,
      String csrfToken) {
    HtmlBuilder b = new HtmlBuilder();
    b.element("h3", "Record intelligence");
    b.append(Forms.post("/providers/" + code.value() + "/intelligence", csrfToken,
        Forms.select(Field.of("source", "Source"), choices(IntelligenceSource.values())),
        Forms.select(Field.of("nature", "Nature"), choices(Nature.values())),
        Forms.select(Field.of("domain", "Quality domain"), choices(QualityDomain.values())),
        Forms.input(Field.of("received", "Received").withType(InputType.DATE)
            .withValue(today.toString())),
        Forms.textarea(Field.of("summary", "Summary")),
        Forms.select(Field.of("sensitive", "Sensitive (never shown to the provider)"),
            List.of(new Choice("no", "No"), new Choice("yes", "Yes"))),
        Forms.submit("Record intelligence")));
    return b.build();
  }

  static List<Choice> choices(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(v -> new Choice(v.name(), View.words(v.name())))
        .toList();
  }

  Response recordIntelligence(Request request) {
    OrganisationCode code = request.provider();
    if (ports.directory().provider(code).isEmpty()) {
      return View.notFound(request);
    }
    try {
      IntelligenceItem item = IntelligenceItem.builder()
          .id(IntelligenceId.of("web-" + java.util.UUID.randomUUID()))
          .provider(code)
          .received(FieldValues.date("received", request.field("received")))
          .source(FieldValues.oneOf("source", request.field("source"), IntelligenceSource.class))
          .nature(FieldValues.oneOf("nature", request.field("nature"), Nature.class))
          .domain(FieldValues.oneOf("domain", request.field("domain"), QualityDomain.class))
          .summary(request.field("summary"))
          .reportedBy(Optional.of(request.user().displayName()))
          .sensitive(request.field("sensitive").equals("yes"))
          .build();
      ports.intelligence().record(item);
      assessments.written();
    } catch (RuntimeException e) {
      return View.page(request, 400, "The intelligence was not recorded", Optional.empty(),
          View.paragraph("It was not recorded: " + e.getMessage()));
    }
    return Response.redirect("/providers/" + code.value() + "#intelligence");
  }

  Response indicator(Request request) {
    OrganisationCode code = request.provider();
    Optional<IndicatorDefinition> def;
    try {
      def = ports.observations().indicator(IndicatorId.of(request.path("indicator")));
    } catch (IllegalArgumentException e) {
      def = Optional.empty();
    }
    if (def.isEmpty() || ports.directory().provider(code).isEmpty()) {
      return View.notFound(request);
    }
    IndicatorDefinition d = def.get();
    HtmlBuilder b = new HtmlBuilder();
    Charts.of(code, d, ports.observations().series(code, d.id())).ifPresentOrElse(
        data -> b.append(XmrChart.figure(chartId(d.id()), data)),
        () -> b.element("p", "No values recorded."));
    b.open("p").element("a", "Back to the provider", "href", "/providers/" + code.value())
        .close("p");
    return View.page(request, d.name(), Optional.empty(), b.build());
  }

  static String chartId(IndicatorId id) {
    return "i-" + id.value().replaceAll("[^a-zA-Z0-9_-]", "-");
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  static SafeHtml band(ThresholdBand band) {
    return switch (band) {
      case RED -> StatusTag.render("Red", StatusTag.Colour.RED);
      case AMBER -> StatusTag.render("Amber", StatusTag.Colour.AMBER);
      case GREEN -> StatusTag.render("Green", StatusTag.Colour.GREEN);
      default -> StatusTag.render(View.words(band.name()), StatusTag.Colour.GREY);
    };
  }
}
