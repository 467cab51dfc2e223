package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Adds an action to the provider-owned improvement plan (003 §5.2.3 e). Needs feedback to have
 * been given; the id must be new to the plan.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract sealed class AddPlanAction implements CaseCommand permits ImmutableAddPlanAction {
  /** The action's id: the command is rejected if the plan already has an action with it. */
  public abstract String actionId();

  /** What the provider will do. */
  public abstract String description();

  /** The provider's lead for the action. */
  public abstract String lead();

  /** The date the action is due: an action still open after it is overdue. */
  public abstract LocalDate due();

  /** The metric agreed to measure progress. */
  public abstract String metric();

  @Override
  public final CaseAction action() {
    return CaseAction.ADD_PLAN_ACTION;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale}, {@code actionId},
   * {@code description}, {@code lead}, {@code due} and {@code metric} are all required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link AddPlanAction}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableAddPlanAction.Builder {}

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
