package org.qsurv.app.web;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Field;
import org.qsurv.app.web.html.Forms;
import org.qsurv.app.web.html.HtmlBuilder;
import org.qsurv.app.web.html.InputType;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.StatusTag;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.escalation.audit.ChainVerification;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.command.AddPlanAction;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.RecordProviderResponse;
import org.qsurv.escalation.command.SetUpGovernanceGroup;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.escalation.view.CaseHistory;
import org.qsurv.escalation.view.CaseTimeline;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;

/**
 * The escalation pages (003 §5.2.3): each provider's case, with a form for each decision and each
 * procedure step shown only to the roles the route table lets take it. The domain decides: a
 * rejected command shows the domain's reason and writes nothing. An accepted decision is recorded
 * in the decision log too, so that assessments and exports see it.
 */
final class EscalationPages {
  private static final Logger LOG = Logger.getLogger(EscalationPages.class.getName());
  private static final String REJECTED = "The decision was not recorded";

  private final Ports ports;
  private final Assessments assessments;
  private final SurveillanceCases cases;

  EscalationPages(Ports ports, Assessments assessments, SurveillanceCases cases) {
    this.ports = ports;
    this.assessments = assessments;
    this.cases = cases;
  }

  private String name(OrganisationCode code) {
    return ports.directory().provider(code).map(Provider::name).orElse(code.value());
  }

  Response list(Request request) {
    List<Provider> providers = ports.directory().providers();
    HtmlBuilder b = new HtmlBuilder();
    b.append(View.table("Each provider's escalation case", List.of("Provider", "Level",
        "Since", "Events"), providers, (row, p) -> {
          CaseFile f = cases.load(p.code());
          View.link(row, p.name(), "/escalation/" + p.code().value());
          View.cell(row, View.level(f.state().level()));
          View.cell(row, View.date(f.state().levelSince()));
          View.cell(row, String.valueOf(f.log().size()));
        }));
    return View.page(request, "Escalation", Optional.of(Section.ESCALATION), b.build());
  }

  Response provider(Request request) {
    return show(request, 200, Optional.empty());
  }

