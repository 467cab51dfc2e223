package org.qsurv.app.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qsurv.app.jdbc.DatabaseKind;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.reminder.Reminder;
import org.qsurv.scoring.reminder.ReminderKind;

/**
 * The daily digests go out over SMTP, one message per owner, to an in-process mail server the
 * test starts (GreenMail); each owner's reminders are marked sent when the message is handed over,
 * so the next run sends nothing; an owner without an address keeps its reminders for the next
 * run rather than losing them.
 */
class ReminderDigestsTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Instant NOW = Instant.parse("2025-06-21T07:00:00Z");

  private static Reminder reminder(String key, String owner, String why) {
    return new Reminder(key, ReminderKind.RISK_REVIEW_OVERDUE, owner, key.split("/")[1],
        Optional.of(OrganisationCode.of("RH5")), why);
  }

  @Test
  void eachOwnerGetsOneDigestOnceAndAnOwnerWithoutAnAddressKeepsItsReminders() throws Exception {
    try (TestDatabase db = DatabaseKind.H2.open()) {
      ReminderOutbox outbox = JdbcPorts.reminderOutbox(db.database());
      outbox.add(List.of(
          reminder("RISK_REVIEW_OVERDUE/R-1/reviewed-2025-05-20", "Deputy Chief Nurse",
              "Risk R-1 was due for review on 2025-06-20"),
          reminder("RISK_REVIEW_OVERDUE/R-2/reviewed-2025-05-01", "Deputy Chief Nurse",
              "Risk R-2 was due for review on 2025-06-01"),
          reminder("RISK_REVIEW_OVERDUE/R-3/never-reviewed", "Estates Lead",
              "Risk R-3 was never reviewed")), LocalDate.of(2025, 6, 21));
      SmtpMailSender smtp = new SmtpMailSender("127.0.0.1",
          MAIL.getSmtp().getServerSetup().getPort(), "qsurv@icb.example");
      ReminderDigests digests = new ReminderDigests(outbox, smtp,
          Clock.fixed(NOW, ZoneOffset.UTC), Map.of("Deputy Chief Nurse", "dcn@icb.example"),
          Optional.empty());

      ReminderDigests.Run run = digests.send();
      assertEquals(List.of("Deputy Chief Nurse"), run.sent());
      assertEquals(List.of("Estates Lead: no address"), run.left());
      MimeMessage[] received = MAIL.getReceivedMessages();
      assertEquals(1, received.length, "one digest for the owner's two reminders");
      assertEquals("dcn@icb.example", received[0].getAllRecipients()[0].toString());
      assertEquals("qsurv: 2 reminders", received[0].getSubject());
      String body = GreenMailUtil.getBody(received[0]);
      assertTrue(body.contains("Risk R-1 was due for review on 2025-06-20"), body);
      assertTrue(body.contains("Risk R-2 was due for review on 2025-06-01"), body);
      assertEquals(Optional.of(NOW),
          outbox.entries("Deputy Chief Nurse").get(0).sentAt(), "sent, and when");

      assertEquals(List.of(), digests.send().sent(), "nothing is sent twice");
      assertEquals(1, MAIL.getReceivedMessages().length);
      assertEquals(1, outbox.unsent().size(), "Estates Lead's reminder waits for an address");
    }
  }
}
