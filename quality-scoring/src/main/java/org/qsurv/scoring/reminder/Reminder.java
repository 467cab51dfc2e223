package org.qsurv.scoring.reminder;

import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * One thing someone must do, as of a date: to whom, about what, and why.
 *
 * <p>The {@link #key()} names the fact, not the day: the same risk review falling due on the same
 * date, the same untriaged item, the same overdue response or action gives the same key on every
 * day it stays due, so a digest that records the keys it sent never sends it twice; a new fact (a
 * risk reviewed and due again on a later date) gets a new key.
 *
 * @param key the stable key of the fact, e.g.
 *     {@code RISK_REVIEW_OVERDUE/R-1/reviewed-2025-05-20}
 * @param kind what it is about
 * @param owner who is to act: the owner the data names, or the policy's default owner
 * @param subject the id of the risk, item, incident or action
 * @param provider the provider it concerns; empty for a system risk
 * @param why what is due and the rule that makes it due
 * @since 1.0.0
 */
public record Reminder(String key, ReminderKind kind, String owner, String subject,
    Optional<OrganisationCode> provider, String why) {

  /**
   * Checks that every part is present and the texts are not blank.
   *
   * @throws IllegalArgumentException naming the field and the value
   */
  public Reminder {
    Checks.notBlank("reminder key", key);
    Objects.requireNonNull(kind, "reminder kind");
    Checks.notBlank("reminder owner", owner);
    Checks.notBlank("reminder subject", subject);
    Objects.requireNonNull(provider, "reminder provider");
    Checks.notBlank("reminder why", why);
  }
}
