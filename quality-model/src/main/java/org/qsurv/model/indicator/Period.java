package org.qsurv.model.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar month ({@code 2024-07}) or a calendar quarter ({@code 2024-Q3}),
 * as SNAPSHOT.md writes them. Periods of one frequency are ordered and can be counted, which is how
 * gaps (missing returns) are found.
 *
 * @since 0.1.0
 */
public final class Period implements Comparable<Period> {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2999;

  private final Frequency frequency;
  private final int year;
  private final int index;

  private Period(Frequency frequency, int year, int index) {
    this.frequency = frequency;
    this.year = year;
    this.index = index;
  }

  /**
   * The calendar month {@code month} (1-12) of {@code year}.
   *
   * @throws IllegalArgumentException if the month is not 1-12 or the year not 1900-2999
   */
  public static Period month(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("period month must be between 1 and 12 but was " + month);
    }
    return new Period(Frequency.MONTHLY, year, month);
  }

  /**
   * The calendar quarter {@code quarter} (1-4) of {@code year}: Q1 is January to March.
   *
   * @throws IllegalArgumentException if the quarter is not 1-4 or the year not 1900-2999
   */
  public static Period quarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("period quarter must be between 1 and 4 but was " + quarter);
    }
    return new Period(Frequency.QUARTERLY, year, quarter);
  }

  /** The month {@code yearMonth}. */
  public static Period of(YearMonth yearMonth) {
    return month(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /** The period of {@code frequency} that contains {@code date}. */
  public static Period containing(LocalDate date, Frequency frequency) {
    return frequency == Frequency.MONTHLY
        ? month(date.getYear(), date.getMonthValue())
        : quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
  }

  /**
   * Parses {@code YYYY-MM} (a month) or {@code YYYY-Qn} (a quarter).
   *
   * @throws IllegalArgumentException naming the value if it is neither, or names a month 13
   */
  @JsonCreator
  public static Period parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("period is required");
    }
    Matcher m = MONTH.matcher(text);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException(
            "period \"" + text + "\" has month " + month + ", which is not between 1 and 12");
      }
      return month(Integer.parseInt(m.group(1)), month);
    }
    m = QUARTER.matcher(text);
    if (m.matches()) {
      int quarter = Integer.parseInt(m.group(2));
      if (quarter < 1 || quarter > 4) {
        throw new IllegalArgumentException(
            "period \"" + text + "\" has quarter " + quarter + ", which is not between 1 and 4");
      }
      return quarter(Integer.parseInt(m.group(1)), quarter);
    }
    throw new IllegalArgumentException(
        "period must be YYYY-MM or YYYY-Qn but was \"" + (text.length() > 40 ? text.substring(0, 37)
            + "..." : text) + '"');
  }

  /** Whether this is a month or a quarter. */
  public Frequency frequency() {
    return frequency;
  }

  /** The calendar year. */
  public int year() {
    return year;
  }

  /** The month (1-12) of a monthly period or the quarter (1-4) of a quarterly one. */
  public int index() {
    return index;
  }

  /**
   * A count of periods of this frequency since year 0: consecutive periods differ by one, so the
   * difference of two ordinals is the number of periods between them.
   */
  public int ordinal() {
    return frequency == Frequency.MONTHLY ? year * 12 + index - 1 : year * 4 + index - 1;
  }

  /** The period {@code n} periods after this one (before it for negative {@code n}). */
  public Period plus(int n) {
    int ordinal = ordinal() + n;
    int perYear = frequency == Frequency.MONTHLY ? 12 : 4;
    int y = Math.floorDiv(ordinal, perYear);
    int i = Math.floorMod(ordinal, perYear) + 1;
    return frequency == Frequency.MONTHLY ? month(y, i) : quarter(y, i);
  }

  /** The next period. */
  public Period next() {
    return plus(1);
  }

  /** The first day of the period. */
  public LocalDate start() {
    int firstMonth = frequency == Frequency.MONTHLY ? index : (index - 1) * 3 + 1;
    return LocalDate.of(year, firstMonth, 1);
  }

  /** The last day of the period. */
  public LocalDate end() {
    return start().plusMonths(frequency.months()).minusDays(1);
  }

  @Override
  public int compareTo(Period other) {
    if (frequency != other.frequency) {
      int byStart = start().compareTo(other.start());
      return byStart != 0 ? byStart : frequency.compareTo(other.frequency);
    }
    return Integer.compare(ordinal(), other.ordinal());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period && ((Period) o).frequency == frequency && ((Period) o).year == year
        && ((Period) o).index == index;
  }

  @Override
  public int hashCode() {
    // By hand, not Objects.hash: no array and no boxing for a key hashed per observation.
    return (frequency.ordinal() * 31 + year) * 31 + index;
  }

  /** {@code 2024-07} or {@code 2024-Q3}. */
  @JsonValue
  @Override
  public String toString() {
    // Built by hand, not with String.format: written once per observation by the snapshot and
    // assessment writers and the importer, millions of times at national scale. The year always
    // has four digits (MIN_YEAR..MAX_YEAR).
    char[] text = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
        (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '-', 'Q', '0'};
    if (frequency == Frequency.MONTHLY) {
      text[5] = (char) ('0' + index / 10);
      text[6] = (char) ('0' + index % 10);
    } else {
      text[6] = (char) ('0' + index);
    }
    return new String(text);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "period year must be between " + MIN_YEAR + " and " + MAX_YEAR + " but was " + year);
    }
  }
}
