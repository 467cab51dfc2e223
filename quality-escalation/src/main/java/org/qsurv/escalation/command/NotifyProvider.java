package org.qsurv.escalation.command;

import java.time.LocalDate;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records the formal notice to the provider: written notice, or a contract performance notice
 * where a contract breach is suspected (003 §5.2.3 a).
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param method how the provider is told: written notice, or a contract performance notice where a
 *     contract breach is suspected
 * @since 0.1.0
 */
public record NotifyProvider(LocalDate at, Actor by, String rationale,
    NoticeMethod method) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public NotifyProvider {
    Checks.check(at != null, "NotifyProvider: at is required but was absent");
    Checks.check(by != null, "NotifyProvider: by is required but was absent");
    Checks.check(rationale != null, "NotifyProvider: rationale is required but was absent (it may be blank)");
    Checks.check(method != null, "NotifyProvider: method is required but was absent");
  }

  @Override
  public CaseAction action() {
    return CaseAction.NOTIFY_PROVIDER;
  }
}
