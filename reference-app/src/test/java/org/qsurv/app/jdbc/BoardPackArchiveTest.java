package org.qsurv.app.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.qsurv.app.Fixtures;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.ops.BoardPackSchedule.Cadence;
import org.qsurv.app.ops.BoardPackSchedule.Outcome;
import org.qsurv.app.ops.BoardPackSchedule;
import org.qsurv.app.port.BoardPackArchive.ArchivedPack;
import org.qsurv.app.port.BoardPackArchive.PackEntry;
import org.qsurv.app.port.BoardPackArchive.PackFailure;
import org.qsurv.app.port.BoardPackArchive;
import org.qsurv.app.port.ForwardingBoardPackArchive;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.report.BoardPacks;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.model.snapshot.SnapshotWriter;

/**
 * The board pack archive (migration V13), on H2 and PostgreSQL: a pack is kept with the exact
 * canonical snapshot it was made from and the SHA-256 of both (hazard H53); making the pack again
 * from the archived snapshot reproduces it byte for byte, so the board's figures can always be
 * re-evaluated (004 §4.4); a kept pack is never changed, and one altered behind the archive's back
 * is refused, not given out; a scheduled pack that could not be made is kept as a failure with its
 * reason (hazard H55).
 */
class BoardPackArchiveTest {
  private static final PolicyProfile NATIONAL = PolicyProfiles.nhsDefaults();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
      ZoneOffset.UTC);

  private static Ports loaded(TestDatabase db) {
    Ports ports = JdbcPorts.open(db.database(), CLOCK);
    Importer importer = new Importer(ports);
    ImportPlan plan = importer.plan(Fixtures.small(), "fixture", "tester");
    assertTrue(plan.isValid(), plan.problems().toString());
    importer.write(plan, Progress.none());
    return ports;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /**
   * A pack is kept with the canonical snapshot JSON the app exports for its date, the recorded
   * SHA-256 of both is the SHA-256 of the bytes given back, and the PDF says its date.
   */
  @OnEveryDatabase
  void aPackIsKeptWithTheExactSnapshotItWasMadeFrom(DatabaseKind kind) throws IOException {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db);
      BoardPackArchive archive = JdbcPorts.boardPacks(db.database());
      PackEntry made = new BoardPacks(ports, archive, NATIONAL).make("m.ellery");
      ArchivedPack kept = archive.pack(made.id()).orElseThrow();
      byte[] export = SnapshotWriter.write(StoredSnapshot.asOf(ports, LocalDate.of(2025, 7, 1)))
          .getBytes(UTF_8);
      assertArrayEquals(export, kept.snapshotJson());
      assertEquals(BoardPacks.sha256(kept.pdf()), made.pdfSha256());
      assertEquals(BoardPacks.sha256(export), made.snapshotSha256());
      assertEquals(LocalDate.of(2025, 7, 1), made.asOf());
      assertEquals("m.ellery", made.madeBy());
      assertEquals(Instant.parse("2025-07-01T09:00:00Z"), made.madeAt());
      assertEquals(kept.pdf().length, made.pdfBytes());
      assertEquals(ImmutableList.of(made), archive.entries());
      String text = text(kept.pdf());
      assertTrue(text.contains("Icon summary matrix: All services as of 2025-07-01"), text);
      assertTrue(text.contains("Missing or stale data"), text);
    }
  }

  /**
   * Re-evaluating the archived snapshot under the archived profile reproduces the pack: the same
   * PDF byte for byte (every figure, level and icon), however many times it is made again, with
   * nothing but the archive to go on (H53, H58); under another profile it is another pack, which
   * is why the archive keeps the profile (migration V15).
   */
  @OnEveryDatabase
  void theArchivedSnapshotUnderTheArchivedProfileMakesTheSamePackAgain(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db);
      BoardPackArchive archive = JdbcPorts.boardPacks(db.database());
      PolicyProfile dorset = PolicyProfiles.named("dorset-qf-2018").orElseThrow();
      ArchivedPack kept = archive.pack(new BoardPacks(ports, archive, dorset)
          .make("m.ellery").id()).orElseThrow();
      assertEquals(Optional.of("dorset-qf-2018"), kept.entry().profile());
      PolicyProfile archived = PolicyProfiles.named(kept.entry().profile().orElseThrow())
          .orElseThrow();
      BoardPacks.Made again = BoardPacks.fromSnapshot(kept.snapshotJson(), archived);
      BoardPacks.Made thrice = BoardPacks.fromSnapshot(kept.snapshotJson(), archived);
      assertArrayEquals(kept.pdf(), again.pdf());
      assertArrayEquals(again.pdf(), thrice.pdf());
      assertEquals(kept.entry().missingItems(), again.pack().report().missing().size());
      assertFalse(Arrays.equals(kept.pdf(),
          BoardPacks.fromSnapshot(kept.snapshotJson(), NATIONAL).pdf()),
          "the same snapshot under another profile is another pack");
    }
  }

  /** A pack kept before the archive recorded profiles (schema V15) reads with none. */
  @OnEveryDatabase
  void aPackKeptBeforeV15HasNoProfile(DatabaseKind kind) throws SQLException {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db);
      BoardPackArchive archive = JdbcPorts.boardPacks(db.database());
      long id = new BoardPacks(ports, archive, NATIONAL).make("m.ellery").id();
      assertEquals(Optional.of("nhs-defaults"), archive.pack(id).orElseThrow().entry().profile());
      try (Connection c = db.database().dataSource().getConnection();
          PreparedStatement s = c.prepareStatement("UPDATE board_pack SET profile = NULL")) {
        s.executeUpdate();
      }
      assertEquals(Optional.empty(), archive.entries().get(0).profile());
    }
  }

  /**
   * Kept packs never change: the archive can add and read, nothing else, and a later pack made
   * after the data changed leaves the first as it was.
   */
  @OnEveryDatabase
  void keptPacksAreNeverChanged(DatabaseKind kind) {
    Set<String> methods = Arrays.stream(BoardPackArchive.class.getDeclaredMethods())
        .map(Method::getName).collect(Collectors.toSet());
    assertEquals(Set.of("add", "entries", "pack", "failed", "failures"), methods);
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db);
      BoardPackArchive archive = JdbcPorts.boardPacks(db.database());
      BoardPacks packs = new BoardPacks(ports, archive, NATIONAL);
      ArchivedPack first = archive.pack(packs.make("m.ellery").id()).orElseThrow();
      Ports later = JdbcPorts.open(db.database(), Clock.offset(CLOCK,
          java.time.Duration.ofDays(40)));
      PackEntry second = new BoardPacks(later, archive, NATIONAL).make("schedule");
      ArchivedPack firstAgain = archive.pack(first.entry().id()).orElseThrow();
      assertArrayEquals(first.pdf(), firstAgain.pdf());
      assertArrayEquals(first.snapshotJson(), firstAgain.snapshotJson());
      assertEquals(first.entry(), firstAgain.entry());
      assertEquals(LocalDate.of(2025, 8, 10), second.asOf());
      assertEquals(ImmutableList.of(second.id(), first.entry().id()),
          archive.entries().stream().map(PackEntry::id).toList(), "newest first");
    }
  }

  /**
   * A pack altered in the database behind the archive (its PDF or its snapshot) no longer has
   * its recorded SHA-256: it is refused, naming the pack and both hashes, never given out as
   * what the board was shown (hazard H53).
   */
  @OnEveryDatabase
  void anAlteredPackIsRefused(DatabaseKind kind) throws SQLException {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db);
      BoardPackArchive archive = JdbcPorts.boardPacks(db.database());
      BoardPacks packs = new BoardPacks(ports, archive, NATIONAL);
      long pdf = packs.make("m.ellery").id();
      long snapshot = packs.make("m.ellery").id();
      try (Connection c = db.rawDataSource().getConnection()) {
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE board_pack SET pdf = ? WHERE id = ?")) {
          s.setBytes(1, "%PDF-1.7 another pack".getBytes(UTF_8));
          s.setLong(2, pdf);
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE board_pack SET snapshot_json = ? WHERE id = ?")) {
          s.setBytes(1, "{}".getBytes(UTF_8));
          s.setLong(2, snapshot);
          s.executeUpdate();
        }
      }
      BoardPacks.AlteredPackException p = assertThrows(BoardPacks.AlteredPackException.class,
          () -> packs.pack(pdf));
      assertTrue(p.getMessage().startsWith("board pack " + pdf + ": its PDF has the SHA-256 "),
          p.getMessage());
      BoardPacks.AlteredPackException s = assertThrows(BoardPacks.AlteredPackException.class,
          () -> packs.pack(snapshot));
      assertTrue(s.getMessage().contains("its snapshot has the SHA-256"), s.getMessage());
      assertEquals(Optional.empty(), packs.pack(999_999));
    }
  }

  /**
   * The schedule makes the pack due (bi-monthly: 1 July at 06:00), once: a second check finds
   * it made. A run that cannot make its pack is kept as a failure with its reason, for the Board
   * packs page, and the next check tries again (hazard H55).
   */
  @OnEveryDatabase
  void theScheduleMakesTheDuePackOnceAndKeepsEveryFailure(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db);
      BoardPackArchive archive = JdbcPorts.boardPacks(db.database());
      BoardPackArchive full = new ForwardingBoardPackArchive(archive) {
        @Override
        public ArchivedPack add(NewPack pack) {
          throw new IllegalStateException("the archive is full");
        }
      };
      LocalTime six = LocalTime.of(6, 0);
      BoardPackSchedule failing = new BoardPackSchedule(new BoardPacks(ports, full, NATIONAL),
          CLOCK, Cadence.BIMONTHLY, six);
      assertEquals(Outcome.FAILED, failing.runOnce());
      assertEquals(ImmutableList.of(new PackFailure(CLOCK.instant(), LocalDate.of(2025, 7, 1),
          "IllegalStateException: the archive is full")), archive.failures());
      assertEquals(ImmutableList.of(), archive.entries());

      BoardPackSchedule schedule = new BoardPackSchedule(new BoardPacks(ports, archive, NATIONAL),
          CLOCK, Cadence.BIMONTHLY, six);
      assertEquals(Outcome.MADE, schedule.runOnce());
      assertEquals(Outcome.ALREADY_MADE, schedule.runOnce());
      assertEquals("schedule", archive.entries().get(0).madeBy());
      assertEquals(Outcome.NOT_DUE, new BoardPackSchedule(new BoardPacks(ports, archive, NATIONAL),
          CLOCK, Cadence.OFF, six).runOnce());
    }
  }

  /**
   * Before the day's time the pack due is the previous one (1 May for a bi-monthly schedule at
   * 10:00 on 1 July at 09:00): with none made since, it is made now (a pack due while the server
   * was down is not lost).
   */
  @OnEveryDatabase
  void aPackDueWhileTheServerWasDownIsMadeAtTheNextCheck(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = loaded(db);
      BoardPackArchive archive = JdbcPorts.boardPacks(db.database());
      BoardPackSchedule schedule = new BoardPackSchedule(new BoardPacks(ports, archive, NATIONAL),
          CLOCK, Cadence.BIMONTHLY, LocalTime.of(10, 0));
      assertEquals(Outcome.MADE, schedule.runOnce());
      assertEquals(Outcome.ALREADY_MADE, schedule.runOnce());
    }
  }
}
