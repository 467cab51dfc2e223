package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Records feedback to the provider on the agreed key risks (003 §5.2.3 d).
 */
@Value.Immutable
@QsurvStyle
public abstract class GiveFeedback implements CaseCommand {
  public abstract String summary();

  @Override
  public final CaseAction action() {
    return CaseAction.GIVE_FEEDBACK;
  }

  public static ImmutableGiveFeedback.Builder builder() {
    return ImmutableGiveFeedback.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("feedback summary", summary());
  }
}
