package org.qsurv.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.export.RiskRegisterExport;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.forms.FieldValues;
import org.qsurv.app.web.forms.FormResult;
import org.qsurv.app.web.forms.RiskForm;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.FieldError;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.RiskRow;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.html.UrlPath;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.model.Checks;
import org.qsurv.model.framework.QualityDomain;
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
 * form that adds a risk and a review form for the ICB.
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
  private Filter filter(Context ctx) {
    String provider = Pages.query(ctx, "provider");
    if (!provider.isEmpty() && !provider.equals("system") && !isProvider(provider)) {
      throw new FieldValues.Refused("provider", "provider must be a provider's code or "
          + "system but was " + Checks.quote(provider));
    }
    String minScore = Pages.query(ctx, "min-score");
    String sort = Pages.query(ctx, "sort");
    return new Filter(provider,
        minScore.isEmpty() ? 0 : FieldValues.integer("min-score", minScore, 1, 25),
        FieldValues.oneOf("overdue", Pages.query(ctx, "overdue"), List.of("", "yes")).equals("yes"),
        FieldValues.oneOf("sort", sort.isEmpty() ? "score" : sort, SORTS));
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
    return Pages.providers(assessments, ports.directory());
  }

  private List<RiskRow> rows(Filter filter) {
    LocalDate today = assessments.today();
    RiskReviewPolicy policy = assessments.profile().scoring().riskReview();
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
  void register(Context ctx) {
    register(ctx, 200, blankRisk());
  }

  /**
   * POST /risks: adds a risk (a system risk with {@code provider=system}) through {@link
   * RiskForm} and shows it; a refused form answers 400 with the register page again, the add form
   * holding what was entered and each refused field marked with its message (which names the
   * field and the value), and nothing written.
   */
  void add(Context ctx) {
    FormResult<Risk> result =
        new RiskForm(ports.risks(), ports.directory()).add(RequestContext.of(ctx).form(), assessments.today());
    if (result instanceof FormResult.Refused<Risk> refused) {
      List<Field> entered = new ArrayList<>();
      for (Field f : blankRisk()) {
        Field withValue = f.withValue(Pages.field(ctx, f.name()));
        entered.add(withValue.withError(refused.errors().stream()
            .filter(e -> e.fieldId().equals(f.name())).map(FieldError::message)
            .reduce((a, b) -> a + "; " + b)));
      }
      register(ctx, 400, entered);
      return;
    }
    assessments.written();
    Pages.redirect(ctx, UrlPath.of("risks", result.orElseThrow().id().value()));
  }

  /**
   * The add form's fields, empty: the names {@link RiskForm} reads, with ids of their own, as the
   * filter above it has a {@code provider} field too.
   */
  private static List<Field> blankRisk() {
    return List.of(
        Field.of("provider", "Provider").withId("new-risk-provider")
            .withHint("A provider's risk, or a system-wide risk relevant to the ICB (004 §4.4)."),
        Field.of("title", "Title").withId("new-risk-title"),
        Field.of("description", "Description (optional)").withId("new-risk-description"),
        Field.of("domain", "Quality domain").withId("new-risk-domain"),
        Field.of("owner", "Owner").withId("new-risk-owner"),
        Field.of("likelihood", "Likelihood (1-5)").withId("new-risk-likelihood")
            .withType(InputType.NUMBER),
        Field.of("consequence", "Consequence (1-5)").withId("new-risk-consequence")
            .withType(InputType.NUMBER));
  }

  private void register(Context ctx, int status, List<Field> newRisk) {
    Optional<FieldValues.Refused> refused = Optional.empty();
    List<RiskRow> rows = List.of();
    try {
      rows = rows(filter(ctx));
    } catch (FieldValues.Refused e) {
      refused = Optional.of(e);
    }
    List<Choice> providers = new ArrayList<>();
    providers.add(new Choice("", "All"));
    providers.add(new Choice("system", "System-wide risks"));
    List<Choice> newRiskProviders = new ArrayList<>();
    newRiskProviders.add(new Choice(RiskForm.SYSTEM, "System-wide risk"));
    for (Provider p : providers().values()) {
      providers.add(new Choice(p.code().value(), p.name()));
      newRiskProviders.add(new Choice(p.code().value(), p.name()));
    }
    List<Field> fields = new ArrayList<>();
    for (Field f : List.of(Field.of("provider", "Provider"), Field.of("min-score",
        "Minimum score").withType(InputType.NUMBER), Field.of("overdue", "Reviews"),
        Field.of("sort", "Sort by"))) {
      Field withValue = f.withValue(Pages.query(ctx, f.name()));
      fields.add(refused.filter(e -> e.field().equals(f.name()))
          .map(e -> withValue.withError(e.getMessage())).orElse(withValue));
    }
    // The add form only for the roles the route POST /risks admits (the ICB's).
    boolean mayAdd = Pages.frame(ctx).routes().permits(Optional.of(Pages.user(ctx)),
        HttpMethod.POST, "/risks");
    Map<String, Object> model = new HashMap<>();
    model.put("fields", fields);
    model.put("providers", providers);
    model.put("rows", refused.isPresent() ? Optional.empty() : Optional.of(rows));
    model.put("names", providers());
    String query = ctx.queryString() == null ? "" : ctx.queryString();
    model.put("csvLink", "/risks.csv" + (query.isEmpty() ? "" : "?" + query));
    model.put("newRisk", mayAdd ? newRisk : List.of());
    model.put("newRiskProviders", newRiskProviders);
    model.put("domains", Arrays.stream(QualityDomain.values())
        .map(d -> new Choice(d.name(), d.displayName())).toList());
    model.put("csrfToken", mayAdd ? Pages.session(ctx).csrfToken() : "");
    Pages.render(ctx, refused.isPresent() ? 400 : status,
        status == 400 ? "The risk was not added" : "Risk register",
        Optional.of(Section.RISK_REGISTER), Templates.render("risks/register.jte", model));
  }

  /** The filtered register as CSV; a bad filter value answers 400 naming it, as text. */
  void csv(Context ctx) throws IOException {
    List<RiskRow> rows;
    try {
      rows = rows(filter(ctx));
    } catch (FieldValues.Refused e) {
      ctx.status(400).contentType("text/plain; charset=utf-8").result(e.getMessage() + "\n");
      return;
    }
    StringWriter out = new StringWriter();
    RiskRegisterExport.csv(rows.stream().map(RiskRow::risk).toList(), out);
    ctx.header("Content-Disposition", "attachment; filename=\"risk-register.csv\"")
        .contentType("text/csv; charset=utf-8").result(out.toString());
  }

  void risk(Context ctx) {
    Optional<Risk> risk;
    try {
      risk = ports.risks().risk(RiskId.of(Pages.path(ctx, "risk")));
    } catch (IllegalArgumentException e) {
      risk = Optional.empty();
    }
    if (risk.isEmpty()) {
      Pages.notFound(ctx);
      return;
    }
    Risk r = risk.get();
    Role role = Pages.user(ctx).role();
    Pages.render(ctx, r.title(), Section.RISK_REGISTER, "risks/risk.jte", Map.of("risk", r,
            "scored", ScoredRisk.of(r, assessments.today(),
                assessments.profile().scoring().riskReview()),
            "mayReview", role == Role.ICB_QUALITY_LEAD || role == Role.ICB_DIRECTOR,
            "csrfToken", Pages.session(ctx).csrfToken()));
  }

  void review(Context ctx) {
    RiskId id;
    try {
      id = RiskId.of(Pages.path(ctx, "risk"));
    } catch (IllegalArgumentException e) {
      Pages.notFound(ctx);
      return;
    }
    if (ports.risks().risk(id).isEmpty()) {
      Pages.notFound(ctx);
      return;
    }
    try {
      String note = Pages.field(ctx, "note");
      RiskReview review = RiskReview.builder().reviewed(assessments.today())
          .reviewedBy(Pages.user(ctx).displayName())
          .score(RiskScore.of(FieldValues.integer("likelihood", Pages.field(ctx, "likelihood"), 1, 5),
              FieldValues.integer("consequence", Pages.field(ctx, "consequence"), 1, 5)))
          .note(note.isEmpty() ? Optional.empty() : Optional.of(note)).build();
      ports.risks().review(id, review);
      assessments.written();
    } catch (RuntimeException e) {
      Pages.message(ctx, 400, "The review was not recorded",
          "It was not recorded: " + e.getMessage());
      return;
    }
    Pages.redirect(ctx, UrlPath.of("risks", id.value()));
  }
}
