/**
 * The v1 surveillance snapshot, the exchange format between an ICB system and qsurv: the value
 * ({@link org.qsurv.model.snapshot.Snapshot}), a reader that validates the JSON and reports every
 * problem at once with its path ({@link org.qsurv.model.snapshot.SnapshotReader}), and a writer
 * ({@link org.qsurv.model.snapshot.SnapshotWriter}). For national snapshots, a bulk reader
 * ({@link org.qsurv.model.snapshot.BulkSnapshotReader}) reads the observations in parallel into
 * columns ({@link org.qsurv.model.snapshot.BulkSnapshot},
 * {@link org.qsurv.model.snapshot.ObservationColumns}) and leaves everything else, and every
 * problem, to the strict reader.
 *
 * <p><b>Implements:</b> docs/SNAPSHOT.md, the published contract: its field names, enum spellings
 * and validation rules are exact. The caller reads and writes the bytes.
 */
@NullMarked
package org.qsurv.model.snapshot;

import org.jspecify.annotations.NullMarked;
