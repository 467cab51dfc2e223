/**
 * The v1 surveillance snapshot, the exchange format between an ICB system and qsurv: the value
 * ({@link org.qsurv.model.snapshot.Snapshot}), a reader that validates the JSON and reports every
 * problem at once with its path ({@link org.qsurv.model.snapshot.SnapshotReader}), and a writer
 * ({@link org.qsurv.model.snapshot.SnapshotWriter}).
 *
 * <p><b>Implements:</b> docs/SNAPSHOT.md, the published contract: its field names, enum spellings
 * and validation rules are exact. The caller reads and writes the bytes.
 */
@NullMarked
package org.qsurv.model.snapshot;

import org.jspecify.annotations.NullMarked;
