package org.qsurv.app.csv;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from running as a formula when a quality team opens an export in a spreadsheet
 * (OWASP's "CSV injection": a risk title such as {@code =HYPERLINK(...)} would otherwise become a
 * live formula). A cell whose text, after any leading apostrophes, begins with {@code = + - @},
 * a tab or a carriage return, and is not a plain number, is written with one more leading
 * apostrophe, which spreadsheets read as "this is text". The reader takes exactly that apostrophe
 * away again, so every value reads back as it was written (a property test holds both to it).
 */
final class FormulaGuard {
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private FormulaGuard() {}

  /** The cell as written: {@code value}, or {@code value} after one more apostrophe. */
  static String protect(String value) {
    return startsFormula(value) ? "'" + value : value;
  }

  /** The value a written cell stands for: {@link #protect}'s apostrophe, if any, taken away. */
  static String unprotect(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' && startsFormula(cell)
        ? cell.substring(1) : cell;
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
