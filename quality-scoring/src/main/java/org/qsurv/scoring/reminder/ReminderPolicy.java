package org.qsurv.scoring.reminder;

import java.util.Objects;
import org.qsurv.model.Checks;
import org.qsurv.scoring.risk.RiskReviewPolicy;

/**
 * The local choices of reminders: the review intervals of risks, how many days ahead a review is
 * announced, the days within which intelligence is triaged, and who is reminded of what the data
 * names no owner for.
 *
 * <p>Intelligence and serious incidents carry no owner in the snapshot: their reminders go to
 * {@code defaultOwner} (by default the ICB quality lead, who chairs the weekly insights meeting
 * where new intelligence is triaged, 004 §4.3). Risks and actions go to the owner they name.
 *
 * @param riskReview the review intervals by rating (NPSA 2008; 004 §4.4: 15 and above monthly)
 * @param reviewDueWithinDays a review due within this many days (0-90) is announced
 * @param triageDays a concern not triaged more than this many days (1-365) after it was received
 *     is a reminder (default 7: the weekly insights meeting)
 * @param defaultOwner who is reminded where the data names no owner
 * @since 1.0.0
 */
public record ReminderPolicy(RiskReviewPolicy riskReview, int reviewDueWithinDays,
    int triageDays, String defaultOwner) {

  /**
   * Checks the ranges and that the default owner is not blank.
   *
   * @throws IllegalArgumentException naming the field and the value
   */
  public ReminderPolicy {
    Objects.requireNonNull(riskReview, "reminder riskReview");
    Checks.inRange("reminder reviewDueWithinDays", reviewDueWithinDays, 0, 90);
    Checks.inRange("reminder triageDays", triageDays, 1, 365);
    Checks.notBlank("reminder defaultOwner", defaultOwner);
  }

  /**
   * The defaults: the national review intervals, reviews announced 14 days ahead, triage within
   * 7 days, and the ICB quality lead for what has no owner.
   */
  public static ReminderPolicy nhsDefaults() {
    return new ReminderPolicy(RiskReviewPolicy.nhsDefaults(), 14, 7, "ICB quality lead");
  }
}
