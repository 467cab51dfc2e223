package org.qsurv.app.api;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.Checks;

/**
 * The query of a read: {@code asOf} (an ISO date from {@value #EARLIEST} to today; default today),
 * {@code limit} (1 to {@value #MAX_LIMIT}; default {@value #DEFAULT_LIMIT}) and {@code offset} (0
 * or more; default 0). Items are in the contract's stable order (SNAPSHOT.md: providers as
 * recorded, risks as recorded, findings by provider then code), so that offsets page through the
 * same list while the data does not change. A malformed, repeated or out-of-range value, or a
 * parameter the route does not take, is refused naming the parameter and the value.
 *
 * @param asOf the date the data is read as of
 * @param limit the most items answered
 * @param offset how many items to skip
 */
record PageRequest(LocalDate asOf, int limit, int offset) {
  static final String EARLIEST = "1900-01-01";
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  static final ImmutableSet<String> PAGED = ImmutableSet.of("asOf", "limit", "offset");
  static final ImmutableSet<String> DATED = ImmutableSet.of("asOf");

  /** Reads the query of a paged read, as of {@code today} by default. */
  static PageRequest read(FormData query, LocalDate today, ImmutableSet<String> allowed) {
    for (String name : query.fields().keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badRequest("query parameter " + Checks.quote(name) + " is not one of "
            + allowed + " for this route");
      }
      if (query.all(name).size() > 1) {
        throw ApiException.badRequest("query parameter " + name + " must be given once but was "
            + "given " + query.all(name).size() + " times");
      }
    }
    LocalDate asOf = query.first("asOf").map(text -> date("asOf", text, today)).orElse(today);
    int limit = query.first("limit").map(text -> number("limit", text, 1, MAX_LIMIT))
        .orElse(DEFAULT_LIMIT);
    int offset = query.first("offset")
        .map(text -> number("offset", text, 0, Integer.MAX_VALUE)).orElse(0);
    return new PageRequest(asOf, limit, offset);
  }

  /** A date {@code field} from {@value #EARLIEST} to {@code today}, refused naming both. */
  static LocalDate date(String field, String text, LocalDate today) {
    LocalDate date;
    try {
      date = text.length() == 10 ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null) {
      throw ApiException.badRequest(field + " must be a date as YYYY-MM-DD but was "
          + Checks.quote(text));
    }
    if (date.isBefore(LocalDate.parse(EARLIEST)) || date.isAfter(today)) {
      throw ApiException.badRequest(field + " must be from " + EARLIEST + " to today (" + today
          + ") but was " + text);
    }
    return date;
  }

  private static int number(String name, String text, int min, int max) {
    if (!text.matches("-?[0-9]+")) {
      throw ApiException.badRequest(name + " must be a whole number but was "
          + Checks.quote(text));
    }
    // More digits than any int: out of range, however many there are.
    long value = text.length() > 12 ? (text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE)
        : Long.parseLong(text);
    if (value < min || value > max) {
      throw ApiException.badRequest(name + " must be from " + min + " to " + max + " but was "
          + Checks.quote(text));
    }
    return (int) value;
  }
}
