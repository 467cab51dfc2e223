package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reminders waiting to be sent and those sent: filled once a day from the reminders due
 * ({@code org.qsurv.scoring.reminder.Reminders}), each reminder once by its key, whatever day it
 * is found again on; emptied by whatever sends the owners' digests, which marks each entry sent
 * and records where it went.
 */
public interface ReminderOutbox {
  /**
   * Adds the reminders whose keys are not in the outbox yet, found on {@code foundOn}; a key
   * already there (sent or not) is left as it is.
   *
   * @return how many were added
   */
  int add(List<org.qsurv.scoring.reminder.Reminder> reminders, LocalDate foundOn);

  /** The entries not sent yet, in the order they were added. */
  ImmutableList<OutboxEntry> unsent();

  /** Every entry, sent or not, in the order they were added. */
  ImmutableList<OutboxEntry> entries();

  /** Every entry of {@code owner}, sent or not, in the order they were added. */
  ImmutableList<OutboxEntry> entries(String owner);

  /**
   * Marks the entries with these keys sent at {@code at} to the address {@code to}; an entry
   * already sent keeps its time and address.
   *
   * @return how many were marked
   */
  int markSent(List<String> keys, Instant at, String to);
}
