package org.qsurv.app.importer;

import java.util.List;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.Ports;

/** How one kind of CSV is read, checked against what is recorded, and turned into a batch. */
interface CsvImport {
  /** Reads one data row, recording each bad cell as a problem. */
  void read(Row row);

  /**
   * After the last row: checks the rows that read cleanly against what is recorded (references,
   * repeats, rows that would change a recorded record), adding a problem for each that fails.
   */
  void check(Ports ports, List<ImportProblem> problems);

  /** Rows identical to what is already recorded. */
  long unchanged();

  /** The new records, once every row is valid. */
  ImportBatch batch(String source, String importedBy);
}
