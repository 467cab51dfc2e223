package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The board packs as they were made: each the PDF a board was shown, with the canonical snapshot
 * JSON it was made from, the policy profile it was evaluated under and the SHA-256 of both. Packs are added, never changed or removed (hazard
 * H53); each scheduled run that could not make its pack is kept too, with its reason (hazard
 * H55).
 */
public interface BoardPackArchive {
  /** Keeps {@code pack} and returns it as kept, with its number. */
  ArchivedPack add(NewPack pack);

  /** Every pack, newest first, without their bytes. */
  ImmutableList<PackEntry> entries();

  /** The pack numbered {@code id}, with its bytes, if there is one. */
  Optional<ArchivedPack> pack(long id);

  /** Keeps the failure of a run due on {@code dueOn} to make its pack. */
  void failed(Instant at, LocalDate dueOn, String reason);

  /** Every failure, newest first. */
  ImmutableList<PackFailure> failures();

  /**
   * A pack to keep.
   *
   * @param madeAt when it was made
   * @param asOf the date it is as of: its snapshot's
   * @param serviceArea the service area it covers
   * @param madeBy who made it: a user name, or {@code schedule}
   * @param missingItems how many items of missing or stale data it lists
   * @param profile the name of the policy profile it was evaluated under
   * @param pdf the PDF
   * @param snapshotJson the canonical snapshot JSON it was made from
   */
  record NewPack(Instant madeAt, LocalDate asOf, String serviceArea, String madeBy,
      int missingItems, String profile, byte[] pdf, byte[] snapshotJson) {}

  /**
   * A pack as kept, without its bytes.
   *
   * @param id its number
   * @param madeAt when it was made
   * @param asOf the date it is as of
   * @param serviceArea the service area it covers
   * @param madeBy who made it
   * @param missingItems how many items of missing or stale data it lists
   * @param profile the name of the policy profile it was evaluated under; empty for a pack kept
   *     before the archive recorded it (schema V15)
   * @param pdfSha256 the SHA-256 of its PDF, in hex
   * @param snapshotSha256 the SHA-256 of its snapshot JSON, in hex
   * @param pdfBytes the size of its PDF
   */
  record PackEntry(long id, Instant madeAt, LocalDate asOf, String serviceArea, String madeBy,
      int missingItems, Optional<String> profile, String pdfSha256, String snapshotSha256,
      long pdfBytes) {}

  /**
   * A pack as kept, with its bytes.
   *
   * @param entry what the list shows of it
   * @param pdf its PDF
   * @param snapshotJson its snapshot JSON
   */
  record ArchivedPack(PackEntry entry, byte[] pdf, byte[] snapshotJson) {}

  /**
   * A scheduled run that made no pack.
   *
   * @param at when it failed
   * @param dueOn the date the pack was due
   * @param reason why
   */
  record PackFailure(Instant at, LocalDate dueOn, String reason) {}
}
