package org.qsurv.app.web.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers written the same way everywhere, whatever the server's locale. */
final class Numbers {
  private Numbers() {}

  /**
   * A value for people: up to three decimals, no trailing zeros; a small value keeps three
   * significant figures so that a rate of 0.00042 does not read as 0.
   */
  static String value(double v) {
    if (v == 0) {
      return "0";
    }
    BigDecimal d = BigDecimal.valueOf(v);
    d = Math.abs(v) < 1
        ? d.round(new MathContext(3, RoundingMode.HALF_EVEN))
        : d.setScale(3, RoundingMode.HALF_EVEN);
    String s = d.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** A value with exactly {@code decimals} decimals, for axis ticks. */
  static String fixed(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  /** A coordinate: one decimal, no trailing ".0". */
  static String coordinate(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals("-0") ? "0" : s;
  }
}
