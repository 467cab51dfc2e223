package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Adds evidence of implementation to an open improvement plan action (003 §5.2.3 e).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class AddActionEvidence implements CaseCommand {
  /**
   * The id of the improvement plan action. The command is rejected unless the plan has the action
   * and it is still open (neither signed off nor closed).
   */
  public abstract String actionId();

  /**
   * The evidence of implementation, as recorded; never blank. Sign-off needs at least one piece
   * (003 §5.2.3 e).
   */
  public abstract String evidence();

  @Override
  public final CaseAction action() {
    return CaseAction.ADD_ACTION_EVIDENCE;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale}, {@code actionId} and
   * {@code evidence} are required.
   */
  public static ImmutableAddActionEvidence.Builder builder() {
    return ImmutableAddActionEvidence.builder();
  }

  /**
   * Rejects a blank action id or evidence with an {@link IllegalArgumentException} that names the
   * field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
    Checks.notBlank("evidence", evidence());
  }
}
