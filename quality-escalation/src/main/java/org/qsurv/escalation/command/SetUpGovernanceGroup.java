package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Records the governance group set up for the case (003 §5.2.3 a).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class SetUpGovernanceGroup implements CaseCommand {
  /** The group's name, e.g. "RH5 enhanced surveillance group"; never blank. */
  public abstract String name();

  @Override
  public final CaseAction action() {
    return CaseAction.SET_UP_GOVERNANCE_GROUP;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code name} are
   * required.
   */
  public static ImmutableSetUpGovernanceGroup.Builder builder() {
    return ImmutableSetUpGovernanceGroup.builder();
  }

  /** Rejects a blank name with an {@link IllegalArgumentException} that names the field. */
  @Value.Check
  protected void check() {
    Checks.notBlank("governance group", name());
  }
}
