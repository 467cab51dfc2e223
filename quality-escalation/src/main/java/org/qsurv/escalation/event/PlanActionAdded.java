package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.qsurv.model.Checks;

/**
 * An action added to the provider-owned improvement plan (003 §5.2.3 e: "allocating leads",
 * with "metrics ... agreed that will be used to measure progress").
 *
 * @param actionId the action's id, e.g. {@code A-1}: unique within the plan
 * @param description what the provider will do
 * @param lead the provider's lead for the action
 * @param due the date the action is due: an action still open after it is overdue
 * @param metric the metric agreed to measure progress
 * @since 0.1.0
 */
public record PlanActionAdded(String actionId, String description, String lead, LocalDate due, String metric) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public PlanActionAdded {
    Checks.check(due != null, "PlanActionAdded: due is required but was absent");
    Checks.notBlank("plan action id", actionId);
    Checks.notBlank("plan action description", description);
    Checks.notBlank("plan action lead", lead);
    Checks.notBlank("plan action metric", metric);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.PLAN_ACTION_ADDED;
  }
}
