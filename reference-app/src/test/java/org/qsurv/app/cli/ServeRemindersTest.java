package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.OutboxEntry;
import org.qsurv.app.port.ReminderOutbox;

/**
 * {@code serve --reminder-address OWNER=ADDRESS} (H48): on the demo data, the daily run at start
 * sends the named owner's digest to that owner's own mailbox and every other owner's to the
 * {@code --reminders-to} fallback, through an in-process mail server (GreenMail), and the outbox
 * records for each reminder the address its digest went to.
 */
class ServeRemindersTest {
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String OWNER = "Deputy Chief Nurse";

  @TempDir
  Path dir;

  @Test
  void anOwnersDigestGoesToTheirOwnAddressAndTheOthersToTheFallback() throws Exception {
    int port = MAIL.getSmtp().getServerSetup().getPort();
    StringWriter out = new StringWriter();
    ServeCommand serve = Cli.serve(out, "serve", "--port", "0", "--db", "jdbc:h2:file:"
        + dir.resolve("qsurv"), "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(port),
        "--smtp-from", "qsurv@icb.example", "--reminders-to", "team@icb.example",
        "--reminder-address", OWNER + "=dcn@icb.example");
    try (ServeCommand.Running running = serve.start()) {
      assertTrue(out.toString().contains("reminders sent through 127.0.0.1:" + port + " to 1 "
          + "owner's own address and team@icb.example for the others"), out.toString());
      List<OutboxEntry> entries = allSent(JdbcPorts.reminderOutbox(running.database()));
      assertTrue(entries.stream().anyMatch(e -> e.reminder().owner().equals(OWNER)),
          "the demo has reminders for the " + OWNER + " on 2025-07-01");
      assertTrue(entries.stream().anyMatch(e -> !e.reminder().owner().equals(OWNER)),
          "and for other owners");
      for (OutboxEntry e : entries) {
        assertEquals(Optional.of(e.reminder().owner().equals(OWNER) ? "dcn@icb.example"
            : "team@icb.example"), e.sentTo(), e.reminder().key());
      }

      long owners = entries.stream().map(e -> e.reminder().owner()).distinct().count();
      MimeMessage[] received = MAIL.getReceivedMessages();
      assertEquals(owners, received.length, "one digest per owner");
      int own = 0;
      for (MimeMessage m : received) {
        String to = m.getAllRecipients()[0].toString();
        boolean ownDigest = GreenMailUtil.getBody(m).startsWith("Reminders for " + OWNER + "\r\n");
        assertEquals(ownDigest ? "dcn@icb.example" : "team@icb.example", to);
        own += ownDigest ? 1 : 0;
      }
      assertEquals(1, own, "the owner's digest reached their own mailbox, once");
    }
  }

  /** The outbox once the daily run at start has sent every reminder it added. */
  private static List<OutboxEntry> allSent(ReminderOutbox outbox) throws InterruptedException {
    for (int i = 0; i < 1_200; i++) {
      List<OutboxEntry> entries = outbox.entries();
      if (!entries.isEmpty() && entries.stream().allMatch(e -> e.sentAt().isPresent())) {
        return entries;
      }
      Thread.sleep(100);
    }
    List<OutboxEntry> unsent = outbox.unsent();
    assertFalse(true, "not sent within 2 minutes: " + unsent.size() + " reminders");
    return unsent;
  }
}
