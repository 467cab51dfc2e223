package org.qsurv.app.port;

/** Told how far a long write has got, so that a user can be shown a progress bar. */
@FunctionalInterface
public interface Progress {
  /** {@code done} of {@code total} rows are written (in the open transaction, not yet committed). */
  void rowsWritten(long done, long total);

  /** A listener that ignores progress. */
  static Progress none() {
    return (done, total) -> { };
  }
}
