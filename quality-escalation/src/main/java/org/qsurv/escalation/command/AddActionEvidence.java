package org.qsurv.escalation.command;

import org.immutables.value.Value;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Adds evidence of implementation to an open improvement plan action (003 §5.2.3 e).
 */
@Value.Immutable
@QsurvStyle
public abstract class AddActionEvidence implements CaseCommand {
  public abstract String actionId();

  public abstract String evidence();

  @Override
  public final CaseAction action() {
    return CaseAction.ADD_ACTION_EVIDENCE;
  }

  public static ImmutableAddActionEvidence.Builder builder() {
    return ImmutableAddActionEvidence.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
    Checks.notBlank("evidence", evidence());
  }
}
