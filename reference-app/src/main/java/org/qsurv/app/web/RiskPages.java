package org.qsurv.app.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.export.RiskRegisterExport;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.RiskRow;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.html.UrlPath;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * The risk register (000 §6.5; 004 §4.4; NPSA 2008): filter by provider, minimum score and overdue
 * review, sort, score history, review due dates (the review interval by score), CSV export, and a
 * review form for the ICB.
 */
final class RiskPages {
  private final Ports ports;
  private final Assessments assessments;

  RiskPages(Ports ports, Assessments assessments) {
    this.ports = ports;
    this.assessments = assessments;
  }

  /**
   * The register's filter: a provider's code, "system" or "" for all; the lowest score shown (0
   * for all); overdue reviews only; the order.
   */
  private record Filter(String provider, int minScore, boolean overdue, String sort) {}

  private static final List<String> SORTS = List.of("score", "due", "title");

  /** The query's filter; a value it cannot be is refused, naming the field and the value. */
  private Filter filter(Request request) {
    String provider = query(request, "provider");
    if (!provider.isEmpty() && !provider.equals("system") && !isProvider(provider)) {
      throw new FieldValues.Refused("provider", "provider must be a provider's code or "
          + "system but was " + Checks.quote(provider));
    }
    String minScore = query(request, "min-score");
    String sort = query(request, "sort");
    return new Filter(provider,
        minScore.isEmpty() ? 0 : FieldValues.integer("min-score", minScore, 1, 25),
        FieldValues.oneOf("overdue", query(request, "overdue"), List.of("", "yes")).equals("yes"),
        FieldValues.oneOf("sort", sort.isEmpty() ? "score" : sort, SORTS));
  }

  private static String query(Request request, String name) {
    return request.query().first(name).orElse("").trim();
  }

  private boolean isProvider(String code) {
    try {
      return providers().containsKey(OrganisationCode.of(code));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The register as stored: read once per state of the data, not once per request. */
  private List<Risk> risks() {
    return assessments.derived("risks", () -> ports.risks().risks());
  }

  private Map<OrganisationCode, Provider> providers() {
    return View.providers(assessments, ports.directory());
  }

  private List<RiskRow> rows(Filter filter) {
    LocalDate today = assessments.today();
    RiskReviewPolicy policy = RiskReviewPolicy.nhsDefaults();
    List<RiskRow> rows = new ArrayList<>();
    for (Risk r : risks()) {
      if (!filter.provider().isEmpty() && !r.provider().map(p -> p.value()
          .equals(filter.provider())).orElse(filter.provider().equals("system"))) {
        continue;
      }
      ScoredRisk s = ScoredRisk.of(r, today, policy);
      if (s.score() < filter.minScore() || (filter.overdue() && !s.overdue())) {
        continue;
      }
      rows.add(new RiskRow(r, s));
    }
    Comparator<RiskRow> order = switch (filter.sort()) {
      case "due" -> Comparator.comparing((RiskRow r) -> r.scored().nextReviewDue());
      case "title" -> Comparator.comparing((RiskRow r) -> r.risk().title());
      default -> Comparator.comparing((RiskRow r) -> -r.scored().score());
    };
    rows.sort(order.thenComparing(r -> r.risk().id().value()));
    return rows;
  }

  /**
   * The register, filtered and sorted as the query asks. A filter value it cannot be answers 400:
   * the form marks the field, and no risks are listed until it is corrected.
   */
  Response register(Request request) {
    Optional<FieldValues.Refused> refused = Optional.empty();
    List<RiskRow> rows = List.of();
    try {
      rows = rows(filter(request));
    } catch (FieldValues.Refused e) {
      refused = Optional.of(e);
    }
    List<Choice> providers = new ArrayList<>();
    providers.add(new Choice("", "All"));
    providers.add(new Choice("system", "System-wide risks"));
    for (Provider p : providers().values()) {
      providers.add(new Choice(p.code().value(), p.name()));
    }
    List<Field> fields = new ArrayList<>();
    for (Field f : List.of(Field.of("provider", "Provider"), Field.of("min-score",
        "Minimum score").withType(InputType.NUMBER), Field.of("overdue", "Reviews"),
        Field.of("sort", "Sort by"))) {
      Field withValue = f.withValue(query(request, f.name()));
      fields.add(refused.filter(e -> e.field.equals(f.name()))
          .map(e -> withValue.withError(e.getMessage())).orElse(withValue));
    }
    String query = request.rawQuery();
    return View.page(request, refused.isPresent() ? 400 : 200, "Risk register",
        Optional.of(Section.RISK_REGISTER), Templates.render("risks/register.jte", Map.of(
            "fields", fields, "providers", providers,
            "rows", refused.isPresent() ? Optional.empty() : Optional.of(rows),
            "names", providers(), "csvLink", "/risks.csv" + (query.isEmpty() ? "" : "?" + query))));
  }

  /** The filtered register as CSV; a bad filter value answers 400 naming it, as text. */
  Response csv(Request request) throws IOException {
    List<RiskRow> rows;
    try {
      rows = rows(filter(request));
    } catch (FieldValues.Refused e) {
      return Response.text(400, "text/plain; charset=utf-8", e.getMessage() + "\n");
    }
    StringWriter out = new StringWriter();
    RiskRegisterExport.csv(rows.stream().map(RiskRow::risk).toList(), out);
    return Response.text(200, "text/csv; charset=utf-8", out.toString())
        .withHeader("Content-Disposition", "attachment; filename=\"risk-register.csv\"");
  }

  Response risk(Request request) {
    Optional<Risk> risk;
    try {
      risk = ports.risks().risk(RiskId.of(request.path("risk")));
    } catch (IllegalArgumentException e) {
      risk = Optional.empty();
    }
    if (risk.isEmpty()) {
      return View.notFound(request);
    }
    Risk r = risk.get();
    Role role = request.user().role();
    return View.page(request, r.title(), Optional.of(Section.RISK_REGISTER), Templates.render(
        "risks/risk.jte", Map.of("risk", r,
            "scored", ScoredRisk.of(r, assessments.today(), RiskReviewPolicy.nhsDefaults()),
            "mayReview", role == Role.ICB_QUALITY_LEAD || role == Role.ICB_DIRECTOR,
            "csrfToken", request.signedInSession().csrfToken())));
  }

  Response review(Request request) {
    RiskId id;
    try {
      id = RiskId.of(request.path("risk"));
    } catch (IllegalArgumentException e) {
      return View.notFound(request);
    }
    if (ports.risks().risk(id).isEmpty()) {
      return View.notFound(request);
    }
    try {
      String note = request.field("note");
      RiskReview review = RiskReview.builder().reviewed(assessments.today())
          .reviewedBy(request.user().displayName())
          .score(RiskScore.of(FieldValues.integer("likelihood", request.field("likelihood"), 1, 5),
              FieldValues.integer("consequence", request.field("consequence"), 1, 5)))
          .note(note.isEmpty() ? Optional.empty() : Optional.of(note)).build();
      ports.risks().review(id, review);
      assessments.written();
    } catch (RuntimeException e) {
      return View.page(request, 400, "The review was not recorded", Optional.empty(),
          View.paragraph("It was not recorded: " + e.getMessage()));
    }
    return Response.redirect(UrlPath.of("risks", id.value()));
  }
}
