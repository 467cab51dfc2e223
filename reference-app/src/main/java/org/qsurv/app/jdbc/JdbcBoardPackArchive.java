package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.BoardPackArchive;

/**
 * The {@link BoardPackArchive} in the {@code board_pack} and {@code board_pack_failure} tables
 * (migrations V13 and V15, the profile). It only inserts and reads: no statement here updates or deletes a row. The
 * SHA-256 of each PDF and snapshot is computed here, from the bytes stored.
 */
final class JdbcBoardPackArchive implements BoardPackArchive {
  private static final String ENTRY = "id, made_at, as_of, service_area, made_by, missing_items,"
      + " profile, pdf_sha256, snapshot_sha256, OCTET_LENGTH(pdf) AS pdf_bytes";
  private final Sql sql;

  JdbcBoardPackArchive(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ArchivedPack add(NewPack pack) {
    Objects.requireNonNull(pack, "pack");
    String pdfSha = sha256(pack.pdf());
    String snapshotSha = sha256(pack.snapshotJson());
    long id = sql.write(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO board_pack (made_at, as_of,"
          + " service_area, made_by, missing_items, profile, pdf, pdf_sha256, snapshot_json,"
          + " snapshot_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        s.setTimestamp(1, Timestamp.from(pack.madeAt()));
        s.setObject(2, pack.asOf());
        s.setString(3, pack.serviceArea());
        s.setString(4, pack.madeBy());
        s.setInt(5, pack.missingItems());
        s.setString(6, pack.profile());
        s.setBytes(7, pack.pdf());
        s.setString(8, pdfSha);
        s.setBytes(9, pack.snapshotJson());
        s.setString(10, snapshotSha);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
    return pack(id).orElseThrow();
  }

  @Override
  public ImmutableList<PackEntry> entries() {
    return sql.read(c -> {
      ImmutableList.Builder<PackEntry> entries = ImmutableList.builder();
      try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY
          + " FROM board_pack ORDER BY made_at DESC, id DESC");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(entry(r));
        }
      }
      return entries.build();
    });
  }

  @Override
  public Optional<ArchivedPack> pack(long id) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY
          + ", pdf, snapshot_json FROM board_pack WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(new ArchivedPack(entry(r), r.getBytes("pdf"),
              r.getBytes("snapshot_json"))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void failed(Instant at, LocalDate dueOn, String reason) {
    String text = reason.length() > 4000 ? reason.substring(0, 3999) + "…" : reason;
    sql.write(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO board_pack_failure (failed_at,"
          + " due_on, reason) VALUES (?, ?, ?)")) {
        s.setTimestamp(1, Timestamp.from(at));
        s.setObject(2, dueOn);
        s.setString(3, text);
        return s.executeUpdate();
      }
    });
  }

  @Override
  public ImmutableList<PackFailure> failures() {
    return sql.read(c -> {
      ImmutableList.Builder<PackFailure> failures = ImmutableList.builder();
      try (PreparedStatement s = c.prepareStatement("SELECT failed_at, due_on, reason FROM"
          + " board_pack_failure ORDER BY failed_at DESC, id DESC");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          failures.add(new PackFailure(r.getTimestamp(1).toInstant(),
              r.getObject(2, LocalDate.class), r.getString(3)));
        }
      }
      return failures.build();
    });
  }

  private static PackEntry entry(ResultSet r) throws SQLException {
    return new PackEntry(r.getLong("id"), r.getTimestamp("made_at").toInstant(),
        r.getObject("as_of", LocalDate.class), r.getString("service_area"),
        r.getString("made_by"), r.getInt("missing_items"), Sql.optionalString(r, "profile"),
        r.getString("pdf_sha256"),
        r.getString("snapshot_sha256"), r.getLong("pdf_bytes"));
  }

  /** The SHA-256 of {@code bytes}, in lower-case hex. */
  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }
}
