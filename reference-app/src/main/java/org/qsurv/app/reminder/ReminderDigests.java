package org.qsurv.app.reminder;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.MailSender;
import org.qsurv.app.port.OutboxEntry;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.app.port.StoreException;

/**
 * Sends the daily digests: the outbox's unsent reminders, one message per owner, each owner's
 * entries marked sent once their message is handed over. An owner whose message fails, or who
 * has no address, keeps its entries unsent for the next run: a reminder is sent at most once, and
 * not lost.
 *
 * <p>Owners are what the data names (a risk's owner, an action's owner) or the reminder policy's
 * default owner: role titles more often than people, so the addresses are configuration
 * ({@code addresses}, with a {@code fallback} for owners not in it, e.g. the quality team's
 * mailbox).
 */
public final class ReminderDigests {
  private final ReminderOutbox outbox;
  private final MailSender mail;
  private final Clock clock;
  private final Map<String, String> addresses;
  private final Optional<String> fallback;

  /** Digests from {@code outbox} through {@code mail}, to the owners' {@code addresses}. */
  public ReminderDigests(ReminderOutbox outbox, MailSender mail, Clock clock,
      Map<String, String> addresses, Optional<String> fallback) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.mail = Objects.requireNonNull(mail, "mail");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.addresses = Map.copyOf(addresses);
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /**
   * What a run did: the owners whose digest was sent, and those left for the next run (no
   * address, or the message failed), each with why.
   *
   * @param sent the owners sent a digest
   * @param left the owners whose reminders stay unsent, with why
   */
  public record Run(ImmutableList<String> sent, ImmutableList<String> left) {}

  /** Sends a digest to each owner with unsent reminders. */
  public Run send() {
    Map<String, List<OutboxEntry>> byOwner = new LinkedHashMap<>();
    for (OutboxEntry e : outbox.unsent()) {
      byOwner.computeIfAbsent(e.reminder().owner(), k -> new ArrayList<>()).add(e);
    }
    ImmutableList.Builder<String> sent = ImmutableList.builder();
    ImmutableList.Builder<String> left = ImmutableList.builder();
    for (Map.Entry<String, List<OutboxEntry>> owner : byOwner.entrySet()) {
      Optional<String> to = Optional.ofNullable(addresses.get(owner.getKey())).or(() -> fallback);
      if (to.isEmpty()) {
        left.add(owner.getKey() + ": no address");
        continue;
      }
      try {
        mail.send(to.get(), subject(owner.getValue()), body(owner.getKey(), owner.getValue()));
      } catch (StoreException e) {
        left.add(owner.getKey() + ": " + e.getMessage());
        continue;
      }
      outbox.markSent(owner.getValue().stream().map(e -> e.reminder().key()).toList(),
          clock.instant(), to.get());
      sent.add(owner.getKey());
    }
    return new Run(sent.build(), left.build());
  }

  private static String subject(List<OutboxEntry> entries) {
    return "qsurv: " + entries.size() + (entries.size() == 1 ? " reminder" : " reminders");
  }

  /** The digest's text: for whom, then each reminder's why, one paragraph each. */
  static String body(String owner, List<OutboxEntry> entries) {
    StringBuilder text = new StringBuilder("Reminders for " + owner + "\n");
    for (OutboxEntry e : entries) {
      text.append("\n- ").append(e.reminder().why()).append(" [").append(e.reminder().key())
          .append("]\n");
    }
    return text.toString();
  }
}
