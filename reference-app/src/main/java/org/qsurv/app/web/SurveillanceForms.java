package org.qsurv.app.web;

import java.util.Map;
import java.util.Optional;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.forms.ActionForms;
import org.qsurv.app.web.forms.FormResult;
import org.qsurv.app.web.forms.RiskForm;
import org.qsurv.app.web.forms.TriageForm;
import org.qsurv.app.web.html.ProviderCheck;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.html.UrlPath;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;

/**
 * The handlers of the 1.1 write paths: triaging an intelligence item, recording and completing
 * an improvement-plan action, adding a risk (a system risk among them). Each hands the form to
 * its service in {@code web.forms}; on success it moves the assessments on and returns to the
 * page, on refusal it answers 400 with every refused field named, having written nothing. A form
 * about a provider must name the provider of its address ({@link ProviderCheck}). The route table
 * admits the ICB roles only, and the CSRF token is checked before these run.
 */
final class SurveillanceForms {
  private final Ports ports;
  private final Assessments assessments;

  SurveillanceForms(Ports ports, Assessments assessments) {
    this.ports = ports;
    this.assessments = assessments;
  }

  /** POST /providers/{provider}/intelligence/{item}/triage. */
  Response triage(Request request) {
    OrganisationCode code = request.provider();
    Optional<Response> refused = unchecked(request, code, "The triage was not recorded");
    if (refused.isPresent()) {
      return refused.get();
    }
    return answer(request, "The triage was not recorded", Section.PROVIDERS,
        new TriageForm(ports.intelligence()).submit(code, request.path("item"), request.form(),
            request.user().userName(), assessments.today()),
        "/providers/" + code.value() + "#intelligence");
  }

  /** POST /providers/{provider}/actions. */
  Response addAction(Request request) {
    OrganisationCode code = request.provider();
    Optional<Response> refused = unchecked(request, code, "The action was not recorded");
    if (refused.isPresent()) {
      return refused.get();
    }
    return answer(request, "The action was not recorded", Section.PROVIDERS,
        new ActionForms(ports.actions()).add(code, request.form()),
        "/providers/" + code.value() + "#actions");
  }

  /** POST /providers/{provider}/actions/{action}/completion. */
  Response completeAction(Request request) {
    OrganisationCode code = request.provider();
    Optional<Response> refused = unchecked(request, code, "The completion was not recorded");
    if (refused.isPresent()) {
      return refused.get();
    }
    return answer(request, "The completion was not recorded", Section.PROVIDERS,
        new ActionForms(ports.actions()).complete(code, request.path("action"), request.form(),
            assessments.today()),
        "/providers/" + code.value() + "#actions");
  }

  /** POST /risks: a provider's risk, or a system risk ({@code provider=system}). */
  Response addRisk(Request request) {
    FormResult<Risk> result =
        new RiskForm(ports.risks(), ports.directory()).add(request.form(), assessments.today());
    String to = result instanceof FormResult.Accepted<Risk> a
        ? UrlPath.of("risks", a.value().id().value()) : "/risks";
    return answer(request, "The risk was not added", Section.RISK_REGISTER, result, to);
  }

  /**
   * The answer to a post about an unknown provider (404) or one whose form names another
   * provider than its address ({@link ProviderCheck}, 409: hazard H13), if it is either.
   */
  private Optional<Response> unchecked(Request request, OrganisationCode code, String title) {
    if (ports.directory().provider(code).isEmpty()) {
      return Optional.of(View.notFound(request));
    }
    return ProviderCheck.refusal(code, request.field(ProviderCheck.FIELD_NAME))
        .map(why -> View.page(request, 409, title, Optional.of(Section.PROVIDERS),
            View.paragraph(why)));
  }

  private Response answer(Request request, String refusedTitle, Section section,
      FormResult<?> result, String redirect) {
    if (result instanceof FormResult.Refused<?> refused) {
      return View.page(request, 400, refusedTitle, Optional.of(section),
          Templates.render("tag/error-summary.jte", Map.of("errors", refused.errors())));
    }
    assessments.written();
    return Response.redirect(redirect);
  }
}
