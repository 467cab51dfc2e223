package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Accepts a trigger into the case (003 §5.2.1), with the ids of its evidence. Accepting a trigger
 * clears any sustained assurance (issue 4 item 2: a step down needs "no new trigger accepted
 * since" the assurance).
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class AcceptTrigger implements CaseCommand {
  /** The trigger's code, e.g. {@code WHISTLEBLOWING}. */
  public abstract String code();

  /** The ids of its evidence. */
  public abstract ImmutableList<String> evidence();

  @Override
  public final CaseAction action() {
    return CaseAction.ACCEPT_TRIGGER;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code code} are
   * required; {@code evidence} may be empty.
   */
  public static ImmutableAcceptTrigger.Builder builder() {
    return ImmutableAcceptTrigger.builder();
  }

  /**
   * Rejects a blank code or a blank evidence id with an {@link IllegalArgumentException} that names
   * the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("trigger code", code());
    evidence().forEach(e -> Checks.notBlank("trigger evidence id", e));
  }
}
