package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Signs off an open improvement plan action as completed (003 §5.2.3 e). Needs evidence.
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param actionId the id of the improvement plan action to sign off. The case rejects it unless
 *     the plan has the action, it is still open and it has evidence of implementation
 * @since 0.1.0
 */
public record SignOffAction(LocalDate at, Actor by, String rationale,
    String actionId) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public SignOffAction {
    Checks.check(at != null, "SignOffAction: at is required but was absent");
    Checks.check(by != null, "SignOffAction: by is required but was absent");
    Checks.check(rationale != null, "SignOffAction: rationale is required but was absent (it may be blank)");
    Checks.notBlank("plan action id", actionId);
  }

  @Override
  public CaseAction action() {
    return CaseAction.SIGN_OFF_ACTION;
  }
}
