package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qsurv.app.port.OutboxEntry;
import org.qsurv.app.port.ReminderOutbox;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.reminder.Reminder;
import org.qsurv.scoring.reminder.ReminderKind;

/**
 * The {@link ReminderOutbox} in the {@code reminder_outbox} table (migrations V8 and V14). A row
 * is added once per key (the key is unique: two jobs adding the same reminder at once cannot both
 * add it); its one update is {@code sent_at} and {@code sent_to}, from none to a time and address.
 */
final class JdbcReminderOutbox implements ReminderOutbox {
  private static final String COLUMNS = "reminder_key, owner, kind, subject, provider_code, why,"
      + " found_on, sent_at, sent_to";
  private final Sql sql;

  JdbcReminderOutbox(Sql sql) {
    this.sql = sql;
  }

  @Override
  public int add(List<Reminder> reminders, LocalDate foundOn) {
    if (reminders.isEmpty()) {
      return 0;
    }
    return sql.write(c -> {
      Set<String> known = new HashSet<>();
      try (PreparedStatement s = c.prepareStatement("SELECT reminder_key FROM reminder_outbox");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          known.add(r.getString(1));
        }
      }
      int added = 0;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO reminder_outbox (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
        for (Reminder r : reminders) {
          if (!known.add(r.key())) {
            continue;
          }
          s.setString(1, r.key());
          s.setString(2, r.owner());
          s.setString(3, r.kind().name());
          s.setString(4, r.subject());
          Sql.setOptional(s, 5, r.provider().map(OrganisationCode::value));
          s.setString(6, r.why());
          s.setObject(7, foundOn);
          s.addBatch();
          added++;
        }
        s.executeBatch();
      }
      return added;
    });
  }

  @Override
  public ImmutableList<OutboxEntry> unsent() {
    return sql.read(c -> query(c, " WHERE sent_at IS NULL", Optional.empty()));
  }

  @Override
  public ImmutableList<OutboxEntry> entries() {
    return sql.read(c -> query(c, "", Optional.empty()));
  }

  @Override
  public ImmutableList<OutboxEntry> entries(String owner) {
    return sql.read(c -> query(c, " WHERE owner = ?", Optional.of(owner)));
  }

  @Override
  public int markSent(List<String> keys, Instant at, String to) {
    if (keys.isEmpty()) {
      return 0;
    }
    return sql.write(c -> {
      int marked = 0;
      try (PreparedStatement s = c.prepareStatement("UPDATE reminder_outbox SET sent_at = ?,"
          + " sent_to = ? WHERE reminder_key = ? AND sent_at IS NULL")) {
        for (String key : keys) {
          s.setTimestamp(1, Timestamp.from(at));
          s.setString(2, to);
          s.setString(3, key);
          marked += s.executeUpdate();
        }
      }
      return marked;
    });
  }

  private static ImmutableList<OutboxEntry> query(Connection c, String where,
      Optional<String> parameter) throws SQLException {
    return Sql.rows(c, "SELECT " + COLUMNS + " FROM reminder_outbox" + where + " ORDER BY seq",
        parameter, r -> new OutboxEntry(new Reminder(r.getString("reminder_key"),
            ReminderKind.valueOf(r.getString("kind")),
            r.getString("owner"), r.getString("subject"),
            Sql.optionalString(r, "provider_code").map(OrganisationCode::of), r.getString("why")),
            Sql.date(r, "found_on"),
            Optional.ofNullable(r.getTimestamp("sent_at")).map(Timestamp::toInstant),
            Sql.optionalString(r, "sent_to")));
  }
}
