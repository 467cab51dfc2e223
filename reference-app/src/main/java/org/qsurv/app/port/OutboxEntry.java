package org.qsurv.app.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.scoring.reminder.Reminder;

/**
 * A reminder in the outbox: the reminder, the day the daily job found it, and when and to which
 * address it was sent to its owner, if it has been.
 *
 * @param reminder the reminder, with its key, owner, subject and why
 * @param foundOn the day the daily job first found it due
 * @param sentAt when it went out in its owner's digest; empty while waiting
 * @param sentTo the address its owner's digest went to; empty while waiting, and for a reminder
 *     sent before the outbox recorded addresses (schema V14)
 */
public record OutboxEntry(Reminder reminder, LocalDate foundOn, Optional<Instant> sentAt,
    Optional<String> sentTo) {
  public OutboxEntry {
    Objects.requireNonNull(reminder, "reminder");
    Objects.requireNonNull(foundOn, "foundOn");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(sentTo, "sentTo");
  }
}
