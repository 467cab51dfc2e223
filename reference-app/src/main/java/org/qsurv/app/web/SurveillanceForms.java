package org.qsurv.app.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.forms.ActionForms;
import org.qsurv.app.web.forms.FormResult;
import org.qsurv.app.web.forms.SeriesNoteForms;
import org.qsurv.app.web.forms.TriageForm;
import org.qsurv.app.web.forms.WorkflowForms;
import org.qsurv.app.web.html.ProviderCheck;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.FormData;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DeepDive;

/**
 * The handlers of the 1.1 write paths about one provider: triaging an intelligence item,
 * recording and completing an improvement-plan action (adding a risk is the register's own,
 * {@link RiskPages#add}), and the workflows' forms ({@link WorkflowForms}): a CQC rating, a visit
 * planned, done or cancelled, an incident reported with its response received, reviewed and
 * signed off, a contract quality meeting and its actions completed; a recalculation of a series'
 * SPC limits and an annotation of it, on the indicator page ({@link SeriesNoteForms}). Each hands
 * the form to its service in {@code web.forms}; on success it moves the assessments on and returns
 * to the page, on refusal it answers 400 with every refused field named, having written nothing. A form about a provider must name the provider of its
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
  void triage(Context ctx) {
    submit(ctx, "The triage was not recorded", "#intelligence",
        (code, form) -> new TriageForm(ports.intelligence()).submit(code, Pages.path(ctx, "item"),
            form, Pages.user(ctx).userName(), assessments.today()));
  }

  /** POST /providers/{provider}/actions. */
  void addAction(Context ctx) {
    submit(ctx, "The action was not recorded", "#actions",
        (code, form) -> new ActionForms(ports.actions()).add(code, form));
  }

  /** POST /providers/{provider}/actions/{action}/completion. */
  void completeAction(Context ctx) {
    submit(ctx, "The completion was not recorded", "#actions",
        (code, form) -> new ActionForms(ports.actions()).complete(code, Pages.path(ctx, "action"),
            form, assessments.today()));
  }

  /** POST /providers/{provider}/ratings. */
  void recordRating(Context ctx) {
    submit(ctx, "The rating was not recorded", "#ratings",
        (code, form) -> workflows().rating(code, form, assessments.today()));
  }

  /** POST /providers/{provider}/visits. */
  void planVisit(Context ctx) {
    submit(ctx, "The visit was not planned", "#visits",
        (code, form) -> workflows().planVisit(code, form));
  }

  /** POST /providers/{provider}/visits/{visit}/done. */
  void visitDone(Context ctx) {
    submit(ctx, "The visit was not recorded done", "#visits",
        (code, form) -> workflows().visitDone(code, Pages.path(ctx, "visit"), form,
            assessments.today()));
  }

  /** POST /providers/{provider}/visits/{visit}/cancellation. */
  void cancelVisit(Context ctx) {
    submit(ctx, "The visit was not cancelled", "#visits",
        (code, form) -> workflows().cancelVisit(code, Pages.path(ctx, "visit"), form));
  }

  /** POST /providers/{provider}/incidents. */
  void reportIncident(Context ctx) {
    submit(ctx, "The incident was not recorded", "#incidents",
        (code, form) -> workflows().reportIncident(code, form, assessments.today()));
  }

  /** POST /providers/{provider}/incidents/{incident}/response. */
  void responseReceived(Context ctx) {
    submit(ctx, "The response was not recorded", "#incidents",
        (code, form) -> workflows().responseReceived(code, Pages.path(ctx, "incident"), form,
            assessments.today()));
  }

  /** POST /providers/{provider}/incidents/{incident}/review. */
  void reviewResponse(Context ctx) {
    submit(ctx, "The review was not recorded", "#incidents",
        (code, form) -> workflows().review(code, Pages.path(ctx, "incident"), form,
            assessments.today()));
  }

  /** POST /providers/{provider}/incidents/{incident}/resubmission. */
  void responseResubmitted(Context ctx) {
    submit(ctx, "The revised response was not recorded", "#incidents",
        (code, form) -> workflows().resubmitted(code, Pages.path(ctx, "incident"), form,
            assessments.today()));
  }

  /** POST /providers/{provider}/incidents/{incident}/sign-off. */
  void signOffActionPlan(Context ctx) {
    submit(ctx, "The sign-off was not recorded", "#incidents",
        (code, form) -> workflows().signOff(code, Pages.path(ctx, "incident"), form,
            assessments.today()));
  }

  /** POST /providers/{provider}/meetings. */
  void recordMeeting(Context ctx) {
    submit(ctx, "The meeting was not recorded", "#meetings",
        (code, form) -> workflows().meeting(code, form, assessments.today()));
  }

  /** POST /providers/{provider}/meeting-actions/{action}/completion. */
  void completeMeetingAction(Context ctx) {
    submit(ctx, "The completion was not recorded", "#meetings",
        (code, form) -> workflows().completeMeetingAction(code, Pages.path(ctx, "action"), form,
            assessments.today()));
  }

  /** POST /providers/{provider}/indicators/{indicator}/recalculations. */
  void recalculate(Context ctx) {
    String indicator = Pages.path(ctx, "indicator");
    submit(ctx, "The recalculation was not recorded", "/indicators/" + indicator + "#notes",
        (code, form) -> seriesNotes().recalculate(code,
            indicator, form, Pages.user(ctx).displayName(), assessments.today()));
  }

  /** POST /providers/{provider}/indicators/{indicator}/annotations. */
  void annotate(Context ctx) {
    String indicator = Pages.path(ctx, "indicator");
    submit(ctx, "The annotation was not recorded", "/indicators/" + indicator + "#notes",
        (code, form) -> seriesNotes().annotate(code,
            indicator, form, Pages.user(ctx).displayName(), assessments.today()));
  }

  /** POST /providers/{provider}/deep-dives; its route admits {@link DeepDive#AUTHORISED_BY}. */
  void authoriseDeepDive(Context ctx) {
    CurrentUser user = Pages.user(ctx);
    submit(ctx, "The deep dive was not recorded", "#assurance",
        (code, form) -> workflows().deepDive(code, form, assessments.today(),
            Actor.builder().name(user.displayName()).role(user.role())
                .organisation(user.organisation()).build()));
  }

  private SeriesNoteForms seriesNotes() {
    return new SeriesNoteForms(ports.observations(), ports.notes());
  }

  private WorkflowForms workflows() {
    return new WorkflowForms(ports);
  }

  /**
   * A provider's form: refused for an unknown provider (404) or one whose form names another
   * provider than its address ({@link ProviderCheck}, 409: hazard H13); else handed to {@code
   * form}: refused with every field named (400), or accepted, returning to the provider's page at
   * {@code anchor}.
   */
  private void submit(Context ctx, String refusedTitle, String anchor,
      BiFunction<OrganisationCode, FormData, FormResult<?>> form) {
    Optional<OrganisationCode> checked = Pages.formProvider(ctx, ports.directory(),
        why -> Pages.render(ctx, 409, refusedTitle, Optional.of(Section.PROVIDERS),
            Pages.paragraph(why)));
    if (checked.isEmpty()) {
      return;
    }
    OrganisationCode code = checked.get();
    if (form.apply(code, RequestContext.of(ctx).form()) instanceof FormResult.Refused<?> refused) {
      Pages.render(ctx, 400, refusedTitle, Optional.of(Section.PROVIDERS),
          Templates.render("tag/error-summary.jte", Map.of("errors", refused.errors())));
      return;
    }
    assessments.written();
    Pages.redirect(ctx, "/providers/" + code.value() + anchor);
  }
}
