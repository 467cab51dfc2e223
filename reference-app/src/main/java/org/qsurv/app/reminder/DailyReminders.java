package org.qsurv.app.reminder;

import java.time.LocalDate;
import java.util.Objects;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.scoring.reminder.ReminderPolicy;
import org.qsurv.scoring.reminder.Reminders;

/**
 * The daily job that fills the reminders outbox: what the store records as of the clock's today
 * (the same snapshot the assessment pages evaluate), the reminders due on it, and each added to
 * the outbox unless its key is already there. Run it as often as you like: a reminder still due
 * tomorrow has the same key and is not added again, so no owner is sent it twice.
 *
 * <pre>{@code
 * DailyReminders job = new DailyReminders(ports, JdbcPorts.reminderOutbox(database),
 *     ReminderPolicy.nhsDefaults());
 * int added = job.run();
 * }</pre>
 */
public final class DailyReminders {
  private final Ports ports;
  private final ReminderOutbox outbox;
  private final ReminderPolicy policy;

  /** A job over the store's {@code ports}, filling {@code outbox} by {@code policy}. */
  public DailyReminders(Ports ports, ReminderOutbox outbox, ReminderPolicy policy) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Adds today's reminders that are not in the outbox yet; none while the store holds no
   * surveillance data.
   *
   * @return how many were added
   */
  public int run() {
    if (ports.directory().commissioner().isEmpty()) {
      return 0;  // nothing imported yet: nothing can be due
    }
    LocalDate today = LocalDate.now(ports.clock());
    Snapshot snapshot = StoredSnapshot.asOf(ports, today);
    return outbox.add(Reminders.dueOn(snapshot, today, policy), today);
  }
}
