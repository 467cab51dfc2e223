package org.qsurv.app.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qsurv.app.Fixtures;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.jdbc.DatabaseKind;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.OutboxEntry;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.scoring.reminder.ReminderPolicy;

/**
 * The daily run {@code serve} schedules sends each reminder once (H35), through SMTP to an
 * in-process mail server (GreenMail): a second run the same day sends nothing, the next day
 * nothing again while the facts are the same, and a new fact (a review now overdue) goes out alone;
 * every reminder key appears in exactly one message. Without a mail server, nothing is sent and the
 * outbox keeps the reminders unsent, the run saying why.
 */
class ReminderRunTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  private static Ports portsOn(TestDatabase db, LocalDate day) {
    return JdbcPorts.open(db.database(),
        Clock.fixed(day.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private static ReminderRun runOn(TestDatabase db, LocalDate day, boolean mail) {
    Ports ports = portsOn(db, day);
    ReminderOutbox outbox = JdbcPorts.reminderOutbox(db.database());
    return new ReminderRun(new DailyReminders(ports, outbox, ReminderPolicy.nhsDefaults()),
        mail ? Optional.of(new ReminderDigests(outbox, new SmtpMailSender("127.0.0.1",
            MAIL.getSmtp().getServerSetup().getPort(), "qsurv@icb.example"), ports.clock(),
            Map.of(), Optional.of("quality.team@icb.example"))) : Optional.empty());
  }

  private static void load(TestDatabase db) {
    Ports ports = portsOn(db, LocalDate.of(2025, 7, 1));
    ImportPlan plan = new Importer(ports).plan(Fixtures.small(), "fixture", "tester");
    assertTrue(plan.isValid(), plan.problems().toString());
    new Importer(ports).write(plan, Progress.none());
  }

  @Test
  void aSecondRunTheSameDayOrTheNextDaySendsNothingTwice() throws Exception {
    try (TestDatabase db = DatabaseKind.H2.open()) {
      load(db);
      // 18 June: R-1 (Deputy Chief Nurse) due in 2 days; I-1 (ICB quality lead) untriaged.
      String first = runOn(db, LocalDate.of(2025, 6, 18), true).run();
      assertTrue(first.startsWith("2 reminders added to the outbox; digests sent to 2 owners"),
          first);
      assertEquals(2, MAIL.getReceivedMessages().length, "one digest per owner");
      assertTrue(runOn(db, LocalDate.of(2025, 6, 18), true).run()
          .startsWith("0 reminders added to the outbox; digests sent to 0 owners"));
      assertTrue(runOn(db, LocalDate.of(2025, 6, 19), true).run()
          .startsWith("0 reminders added to the outbox; digests sent to 0 owners"));
      assertEquals(2, MAIL.getReceivedMessages().length, "nothing twice, the same or next day");
      // 21 June: R-1's review is overdue, a new fact, sent alone.
      assertTrue(runOn(db, LocalDate.of(2025, 6, 21), true).run()
          .startsWith("1 reminder added to the outbox; digests sent to 1 owner"));
      MimeMessage[] received = MAIL.getReceivedMessages();
      assertEquals(3, received.length);
      Set<String> seen = new HashSet<>();
      for (OutboxEntry e : JdbcPorts.reminderOutbox(db.database()).entries()) {
        int in = 0;
        for (MimeMessage m : received) {
          if (m.getContent().toString().contains("[" + e.reminder().key() + "]")) {
            in++;
          }
        }
        assertEquals(1, in, e.reminder().key() + " is in exactly one message");
        assertTrue(e.sentAt().isPresent(), "marked sent");
        assertTrue(seen.add(e.reminder().key()));
      }
      assertEquals(3, seen.size());
    }
  }

  @Test
  void withoutAMailServerNothingIsSentAndTheOutboxSaysSo() {
    try (TestDatabase db = DatabaseKind.H2.open()) {
      load(db);
      String run = runOn(db, LocalDate.of(2025, 6, 18), false).run();
      assertEquals("2 reminders added to the outbox; " + ReminderRun.NO_MAIL, run);
      List<OutboxEntry> entries = JdbcPorts.reminderOutbox(db.database()).entries();
      assertEquals(2, entries.size());
      assertTrue(entries.stream().allMatch(e -> e.sentAt().isEmpty()), "none sent");
      assertEquals(0, MAIL.getReceivedMessages().length);
    }
  }
}
