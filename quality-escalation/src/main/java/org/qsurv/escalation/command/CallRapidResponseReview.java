package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Calls a rapid response review, the urgent route at any level (003 Appendix 2). Clears any
 * sustained assurance, as a risk summit does.
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @since 0.1.0
 */
public record CallRapidResponseReview(LocalDate at, Actor by, String rationale) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public CallRapidResponseReview {
    Checks.check(at != null, "CallRapidResponseReview: at is required but was absent");
    Checks.check(by != null, "CallRapidResponseReview: by is required but was absent");
    Checks.check(rationale != null, "CallRapidResponseReview: rationale is required but was absent (it may be blank)");
  }

  @Override
  public CaseAction action() {
    return CaseAction.CALL_RAPID_RESPONSE_REVIEW;
  }
}
