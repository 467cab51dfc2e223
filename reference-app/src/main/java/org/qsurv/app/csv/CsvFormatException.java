package org.qsurv.app.csv;

import java.io.IOException;

/** The text is not CSV: a quoted field runs to the end of the file. */
public final class CsvFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long row;

  public CsvFormatException(long row, String message) {
    super("row " + row + ": " + message);
    this.row = row;
  }

  /** The row where the problem starts. */
  public long row() {
    return row;
  }
}
