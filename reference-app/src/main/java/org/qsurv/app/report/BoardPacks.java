package org.qsurv.app.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.port.BoardPackArchive;
import org.qsurv.app.port.BoardPackArchive.ArchivedPack;
import org.qsurv.app.port.BoardPackArchive.PackEntry;
import org.qsurv.app.port.BoardPackArchive.PackFailure;
import org.qsurv.app.port.Ports;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.scoring.assessment.Assessment;

/**
 * Makes, keeps and gives back the board packs (the bi-monthly service area report of every
 * service area, its icon summary matrix first: 004 §4.4). A pack is made from the canonical
 * snapshot JSON of the stored data as of today, <em>read back from those very bytes</em>, and kept
 * with them and the name of the profile it was evaluated under: what is archived is what the pack
 * was made from (hazard H53), and making the pack again from the archived snapshot under the
 * archived profile gives the same PDF, byte for byte. A pack given back is checked
 * against the SHA-256 recorded when it was kept first.
 */
public final class BoardPacks {
  /** The service area a pack covers: all of them. */
  public static final String AREA = "All services";
  /** The months a pack covers: two (bi-monthly, 004 §4.4). */
  public static final int MONTHS = 2;

  private final Ports ports;
  private final BoardPackArchive archive;
  private final PolicyProfile profile;

  /**
   * Packs of what {@code ports} hold, as of their clock's today, evaluated under {@code profile}
   * (the server's, {@code serve --profile}), which each pack says, kept in {@code archive}.
   */
  public BoardPacks(Ports ports, BoardPackArchive archive, PolicyProfile profile) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.archive = Objects.requireNonNull(archive, "archive");
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** A pack made from a snapshot: the pack, and its PDF. */
  public record Made(BoardPack pack, byte[] pdf) {}

  /** Makes the pack of the stored data as of today, keeps it and returns it as kept. */
  public PackEntry make(String madeBy) {
    LocalDate today = LocalDate.now(ports.clock());
    byte[] json = SnapshotWriter.write(StoredSnapshot.asOf(ports, today)).getBytes(UTF_8);
    Made made = fromSnapshot(json, profile);
    return archive.add(new BoardPackArchive.NewPack(ports.clock().instant(),
        made.pack().report().asOf(), AREA, madeBy, made.pack().report().missing().size(),
        profile.name(), made.pdf(), json)).entry();
  }

  /**
   * The pack made from a canonical snapshot JSON, evaluated under {@code profile}: what
   * {@link #make} keeps, and what an archived snapshot makes again (as {@code qsurv.jar report
   * service-area SNAPSHOT --format pdf --profile NAME} does, with the profile the pack names).
   *
   * @throws IllegalArgumentException if the JSON is not a valid snapshot, with its problems
   */
  public static Made fromSnapshot(byte[] json, PolicyProfile profile) {
    SnapshotReader.Result read = SnapshotReader.read(json);
    if (!read.isValid()) {
      throw new IllegalArgumentException("the snapshot is not valid: " + read.problems().stream()
          .limit(5).map(Object::toString).collect(Collectors.joining("; ")));
    }
    Snapshot snapshot = read.snapshot();
    Assessment assessment = SnapshotEvaluator.evaluate(snapshot, profile);
    BoardPack pack = BoardPack.of(AREA, EnumSet.allOf(ProviderKind.class), snapshot, assessment,
        MONTHS).under(profile);
    return new Made(pack, ReportPdf.of(ReportWriter.html(pack), snapshot.asOf()));
  }

  /** Keeps the failure to make the pack due on {@code dueOn}, with its reason, as of now. */
  public void failed(LocalDate dueOn, String reason) {
    archive.failed(ports.clock().instant(), dueOn, reason);
  }

  /** Every pack kept, newest first. */
  public ImmutableList<PackEntry> entries() {
    return archive.entries();
  }

  /** Every scheduled run that made no pack, newest first. */
  public ImmutableList<PackFailure> failures() {
    return archive.failures();
  }

  /**
   * The pack numbered {@code id}, if it is kept, once its PDF and snapshot are checked against the
   * SHA-256 recorded when it was kept.
   *
   * @throws AlteredPackException if either no longer has its recorded SHA-256
   */
  public Optional<ArchivedPack> pack(long id) {
    Optional<ArchivedPack> pack = archive.pack(id);
    pack.ifPresent(p -> {
      check(id, "PDF", p.pdf(), p.entry().pdfSha256());
      check(id, "snapshot", p.snapshotJson(), p.entry().snapshotSha256());
    });
    return pack;
  }

  private static void check(long id, String what, byte[] bytes, String recorded) {
    String actual = sha256(bytes);
    if (!actual.equals(recorded)) {
      throw new AlteredPackException("board pack " + id + ": its " + what + " has the SHA-256 "
          + actual + " but " + recorded + " was recorded when it was kept: it has been altered"
          + " and is not given out");
    }
  }

  /** The SHA-256 of {@code bytes}, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  /** An archived pack whose bytes no longer match the SHA-256 recorded when it was kept. */
  public static final class AlteredPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlteredPackException(String message) {
      super(message);
    }
  }
}
