package org.qsurv.app.importer;

import java.util.Objects;
import org.qsurv.model.Checks;

/**
 * One problem found while validating an import: where (a CSV row, {@code row 12}, or a JSON path,
 * {@code $.risks[3].likelihood}), in which column, the value found, and why it cannot be imported.
 *
 * @param location {@code row N} for CSV (the header is row 1), a JSON path for a snapshot,
 *     {@code header} or {@code file} for the file as a whole
 * @param column the column or field, or empty
 * @param value the value as found, or empty
 * @param reason what is wrong, in words a data manager can act on
 */
public record ImportProblem(String location, String column, String value, String reason) {
  public ImportProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }

  /** A problem in CSV row {@code row}. */
  static ImportProblem atRow(long row, String column, String value, String reason) {
    return new ImportProblem("row " + row, column, value, reason);
  }

  /** {@code row 12, column likelihood, value "7": must be between 1 and 5}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(location);
    if (!column.isEmpty()) {
      b.append(", column ").append(column);
    }
    if (!value.isEmpty()) {
      b.append(", value ").append(Checks.quote(value));
    }
    return b.append(": ").append(reason).toString();
  }
}
