package org.qsurv.app.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.qsurv.app.Fixtures;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.jdbc.DatabaseKind;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.OnEveryDatabase;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.OutboxEntry;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.scoring.reminder.ReminderKind;
import org.qsurv.scoring.reminder.ReminderPolicy;

/**
 * The daily job fills the outbox from the reminders model, each reminder once by its key (a fact
 * still due the next day is not added again, so never sent twice), on H2 and PostgreSQL: risk
 * R-1 (score 16, reviewed 20 May, so due 20 June: 004 §4.4 monthly) and the whistleblowing item
 * I-1 received 10 June and never triaged (004 §4.3: within the week).
 */
class DailyRemindersTest {
  private static Ports portsOn(TestDatabase db, LocalDate day) {
    return JdbcPorts.open(db.database(),
        Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private static int runOn(TestDatabase db, LocalDate day) {
    return new DailyReminders(portsOn(db, day), JdbcPorts.reminderOutbox(db.database()),
        ReminderPolicy.nhsDefaults()).run();
  }

  @OnEveryDatabase
  void eachReminderIsAddedOnceWhateverDayItIsFoundAgainOn(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      assertEquals(0, runOn(db, LocalDate.of(2025, 6, 18)), "nothing imported, nothing due");
      Ports ports = portsOn(db, LocalDate.of(2025, 7, 1));
      Importer importer = new Importer(ports);
      ImportPlan plan = importer.plan(Fixtures.small(), "fixture", "tester");
      assertTrue(plan.isValid(), plan.problems().toString());
      importer.write(plan, Progress.none());
      ReminderOutbox outbox = JdbcPorts.reminderOutbox(db.database());

      // 18 June: R-1 due in 2 days; I-1 untriaged 8 days after it was received.
      assertEquals(2, runOn(db, LocalDate.of(2025, 6, 18)));
      assertEquals(0, runOn(db, LocalDate.of(2025, 6, 18)), "the same day again");
      assertEquals(0, runOn(db, LocalDate.of(2025, 6, 19)), "the same facts the next day");
      // 21 June: R-1's review is overdue, a new fact.
      assertEquals(1, runOn(db, LocalDate.of(2025, 6, 21)));
      List<OutboxEntry> deputy = outbox.entries("Deputy Chief Nurse");
      assertEquals(List.of(ReminderKind.RISK_REVIEW_DUE, ReminderKind.RISK_REVIEW_OVERDUE),
          deputy.stream().map(e -> e.reminder().kind()).toList());
      assertEquals(LocalDate.of(2025, 6, 18), deputy.get(0).foundOn());
      assertEquals("ICB quality lead", outbox.entries("ICB quality lead").get(0).reminder()
          .owner(), "the item has no owner in the data: the policy's default owner");

      Instant sent = Instant.parse("2025-06-21T07:00:00Z");
      List<String> keys = outbox.unsent().stream().map(e -> e.reminder().key()).toList();
      assertEquals(3, outbox.markSent(keys, sent, "dcn@icb.example"));
      assertEquals(List.of(), outbox.unsent());
      assertEquals(0, outbox.markSent(keys, sent.plusSeconds(60), "other@icb.example"),
          "sent once, at its time, to its address");
      assertEquals(sent, outbox.entries("Deputy Chief Nurse").get(0).sentAt().orElseThrow());
      assertEquals(Optional.of("dcn@icb.example"),
          outbox.entries("Deputy Chief Nurse").get(0).sentTo(), "where it went (H48)");
      assertEquals(0, runOn(db, LocalDate.of(2025, 6, 22)), "still due, already sent");
    }
  }
}
