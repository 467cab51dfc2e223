package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * An action added to the provider-owned improvement plan (003 §5.2.3 e: "allocating leads",
 * with "metrics ... agreed that will be used to measure progress").
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutablePlanActionAdded.class)
@JsonDeserialize(as = ImmutablePlanActionAdded.class)
public abstract class PlanActionAdded implements CaseFact {
  /** The action's id, e.g. {@code A-1}: unique within the plan. */
  public abstract String actionId();

  /** What the provider will do. */
  public abstract String description();

  /** The provider's lead for the action. */
  public abstract String lead();

  /** The date the action is due: an action still open after it is overdue. */
  public abstract LocalDate due();

  /** The metric agreed to measure progress. */
  public abstract String metric();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.PLAN_ACTION_ADDED;
  }

  /**
   * A builder for the fact: {@code actionId}, {@code description}, {@code lead}, {@code due} and
   * {@code metric} are all required.
   */
  public static ImmutablePlanActionAdded.Builder builder() {
    return ImmutablePlanActionAdded.builder();
  }

  /**
   * Rejects a blank id, description, lead or metric with an {@link IllegalArgumentException} that
   * names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
    Checks.notBlank("plan action description", description());
    Checks.notBlank("plan action lead", lead());
    Checks.notBlank("plan action metric", metric());
  }
}
