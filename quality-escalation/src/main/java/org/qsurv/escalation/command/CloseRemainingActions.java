package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * An ICB director's explicit decision to close every improvement plan action not signed off, with
 * its rationale, so that the case may step down from enhanced (003 §5.2.3 e).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @since 0.1.0
 */
public record CloseRemainingActions(LocalDate at, Actor by, String rationale) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public CloseRemainingActions {
    Checks.check(at != null, "CloseRemainingActions: at is required but was absent");
    Checks.check(by != null, "CloseRemainingActions: by is required but was absent");
    Checks.check(rationale != null, "CloseRemainingActions: rationale is required but was absent (it may be blank)");
  }

  @Override
  public CaseAction action() {
    return CaseAction.CLOSE_REMAINING_ACTIONS;
  }
}
