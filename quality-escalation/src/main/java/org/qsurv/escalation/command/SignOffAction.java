package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Signs off an open improvement plan action as completed (003 §5.2.3 e). Needs evidence.
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class SignOffAction implements CaseCommand {
  /**
   * The id of the improvement plan action to sign off. The case rejects it unless the plan has the
   * action, it is still open and it has evidence of implementation.
   */
  public abstract String actionId();

  @Override
  public final CaseAction action() {
    return CaseAction.SIGN_OFF_ACTION;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code actionId} are
   * required.
   */
  public static ImmutableSignOffAction.Builder builder() {
    return ImmutableSignOffAction.builder();
  }

  /** Rejects a blank action id with an {@link IllegalArgumentException} that names the field. */
  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
  }
}
