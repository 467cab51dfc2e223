package org.qsurv.app.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.CsvCells;

/**
 * Reads CSV records (RFC 4180) one at a time from a character stream, without holding the file in
 * memory. A quoted field may hold commas, doubled quotes and line breaks; lines may end in CRLF, LF
 * or CR; a leading byte-order mark is skipped. The apostrophe {@link CsvWriter} puts before a cell
 * that a spreadsheet would run as a formula is taken away ({@link CsvCells}). Rows are numbered as a spreadsheet numbers them: the
 * first record (the header) is row 1, whatever line breaks quoted fields hold.
 *
 * <pre>{@code
 * try (CsvReader csv = new CsvReader(Files.newBufferedReader(path))) {
 *   while (csv.next()) {
 *     System.out.println("row " + csv.row() + ": " + csv.cells());
 *   }
 * }
 * }</pre>
 */
public final class CsvReader implements AutoCloseable {
  private static final int EOF = -1;

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private boolean started;
  private long row;
  private List<String> cells = List.of();
  private final StringBuilder field = new StringBuilder(64);

  /** A reader of the CSV text {@code in}; closing it closes {@code in}. */
  public CsvReader(Reader in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the text
   * @throws CsvFormatException if a quoted field is not closed before the end of the text
   */
  public boolean next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        position++;
      }
    }
    if (peek() == EOF) {
      return false;
    }
    row++;
    List<String> record = new ArrayList<>();
    while (true) {
      int c = peek();
      field.setLength(0);
      if (c == '"') {
        position++;
        readQuoted();
        c = peek();
        // Text between a closing quote and the next separator is kept, as most readers do.
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          field.append((char) c);
          position++;
          c = peek();
        }
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          field.append((char) c);
          position++;
          c = peek();
        }
      }
      record.add(CsvCells.unprotect(field.toString()));
      if (c == ',') {
        position++;
        continue;
      }
      if (c == '\r') {
        position++;
        if (peek() == '\n') {
          position++;
        }
      } else if (c == '\n') {
        position++;
      }
      break;
    }
    cells = record;
    return true;
  }

  private void readQuoted() throws IOException {
    long startRow = row;
    while (true) {
      int c = peek();
      if (c == EOF) {
        throw new CsvFormatException(startRow,
            "a quoted field is not closed: a \" is missing before the end of the file");
      }
      position++;
      if (c == '"') {
        if (peek() == '"') {
          field.append('"');
          position++;
        } else {
          return;
        }
      } else {
        field.append((char) c);
      }
    }
  }

  private int peek() throws IOException {
    if (position < limit) {
      return buffer[position];
    }
    limit = in.read(buffer, 0, buffer.length);
    position = 0;
    if (limit <= 0) {
      limit = 0;
      return EOF;
    }
    return buffer[0];
  }

  /** The cells of the record {@link #next()} read, as written (quotes removed). */
  public List<String> cells() {
    return cells;
  }

  /** The row number of the record {@link #next()} read: 1 for the first. */
  public long row() {
    return row;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
