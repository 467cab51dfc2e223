package org.qsurv.app.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.CsvCells;

/**
 * Writes CSV records (RFC 4180): a field is quoted when it holds a comma, a quote, a line break, or
 * space at either end; records end in CRLF, as RFC 4180 and Excel expect. A cell that a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first, not a number) gets a
 * leading apostrophe ({@link CsvCells}), which {@link CsvReader} takes away again.
 *
 * <pre>{@code
 * CsvWriter csv = new CsvWriter(out);
 * csv.write(List.of("id", "title"));
 * csv.write(List.of("R-1", "Night staffing, ward 4"));   // R-1,"Night staffing, ward 4"
 * }</pre>
 */
public final class CsvWriter {
  private final Writer out;

  /** A writer of records to {@code out}; the caller closes {@code out}. */
  public CsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes one record. */
  public void write(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** One field as CSV writes it: guarded against formulas, quoted only where it must be. */
  public static String field(String cell) {
    return CsvCells.field(cell);
  }
}