  private Response show(Request request, int status, Optional<String> rejection) {
    OrganisationCode code = request.provider();
    if (ports.directory().provider(code).isEmpty()) {
      return notFound(request);
    }
    CurrentUser user = request.user();
    CaseFile file = cases.load(code);
    LocalDate today = assessments.today();
    HtmlBuilder b = new HtmlBuilder();
    if (rejection.isPresent()) {
      b.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1",
          "aria-labelledby", "rejected-title");
      b.element("h2", REJECTED, "id", "rejected-title");
      b.element("p", rejection.get(), "class", "rejection-reason");
      b.element("p", "Nothing was changed.");
      b.close("div");
    }
    b.open("p").element("a", "Provider dashboard", "href", "/providers/" + code.value())
        .close("p");
    b.append(ProviderPages.caseSection(file, today));
    String csrf = request.signedInSession().csrfToken();
    String base = "/escalation/" + code.value();
    Optional<CurrentUser> who = Optional.of(user);
    if (View.LAYOUT_ROUTES.permits(who, HttpMethod.POST, base + "/decisions")) {
      b.element("h2", "Record a decision", "id", "decide");
      b.append(Forms.post(base + "/decisions", csrf,
          Forms.select(Field.of("decision", "Decision"),
              ProviderPages.choices(DecisionType.values())),
          Forms.input(Field.of("at", "Date").withType(InputType.DATE)
              .withValue(today.toString())),
          Forms.textarea(Field.of("rationale", "Rationale")
              .withHint("Why: recorded in the audit trail (003 aims).")),
          Forms.submit("Record decision")));
    }
    if (View.LAYOUT_ROUTES.permits(who, HttpMethod.POST, base + "/steps")) {
      b.element("h2", "Record a step of the enhanced procedure", "id", "steps");
      b.append(Forms.post(base + "/steps", csrf,
          Forms.select(Field.of("step", "Step"), List.of(
              new Choice("APPOINT_LEAD", "a) Appoint the ICB quality lead"),
              new Choice("NOTIFY_PROVIDER", "a) Give the provider formal written notice"),
              new Choice("SET_UP_GOVERNANCE_GROUP", "a) Set up the governance group"),
              new Choice("COMPLETE_BASELINE_REVIEW", "b) Complete the baseline review"),
              new Choice("GIVE_FEEDBACK", "d) Give feedback to the provider"))),
          Forms.input(Field.of("detail", "Lead, group name or summary")
              .withHint("The lead's name, the group's name, or the review or feedback summary.")),
          Forms.input(Field.of("at", "Date").withId("step-at").withType(InputType.DATE)
              .withValue(today.toString())),
          Forms.textarea(Field.of("rationale", "Rationale").withId("step-rationale")),
          Forms.submit("Record step")));
    }
    if (View.LAYOUT_ROUTES.permits(who, HttpMethod.POST, base + "/feedback-responses")) {
      b.element("h2", "Respond to feedback on a key risk", "id", "respond");
      b.append(Forms.post(base + "/feedback-responses", csrf,
          Forms.input(Field.of("risk", "Key risk id")),
          Forms.select(Field.of("response", "Response"),
              ProviderPages.choices(RiskResponse.values())),
          Forms.textarea(Field.of("evidence", "Evidence")),
          Forms.submit("Record response")));
      b.element("h2", "Add an improvement plan action", "id", "plan");
      b.append(Forms.post(base + "/plan-actions", csrf,
          Forms.input(Field.of("action", "Action id")),
          Forms.input(Field.of("description", "What will be done")),
          Forms.input(Field.of("lead", "Action lead").withId("action-lead")),
          Forms.input(Field.of("due", "Due").withType(InputType.DATE)),
          Forms.input(Field.of("metric", "Agreed metric")),
          Forms.submit("Add action")));
    }
    return View.page(request, status, "Escalation: " + name(code),
        request.user().isProviderUser() ? Optional.empty() : Optional.of(Section.ESCALATION),
        b.build());
  }

  private static Response notFound(Request request) {
    return View.page(request, 404, "Page not found", Optional.empty(),
        View.paragraph("There is no page at this address."));
  }

  private static Actor actor(CurrentUser user) {
    return Actor.builder().name(user.displayName()).role(user.role())
        .organisation(user.organisation()).build();
  }

  private static LocalDate date(Request request, LocalDate otherwise) {
    try {
      String at = request.field("at");
      return at.isEmpty() ? otherwise : LocalDate.parse(at);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date must be YYYY-MM-DD but was "
          + request.field("at"));
    }
  }

  Response decide(Request request) {
    return submit(request, (user, at, rationale) -> TakeDecision.of(
        DecisionType.valueOf(request.field("decision")), at, actor(user), rationale));
  }

  Response step(Request request) {
    return submit(request, (user, at, rationale) -> {
      String detail = request.field("detail");
      return switch (request.field("step")) {
        case "APPOINT_LEAD" -> AppointLead.builder().at(at).by(actor(user))
            .rationale(rationale).lead(detail).build();
        case "NOTIFY_PROVIDER" -> NotifyProvider.builder().at(at).by(actor(user))
            .rationale(rationale).method(NoticeMethod.WRITTEN_NOTICE).build();
        case "SET_UP_GOVERNANCE_GROUP" -> SetUpGovernanceGroup.builder().at(at).by(actor(user))
            .rationale(rationale).name(detail).build();
        case "COMPLETE_BASELINE_REVIEW" -> CompleteBaselineReview.builder().at(at)
            .by(actor(user)).rationale(rationale).summary(detail).build();
        case "GIVE_FEEDBACK" -> GiveFeedback.builder().at(at).by(actor(user))
            .rationale(rationale).summary(detail).build();
        default -> throw new IllegalArgumentException("step must be one of the listed steps");
      };
    });
  }

  Response respond(Request request) {
    return submit(request, (user, at, rationale) -> RecordProviderResponse.builder().at(at)
        .by(actor(user)).rationale(rationale.isEmpty() ? "Provider response" : rationale)
        .riskId(request.field("risk"))
        .response(RiskResponse.valueOf(request.field("response")))
        .evidence(request.field("evidence").isEmpty() ? ImmutableList.of()
            : ImmutableList.of(request.field("evidence")))
        .build());
  }

  Response addAction(Request request) {
    return submit(request, (user, at, rationale) -> AddPlanAction.builder().at(at)
        .by(actor(user)).rationale(rationale.isEmpty() ? "Improvement plan action" : rationale)
        .actionId(request.field("action")).description(request.field("description"))
        .lead(request.field("lead")).due(LocalDate.parse(request.field("due")))
        .metric(request.field("metric")).build());
  }

  @FunctionalInterface
  private interface CommandFromForm {
    CaseCommand make(CurrentUser user, LocalDate at, String rationale);
  }

  private Response submit(Request request, CommandFromForm form) {
    OrganisationCode code = request.provider();
    if (ports.directory().provider(code).isEmpty()) {
      return notFound(request);
    }
    CaseCommand command;
    try {
      command = form.make(request.user(), date(request, assessments.today()),
          request.field("rationale"));
    } catch (RuntimeException e) {
      // An invalid form value: the value types name the field and the value.
      return show(request, 400, Optional.of(String.valueOf(e.getMessage())));
    }
    Outcome outcome;
    try {
      outcome = cases.submit(code, command);
    } catch (CaseConflictException e) {
      return show(request, 409, Optional.of("Someone else changed this case while you were "
          + "filling in the form. Check the timeline and try again."));
    }
    if (outcome.rejection().isPresent()) {
      return show(request, 422, Optional.of(outcome.rejection().get().reason()));
    }
    // The case's log is the record of decisions (CaseDecisions reads them back from it).
    assessments.written();
    return Response.redirect("/escalation/" + code.value() + "#case");
  }

  /** The case's audit: its log, the chain's verification, and the case as of a date. */
  Response audit(Request request) {
    OrganisationCode code = request.provider();
    if (ports.directory().provider(code).isEmpty()) {
      return notFound(request);
    }
    CaseFile file = cases.load(code);
    ChainVerification verification = ChainVerifier.verify(file.log());
    HtmlBuilder b = new HtmlBuilder();
    b.open("p").text("Hash chain: ").append(verification.isIntact()
        ? StatusTag.render("Intact", StatusTag.Colour.GREEN)
        : StatusTag.render("Broken at event " + verification.firstBrokenVersion().orElse(0),
            StatusTag.Colour.RED)).text(" (" + file.log().size() + " events)").close("p");
    verification.reason().ifPresent(r -> b.element("p", r));
    Optional<String> asOfText = request.query().first("as-of");
    LocalDate asOf = assessments.today();
    Optional<String> dateError = Optional.empty();
    if (asOfText.isPresent() && !asOfText.get().isBlank()) {
      try {
        asOf = LocalDate.parse(asOfText.get().trim());
      } catch (DateTimeParseException e) {
        dateError = Optional.of("Enter a date as YYYY-MM-DD");
      }
    }
    b.open("form", "method", "get", "action", "/audit/" + code.value());
    b.append(Forms.input(Field.of("as-of", "Show the case as of").withType(InputType.DATE)
        .withValue(asOf.toString()).withError(dateError)));
    b.append(Forms.submit("Show"));
    b.close("form");
    SurveillanceCase then = CaseHistory.asOf(code, file.log(), asOf);
    b.element("h2", "The case as of " + asOf);
    b.open("p").text("Level ").append(View.level(then.level()))
        .text(then.levelSince().map(d -> " since " + d).orElse("") + "; " + then.version()
            + " events recorded by then.").close("p");
    final LocalDate cut = asOf;
    b.append(View.table("Events up to " + asOf, List.of("#", "Date", "By", "What", "Why"),
        CaseTimeline.of(file.log()).stream().filter(e -> !e.at().isAfter(cut)).toList(),
        (row, e) -> {
          View.cell(row, String.valueOf(e.version()));
          View.cell(row, e.at().toString());
          View.cell(row, e.by().name() + " (" + org.qsurv.app.web.html.Labels.role(e.by().role()) + ")");
          View.cell(row, e.what());
          View.cell(row, e.why());
        }));
    return View.page(request, "Audit: " + name(code), Optional.of(Section.AUDIT), b.build());
  }
}
