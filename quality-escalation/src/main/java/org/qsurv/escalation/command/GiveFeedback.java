package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Records feedback to the provider on the agreed key risks (003 §5.2.3 d).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class GiveFeedback implements CaseCommand {
  /** What was fed back to the provider on the agreed key risks, in brief; never blank. */
  public abstract String summary();

  @Override
  public final CaseAction action() {
    return CaseAction.GIVE_FEEDBACK;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code summary} are
   * required. The case rejects it until key risks are agreed (003 §5.2.3 d).
   */
  public static ImmutableGiveFeedback.Builder builder() {
    return ImmutableGiveFeedback.builder();
  }

  /** Rejects a blank summary with an {@link IllegalArgumentException} that names the field. */
  @Value.Check
  protected void check() {
    Checks.notBlank("feedback summary", summary());
  }
}
