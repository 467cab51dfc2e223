package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Adds evidence of implementation to an open improvement plan action (003 §5.2.3 e).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param actionId the id of the improvement plan action. The command is rejected unless the plan
 *     has the action and it is still open (neither signed off nor closed)
 * @param evidence the evidence of implementation, as recorded; never blank. Sign-off needs at
 *     least one piece (003 §5.2.3 e)
 * @since 0.1.0
 */
public record AddActionEvidence(LocalDate at, Actor by, String rationale,
    String actionId, String evidence) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public AddActionEvidence {
    Checks.check(at != null, "AddActionEvidence: at is required but was absent");
    Checks.check(by != null, "AddActionEvidence: by is required but was absent");
    Checks.check(rationale != null, "AddActionEvidence: rationale is required but was absent (it may be blank)");
    Checks.notBlank("plan action id", actionId);
    Checks.notBlank("evidence", evidence);
  }

  @Override
  public CaseAction action() {
    return CaseAction.ADD_ACTION_EVIDENCE;
  }
}
