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

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> cell = Arbitraries.strings().withChars("ab ,\"\r\n\u00e9\u2019").ofMaxLength(8);
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
