package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Signs off an open improvement plan action as completed (003 §5.2.3 e). Needs evidence.
 */
@Value.Immutable
@QsurvStyle
public abstract class SignOffAction implements CaseCommand {
  public abstract String actionId();

  @Override
  public final CaseAction action() {
    return CaseAction.SIGN_OFF_ACTION;
  }

  public static ImmutableSignOffAction.Builder builder() {
    return ImmutableSignOffAction.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
  }
}
