package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;

/**
 * Names the ICB quality lead for the case (003 §5.2.3 a). The first step of the procedure: the
 * other steps need a named lead.
 */
@Value.Immutable
@PublicImplementationStyle
public abstract class AppointLead implements CaseCommand {
  /** The lead's name. */
  public abstract String lead();

  @Override
  public final CaseAction action() {
    return CaseAction.APPOINT_LEAD;
  }

  /**
   * A builder for the command: {@code at}, {@code by}, {@code rationale} and {@code lead} are
   * required.
   */
  public static ImmutableAppointLead.Builder builder() {
    return ImmutableAppointLead.builder();
  }

  /**
   * Rejects a blank lead with an {@link IllegalArgumentException} that names the field and the
   * value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("ICB quality lead", lead());
  }
}
