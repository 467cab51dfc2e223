package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.OutboxEntry;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.app.reminder.ReminderRun;

/**
 * "Reminders sent" (H35): the quality lead, the default owner of whatever the data names no owner
 * for, sees every owner's reminders with the day each was queued and whether it was sent; without
 * a mail server each says it was not sent and why. A user whom no reminder names sees none of
 * others' (the demo's owners are role titles, not people). A reminder sent shows when and to which
 * address (H48). Who may open it is RouteAuthorisationTest's.
 */
class RemindersPageTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theQualityLeadSeesEveryReminderWithWhenItWasQueuedAndWhyItWasNotSent() throws Exception {
    List<OutboxEntry> entries = JdbcPorts.reminderOutbox(app.database).entries();
    assertFalse(entries.isEmpty(), "the demo has reminders due on 2025-07-01");
    HttpResponse<String> page = app.signIn("m.ellery").get("/reminders");
    assertEquals(200, page.statusCode());
    String body = page.body().replace("&#39;", "'").replace("&quot;", "\"");
    for (OutboxEntry e : entries) {
      assertTrue(body.contains(e.reminder().why()), e.reminder().why());
    }
    assertTrue(body.contains("2025-07-01"), "queued on");
    assertTrue(body.contains(ReminderRun.NO_MAIL), "not sent, and why");

    String viewer = app.signIn("c.tamar").get("/reminders").body()
        .replace("&#39;", "'").replace("&quot;", "\"");
    assertTrue(viewer.contains("Reminders: none."), viewer);
    assertFalse(viewer.contains(entries.get(0).reminder().why()));
  }

  /**
   * A reminder sent shows when and to which address its owner's digest went (H48), whether the
   * owner's own (serve --reminder-address) or the fallback mailbox.
   */
  @Test
  void aSentReminderShowsWhenAndToWhichAddressItWent() throws Exception {
    ReminderOutbox outbox = JdbcPorts.reminderOutbox(app.database);
    OutboxEntry first = outbox.entries().get(0);
    Instant at = Instant.parse("2025-07-01T07:00:05Z");
    assertEquals(1, outbox.markSent(List.of(first.reminder().key()), at, "owner.one@icb.example"));
    String body = app.signIn("m.ellery").get("/reminders").body();
    assertTrue(body.contains("<td>" + at + "</td><td>owner.one@icb.example</td>"), body);
    assertTrue(body.contains(">Sent to<"), "the column's heading");
  }
}
