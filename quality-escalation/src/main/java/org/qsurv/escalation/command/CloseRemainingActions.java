package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;

/**
 * An ICB director's explicit decision to close every improvement plan action not signed off, with
 * its rationale, so that the case may step down from enhanced (issue 4 item 3).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class CloseRemainingActions implements CaseCommand {
  @Override
  public final CaseAction action() {
    return CaseAction.CLOSE_REMAINING_ACTIONS;
  }

  /**
   * A builder for the command: {@code at}, {@code by} and {@code rationale} are required; it has
   * nothing else, as it closes every action still open. The case rejects it when no action is open.
   */
  public static ImmutableCloseRemainingActions.Builder builder() {
    return ImmutableCloseRemainingActions.builder();
  }
}
