package org.qsurv.model;

import java.util.regex.Pattern;

/**
 * CSV cells as every qsurv CSV writes them (RFC 4180), pure text in and out so that the libraries'
 * CSV renderings (the icon summary matrix) and the reference app's files share one rule. It keeps
 * a cell from running as a formula when a quality team opens an export in a spreadsheet
 * (OWASP's "CSV injection": a risk title such as {@code =HYPERLINK(...)} would otherwise become a
 * live formula). A cell whose text, after any leading apostrophes, begins with {@code = + - @},
 * a tab or a carriage return, and is not a plain number, is written with one more leading
 * apostrophe, which spreadsheets read as "this is text". The reader takes exactly that apostrophe
 * away again, so every value reads back as it was written (a property test holds both to it).
 * A field is quoted when it holds a comma, a quote, a line break, or space at either end.
 *
 * @since 1.0.0
 */
public final class CsvCells {
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() {}

  /** The cell as written: {@code value}, or {@code value} after one more apostrophe. */
  public static String protect(String value) {
    return startsFormula(value) ? "'" + value : value;
  }

  /** The value a written cell stands for: {@link #protect}'s apostrophe, if any, taken away. */
  public static String unprotect(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' && startsFormula(cell)
        ? cell.substring(1) : cell;
  }

  /** One field as CSV writes it: guarded against formulas, quoted only where it must be. */
  public static String field(String cell) {
    String value = protect(cell);
    boolean quote = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1)));
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static boolean startsFormula(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    if (i == s.length()) {
      return false;
    }
    char c = s.charAt(i);
    boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return trigger && !PLAIN_NUMBER.matcher(s).region(i, s.length()).matches();
  }
}
