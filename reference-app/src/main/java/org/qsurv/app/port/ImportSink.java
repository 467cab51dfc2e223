package org.qsurv.app.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an import writes: one validated {@link ImportBatch}, in one transaction. If the process
 * dies part-way (even by {@code kill -9}), the store holds none of the batch: killing the
 * process at any moment leaves no partial import.
 *
 * <p>This port belongs to the reference application's own database, where every table lives in one
 * transactional store. An ICB system that backs the other ports with systems of its own feeds those
 * systems directly and has no use for it.
 *
 * <pre>{@code
 * ImportReceipt receipt = sink.write(batch, (done, total) -> bar.show(done, total));
 * }</pre>
 */
public interface ImportSink {
  /**
   * Writes the batch, all of it or none of it.
   *
   * @return what was written, with the import's number in the import log
   * @throws StoreException if the store failed; nothing was written
   */
  ImportReceipt write(ImportBatch batch, Progress progress);

  /**
   * The latest import written, if any: what the data was last loaded from, and when (hazard H14,
   * stale data shown as current: the pages show it beside the assessment).
   *
   * @since 1.0.0
   */
  Optional<ImportRecord> lastImport();

  /**
   * One import as the import log records it.
   *
   * @param importId the import's number in the import log
   * @param source what was imported (a file name)
   * @param importedBy who imported it
   * @param importedAt when it was written, by the application's clock
   * @since 1.0.0
   */
  record ImportRecord(long importId, String source, String importedBy, Instant importedAt) {
    public ImportRecord {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(importedBy, "importedBy");
      Objects.requireNonNull(importedAt, "importedAt");
    }
  }

  /**
   * What an import wrote.
   *
   * @param importId the import's number in the import log
   * @param rows the number of records written
   */
  record ImportReceipt(long importId, long rows) {}
}
