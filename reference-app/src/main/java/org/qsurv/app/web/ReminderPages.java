package org.qsurv.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.port.OutboxEntry;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.model.surveillance.Role;

/**
 * "Reminders sent": the reminders addressed to the signed-in user (an owner the data names by
 * their name or sign-in name), each with the day it was queued and when and to which address it
 * was sent (H48), or why it was not; a quality lead, who is the default owner of whatever the data names no owner for, sees
 * every owner's. The outbox is the application's ({@link WebApplication#showReminders}); until one
 * is given the page says that this application keeps none.
 */
final class ReminderPages {
  /** The outbox and why its reminders are not sent, if they are not; set once at start. */
  record Outbox(ReminderOutbox outbox, Optional<String> notSent) {}

  private volatile Optional<Outbox> outbox = Optional.empty();

  void show(Outbox shown) {
    outbox = Optional.of(shown);
  }

  /** GET /reminders. */
  void sent(Context ctx) {
    CurrentUser user = Pages.user(ctx);
    boolean all = user.role() == Role.ICB_QUALITY_LEAD;
    Optional<Outbox> o = outbox;
    List<OutboxEntry> entries = new ArrayList<>();
    if (o.isPresent()) {
      if (all) {
        entries.addAll(o.get().outbox().entries());
      } else {
        entries.addAll(o.get().outbox().entries(user.displayName()));
        if (!user.userName().equals(user.displayName())) {
          entries.addAll(o.get().outbox().entries(user.userName()));
        }
      }
    }
    entries.sort(Comparator.comparing(OutboxEntry::foundOn).reversed());
    Pages.render(ctx, "Reminders sent", Section.REMINDERS, "system/reminders.jte", Map.of(
        "kept", o.isPresent(), "all", all, "entries", entries,
        "notSent", o.flatMap(Outbox::notSent).orElse("not sent yet: waiting for the next daily"
            + " run"),
        "names", List.of(user.displayName(), user.userName())));
  }
}
