package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records a correction of an earlier event of the case, referenced by its version: a correction is
 * a new record, so the audit trail (003 §3) keeps what was first recorded.
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param corrects the version of the event corrected
 * @param note what was wrong and what is right
 * @since 0.1.0
 */
public record RecordCorrection(LocalDate at, Actor by, String rationale,
    long corrects, String note) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public RecordCorrection {
    CommandChecks.requireWhoWhenWhy("RecordCorrection", at, by, rationale);
    Checks.check(corrects >= 1,
        () -> "corrects must be the version of an earlier event (1 or more) but was " + corrects);
    Checks.notBlank("correction note", note);
  }

  @Override
  public CaseAction action() {
    return CaseAction.RECORD_CORRECTION;
  }
}
