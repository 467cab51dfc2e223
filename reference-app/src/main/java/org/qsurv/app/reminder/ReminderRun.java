package org.qsurv.app.reminder;

import java.util.Objects;
import java.util.Optional;

/**
 * One day's reminders: the outbox filled with what is due today ({@link DailyReminders}), then the
 * owners' digests sent ({@link ReminderDigests}) when a mail server is configured. Without one,
 * nothing is sent: the reminders wait in the outbox, and the "Reminders sent" page says they are
 * not sent and why. Safe to run more than once a day: a reminder is added and sent once (H35).
 */
public final class ReminderRun {
  /** What the outbox says of a reminder not sent because no mail server is configured. */
  public static final String NO_MAIL = "not sent: this server has no mail server configured"
      + " (serve --smtp-host)";

  private final DailyReminders reminders;
  private final Optional<ReminderDigests> digests;

  /** A run filling the outbox with {@code reminders} and sending {@code digests}, if any. */
  public ReminderRun(DailyReminders reminders, Optional<ReminderDigests> digests) {
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.digests = Objects.requireNonNull(digests, "digests");
  }

  /**
   * Fills the outbox and sends the digests.
   *
   * @return what it did, in words, for the log
   */
  public String run() {
    int added = reminders.run();
    String queued = added + (added == 1 ? " reminder" : " reminders") + " added to the outbox";
    if (digests.isEmpty()) {
      return queued + "; " + NO_MAIL;
    }
    ReminderDigests.Run sent = digests.get().send();
    return queued + "; digests sent to " + sent.sent().size() + " owner"
        + (sent.sent().size() == 1 ? "" : "s") + (sent.left().isEmpty() ? ""
        : "; left for the next run: " + String.join("; ", sent.left()));
  }
}
