package org.qsurv.model.snapshot;

import java.util.Objects;

/**
 * A snapshot whose observations are held in columns ({@link ObservationColumns}) rather than as
 * one {@link org.qsurv.model.indicator.Observation} each: what a national snapshot is read into,
 * and what evaluation reads. Every other part (providers, indicators, intelligence, risks,
 * decisions, actions) is an ordinary, checked {@link Snapshot}, {@link #parts()}.
 *
 * <p>The two forms hold the same facts and evaluate to the same assessment, byte for byte: the
 * bulk form only stores them differently. One read in bulk ({@link BulkSnapshotReader}) has its
 * observations only in the columns, and {@code parts().observations()} is empty; one made from a
 * snapshot ({@link #of(Snapshot)}) keeps the snapshot, observations and all, as its parts. Either
 * way, consumers read observations from {@link #observations()} only.
 *
 * @since 1.0.0
 */
public final class BulkSnapshot {
  private final Snapshot parts;
  private final ObservationColumns observations;

  BulkSnapshot(Snapshot parts, ObservationColumns observations) {
    this.parts = parts;
    this.observations = observations;
  }

  /** The bulk form of {@code snapshot}: its observations copied into columns. */
  public static BulkSnapshot of(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return new BulkSnapshot(snapshot, ObservationColumns.of(snapshot));
  }

  /**
   * Everything but the observations: the date, commissioner, providers, indicators,
   * intelligence, risks, decisions, actions and format. Its {@code observations()} is not to be
   * read (empty when the snapshot was read in bulk).
   */
  public Snapshot parts() {
    return parts;
  }

  /** The observations, in columns grouped by provider. */
  public ObservationColumns observations() {
    return observations;
  }
}
