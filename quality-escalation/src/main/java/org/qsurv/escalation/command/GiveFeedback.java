package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records feedback to the provider on the agreed key risks (003 §5.2.3 d).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param summary what was fed back to the provider on the agreed key risks, in brief; never blank
 * @since 0.1.0
 */
public record GiveFeedback(LocalDate at, Actor by, String rationale, String summary) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public GiveFeedback {
    Checks.check(at != null, "GiveFeedback: at is required but was absent");
    Checks.check(by != null, "GiveFeedback: by is required but was absent");
    Checks.check(rationale != null, "GiveFeedback: rationale is required but was absent (it may be blank)");
    Checks.notBlank("feedback summary", summary);
  }

  @Override
  public CaseAction action() {
    return CaseAction.GIVE_FEEDBACK;
  }
}
