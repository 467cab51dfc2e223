package org.qsurv.app.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One data row of a CSV import, read cell by cell: each problem is recorded with the row, column and
 * value, and reading goes on, so that one pass reports every bad cell of every row.
 */
final class Row {
  static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

  private final long number;
  private final List<String> cells;
  private final Header header;
  private final List<ImportProblem> problems;
  private boolean ok = true;

  Row(long number, List<String> cells, Header header, List<ImportProblem> problems) {
    this.number = number;
    this.cells = cells;
    this.header = header;
    this.problems = problems;
  }

  long number() {
    return number;
  }

  /** Whether every cell read so far was valid. */
  boolean ok() {
    return ok;
  }

  /** The cell, trimmed; empty if the file has no such column. */
  String text(String column) {
    return header.has(column) ? cells.get(header.indexOf(column)).strip() : "";
  }

  void problem(String column, String value, String reason) {
    ok = false;
    problems.add(ImportProblem.atRow(number, column, value, reason));
  }

  /** The cell parsed, or null (with a problem) if it is empty or does not parse. */
  <T> T required(String column, Function<String, T> parse) {
    String text = text(column);
    if (text.isEmpty()) {
      problem(column, "", "is required");
      return null;
    }
    return parsed(column, text, parse);
  }

  /** The cell parsed, or empty if the cell is empty (or, with a problem, does not parse). */
  <T> Optional<T> optional(String column, Function<String, T> parse) {
    String text = text(column);
    return text.isEmpty() ? Optional.empty() : Optional.ofNullable(parsed(column, text, parse));
  }

  private <T> T parsed(String column, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      problem(column, text, e.getMessage());
      return null;
    }
  }

  /** An optional number: empty cell, empty result. */
  OptionalDouble optionalNumber(String column) {
    Optional<Double> d = optional(column, Row::number);
    return d.isPresent() ? OptionalDouble.of(d.get()) : OptionalDouble.empty();
  }

  static double number(String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException("is not a number (write it with a '.' for decimals and "
          + "no thousands separators, e.g. 1234.5)");
    }
    double d = Double.parseDouble(text);
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("is not a finite number");
    }
    return d;
  }

  static Function<String, Integer> integer(int min, int max) {
    return text -> {
      if (!INTEGER.matcher(text).matches()) {
        throw new IllegalArgumentException("is not a whole number between " + min + " and " + max);
      }
      int i = Integer.parseInt(text);
      if (i < min || i > max) {
        throw new IllegalArgumentException("is not between " + min + " and " + max);
      }
      return i;
    };
  }

  static LocalDate date(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException("is not a date: write it as YYYY-MM-DD (e.g. 2025-06-10)");
  }

  static boolean bool(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "y":
      case "1":
        return true;
      case "false":
      case "no":
      case "n":
      case "0":
        return false;
      default:
        throw new IllegalArgumentException("is not true or false (or yes or no)");
    }
  }

  /** An enum constant, matched ignoring case, with spaces and hyphens read as underscores. */
  static <E extends Enum<E>> Function<String, E> enumValue(Class<E> type) {
    return text -> {
      String name = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      throw new IllegalArgumentException("is not one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")));
    };
  }
}
