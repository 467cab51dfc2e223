package org.qsurv.app.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it, and as spreadsheets save it. */
class CsvTest {
  private static List<List<String>> read(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader csv = new CsvReader(new StringReader(text))) {
      while (csv.next()) {
        records.add(csv.cells());
      }
    }
    return records;
  }

  /** Whatever the writer writes, the reader reads back cell for cell. */
  @Property
  void whatIsWrittenReadsBack(@ForAll("records") List<List<String>> rows) throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    for (List<String> row : rows) {
      csv.write(row);
    }
    assertEquals(rows, read(out.toString()));
  }

  /**
   * OWASP CSV injection: no written cell starts a formula in a spreadsheet. A cell that would
   * (=, +, -, @, tab or carriage return first, and not a plain number) is written behind an
   * apostrophe, which spreadsheets read as "text"; the reader removes it (the property above).
   */
  @Property
  void noWrittenCellStartsAFormula(@ForAll("cells") String value) {
    String written = CsvWriter.field(value);
    String cell = written.startsWith("\"") ? written.substring(1, written.length() - 1)
        .replace("\"\"", "\"") : written;
    boolean number = value.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    assertEquals(!number && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0,
        cell.startsWith("'") && !value.startsWith("'"), "written as " + written);
  }

  @Test
  void aFormulaIsWrittenAsTextAndANegativeNumberAsItIs() {
    assertEquals("'=HYPERLINK(\"\"http://x\"\")", CsvWriter.field("=HYPERLINK(\"http://x\")")
        .replaceAll("^\"|\"$", ""));
    assertEquals("'@SUM(A1)", CsvWriter.field("@SUM(A1)"));
    assertEquals("''-x", CsvWriter.field("'-x"), "an apostrophe of the value's own is kept");
    assertEquals("-1.5", CsvWriter.field("-1.5"));
    assertEquals("+3e2", CsvWriter.field("+3e2"));
    assertEquals("'Tis", CsvWriter.field("'Tis"));
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("'=+-@\t\r1.eab").ofMaxLength(6);
  }

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> cell = Arbitraries.strings()
        .withChars("ab ,\"\r\n\u00e9\u2019'=+-@\t1.e").ofMaxLength(8);
    // A record of one empty cell is a blank line, which the importer skips: not written here.
    return cell.list().ofMinSize(1).ofMaxSize(4)
        .filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).list().ofMinSize(1).ofMaxSize(5);
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaksAndRowsCountRecordsNotLines()
      throws IOException {
    String text = "\uFEFFid,summary\r\nI-1,\"Rude, \"\"very\"\" rude\"\r\nI-2,\"two\nlines\"\nI-3,x";
    try (CsvReader csv = new CsvReader(new StringReader(text))) {
      List<Long> rows = new ArrayList<>();
      List<List<String>> records = new ArrayList<>();
      while (csv.next()) {
        rows.add(csv.row());
        records.add(csv.cells());
      }
      assertEquals(List.of(1L, 2L, 3L, 4L), rows);
      assertEquals(List.of(List.of("id", "summary"), List.of("I-1", "Rude, \"very\" rude"),
          List.of("I-2", "two\nlines"), List.of("I-3", "x")), records);
    }
  }

  @Test
  void aQuoteLeftOpenIsAnErrorAtTheRowWhereItOpened() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read("a,b\n1,\"open\n2,3\n"));
    assertEquals(2, e.row());
  }
}
