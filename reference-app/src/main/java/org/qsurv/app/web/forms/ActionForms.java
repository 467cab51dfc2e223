package org.qsurv.app.web.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.qsurv.app.port.ImprovementPlans;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.Checks;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The forms of a provider's improvement plan (003 §5.2.3 e): recording an action (fields
 * {@code description}, {@code owner}, {@code due} as YYYY-MM-DD) and completing one (field
 * {@code completed}, YYYY-MM-DD, not after today). An action not completed by its due date is
 * overdue, and overdue actions of a provider on enhanced or intensive surveillance fire
 * IMPROVEMENT_ACTIONS_OVERDUE (003 §5.2.1). A form posted under one provider's page never
 * completes another provider's action (hazard H13).
 *
 * @since 1.0.0
 */
public final class ActionForms {
  private final ImprovementPlans plans;

  /** The forms over {@code plans}. */
  public ActionForms(ImprovementPlans plans) {
    this.plans = Objects.requireNonNull(plans, "plans");
  }

  /**
   * Reads the new-action form and, if every field is accepted, records the action under a new id.
   *
   * @return the action recorded, or every refused field (nothing written)
   */
  public FormResult<ImprovementAction> add(OrganisationCode provider, FormData form) {
    FormReader f = new FormReader(form);
    String description = f.text("description", 4000);
    String owner = f.text("owner", 300);
    Optional<LocalDate> due = f.date("due");
    return f.result("description", () -> {
      ImprovementAction action = ImprovementAction.builder()
          .id(ActionId.of("web-" + UUID.randomUUID())).provider(provider)
          .description(description).owner(owner).due(due.orElseThrow()).build();
      plans.add(action);
      return action;
    });
  }

  /**
   * Reads the completion form and, if every field is accepted, records that {@code actionId} was
   * completed.
   *
   * @param today the application's today: a completion is never dated after it
   * @return the action as completed, or every refused field (nothing written)
   */
  public FormResult<ImprovementAction> complete(OrganisationCode provider, String actionId,
      FormData form, LocalDate today) {
    Optional<ImprovementAction> action = action(provider, actionId);
    if (action.isEmpty()) {
      return FormResult.Refused.of("action", "action must be an action of " + provider
          + "'s improvement plan but was " + Checks.quote(actionId));
    }
    FormReader f = new FormReader(form);
    Optional<LocalDate> completed = f.date("completed", today);
    action.get().completed().ifPresent(c -> f.refuse("completed", "action " + actionId
        + " was already completed on " + c + ": a completion is recorded once"));
    return f.result("completed",
        () -> plans.complete(action.get().id(), completed.orElseThrow()));
  }

  private Optional<ImprovementAction> action(OrganisationCode provider, String actionId) {
    try {
      return plans.action(ActionId.of(actionId)).filter(a -> a.provider().equals(provider));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
