package org.qsurv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CSV cell rule every qsurv CSV shares (RFC 4180 fields; OWASP "CSV injection", a local choice
 * of protection): a cell whose text, after any apostrophes of its own, starts with {@code = + - @},
 * a tab or a carriage return and is not a plain number gets one more leading apostrophe, which a
 * spreadsheet reads as "text"; reading takes exactly that one away; a field is quoted, its quotes
 * doubled, when it holds a comma, a quote or a line break, or starts or ends with space.
 */
class CsvCellsProperties {

  @Property
  void everyValueReadsBackAsItWasWritten(@ForAll("cells") String value) {
    assertEquals(value, CsvCells.unprotect(CsvCells.protect(value)));
  }

  @Property
  void onlyAFormulaGetsAnApostrophe(@ForAll("cells") String value) {
    String text = value.replaceFirst("^'+", "");
    boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    assertEquals(formula ? "'" + value : value, CsvCells.protect(value));
  }

  /** A cell that was not protected is read as it stands, apostrophes of its own and all. */
  @Property
  void aCellWithoutTheGuardIsReadAsItStands(@ForAll("cells") String value) {
    if (CsvCells.protect(value).equals(value)) {
      assertEquals(value, CsvCells.unprotect(value));
    }
  }

  @Property
  void aFieldIsQuotedOnlyWhereItMustBe(@ForAll("cells") String value) {
    String cell = CsvCells.protect(value);
    boolean mustQuote = cell.matches("(?s).*[,\"\r\n].*") || cell.matches("(?s)(\\s.*|.*\\s)");
    assertEquals(mustQuote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell, CsvCells.field(value));
  }

  @Example
  void formulasAreGuardedAndNumbersAndTextAreNot() {
    assertEquals("'=HYPERLINK(\"http://x\")", CsvCells.protect("=HYPERLINK(\"http://x\")"));
    assertEquals("'@SUM(A1)", CsvCells.protect("@SUM(A1)"));
    assertEquals("'\tcmd", CsvCells.protect("\tcmd"));
    assertEquals("'\rcmd", CsvCells.protect("\rcmd"));
    assertEquals("''+x", CsvCells.protect("'+x"), "the value's own apostrophe is kept");
    assertEquals("'-", CsvCells.protect("-"));
    assertEquals("-1.5", CsvCells.protect("-1.5"));
    assertEquals("+3e2", CsvCells.protect("+3e2"));
    assertEquals(".5", CsvCells.protect(".5"));
    assertEquals("'", CsvCells.protect("'"));
    assertEquals("", CsvCells.protect(""));
    assertEquals("'Tis", CsvCells.unprotect("'Tis"));
    assertEquals("\"a,b\"", CsvCells.field("a,b"));
    assertEquals("\" a\"", CsvCells.field(" a"));
    assertEquals("\"a\t\"", CsvCells.field("a\t"));
    assertEquals("\"say \"\"no\"\"\"", CsvCells.field("say \"no\""));
    assertEquals("\"'=1+\"\"x\"\"\"", CsvCells.field("=1+\"x\""));
    assertEquals("a b", CsvCells.field("a b"));
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("'=+-@\t\r\n ,\"1.eEab").ofMaxLength(8);
  }
}
