package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@link BoardPackArchive} that does what {@code archive} does, for a test to override the one
 * method it stands in the way of (an archive that is full, or holds a pack on a latch).
 */
public class ForwardingBoardPackArchive implements BoardPackArchive {
  private final BoardPackArchive archive;

  public ForwardingBoardPackArchive(BoardPackArchive archive) {
    this.archive = archive;
  }

  @Override
  public ArchivedPack add(NewPack pack) {
    return archive.add(pack);
  }

  @Override
  public ImmutableList<PackEntry> entries() {
    return archive.entries();
  }

  @Override
  public Optional<ArchivedPack> pack(long id) {
    return archive.pack(id);
  }

  @Override
  public void failed(Instant at, LocalDate dueOn, String reason) {
    archive.failed(at, dueOn, reason);
  }

  @Override
  public ImmutableList<PackFailure> failures() {
    return archive.failures();
  }
}
