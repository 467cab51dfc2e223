package org.qsurv.app.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.forms.ActionForms;
import org.qsurv.app.web.forms.FormResult;
import org.qsurv.app.web.forms.TriageForm;
import org.qsurv.app.web.html.ProviderCheck;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The handlers of the 1.1 write paths about one provider: triaging an intelligence item,
 * recording and completing an improvement-plan action (adding a risk is the register's own,
 * {@link RiskPages#add}). Each hands the form to its service in {@code web.forms}; on success it
 * moves the assessments on and returns to the page, on refusal it answers 400 with every refused
 * field named, having written nothing. A form about a provider must name the provider of its
 * address ({@link ProviderCheck}). The route table admits the ICB roles only, and the CSRF token is
 * checked before these run.
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
    return submit(request, "The triage was not recorded", "#intelligence",
        code -> new TriageForm(ports.intelligence()).submit(code, request.path("item"),
            request.form(), request.user().userName(), assessments.today()));
  }

  /** POST /providers/{provider}/actions. */
  Response addAction(Request request) {
    return submit(request, "The action was not recorded", "#actions",
        code -> new ActionForms(ports.actions()).add(code, request.form()));
  }

  /** POST /providers/{provider}/actions/{action}/completion. */
  Response completeAction(Request request) {
    return submit(request, "The completion was not recorded", "#actions",
        code -> new ActionForms(ports.actions()).complete(code, request.path("action"),
            request.form(), assessments.today()));
  }

  /**
   * A provider's form: refused as {@link #unchecked} says, else handed to {@code form} and
   * answered, returning to the provider's page at {@code anchor} when it is accepted.
   */
  private Response submit(Request request, String refusedTitle, String anchor,
      Function<OrganisationCode, FormResult<?>> form) {
    OrganisationCode code = request.provider();
    Optional<Response> refused = unchecked(request, code, refusedTitle);
    if (refused.isPresent()) {
      return refused.get();
    }
    return answer(request, refusedTitle, Section.PROVIDERS, form.apply(code),
        "/providers/" + code.value() + anchor);
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
