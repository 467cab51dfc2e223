package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records the comprehensive baseline review as done (003 §5.2.3 b). Needs the provider to have
 * been formally notified.
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param summary what the review found, in brief
 * @since 0.1.0
 */
public record CompleteBaselineReview(LocalDate at, Actor by, String rationale,
    String summary) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public CompleteBaselineReview {
    Checks.check(at != null, "CompleteBaselineReview: at is required but was absent");
    Checks.check(by != null, "CompleteBaselineReview: by is required but was absent");
    Checks.check(rationale != null, "CompleteBaselineReview: rationale is required but was absent (it may be blank)");
    Checks.notBlank("baseline review summary", summary);
  }

  @Override
  public CaseAction action() {
    return CaseAction.COMPLETE_BASELINE_REVIEW;
  }
}
