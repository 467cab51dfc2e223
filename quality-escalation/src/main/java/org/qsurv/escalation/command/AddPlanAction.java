package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Adds an action to the provider-owned improvement plan (003 §5.2.3 e). Needs feedback to have
 * been given; the id must be new to the plan.
 */
@Value.Immutable
@QsurvStyle
public abstract class AddPlanAction implements CaseCommand {
  public abstract String actionId();

  public abstract String description();

  /** The provider's lead for the action. */
  public abstract String lead();

  public abstract LocalDate due();

  /** The metric agreed to measure progress. */
  public abstract String metric();

  @Override
  public final CaseAction action() {
    return CaseAction.ADD_PLAN_ACTION;
  }

  public static ImmutableAddPlanAction.Builder builder() {
    return ImmutableAddPlanAction.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
    Checks.notBlank("plan action description", description());
    Checks.notBlank("plan action lead", lead());
    Checks.notBlank("plan action metric", metric());
  }
}
