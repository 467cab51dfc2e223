package org.qsurv.app.importer;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.ImportBatch;

/**
 * The outcome of validating an import, before anything is written: either every problem found, or
 * the batch of new records to write (rows identical to recorded ones are counted as unchanged and
 * left out).
 *
 * @param source what was read (a file name)
 * @param kind what it held
 * @param rowsRead the data rows (CSV, without the header and blank lines) or records (snapshot) read
 * @param unchanged rows identical to what is already recorded, which the import skips
 * @param batch the records to write, when there are no problems
 * @param problems every problem found, in file order; empty when the import is valid
 */
public record ImportPlan(String source, Optional<ImportKind> kind, long rowsRead, long unchanged,
    Optional<ImportBatch> batch, ImmutableList<ImportProblem> problems) {

  public ImportPlan {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(problems, "problems");
    if (batch.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("an import plan has a batch exactly when it has no problems");
    }
  }

  /** Whether the import can be written. */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /** A plan that cannot be written. */
  static ImportPlan invalid(String source, Optional<ImportKind> kind, long rowsRead,
      ImmutableList<ImportProblem> problems) {
    return new ImportPlan(source, kind, rowsRead, 0, Optional.empty(), problems);
  }

  /** The number of distinct rows (or records) that have a problem. */
  public long rowsWithProblems() {
    return problems.stream().map(ImportProblem::location).distinct().count();
  }
}
