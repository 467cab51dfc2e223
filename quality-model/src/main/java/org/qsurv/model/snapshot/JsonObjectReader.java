package org.qsurv.model.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qsurv.model.Checks;

/**
 * Reads the fields of one JSON object of a snapshot, recording a {@link SnapshotProblem} with its
 * path for every missing, mistyped or malformed value and for every field it does not know, and
 * returning {@code null} (or empty) for values it could not read. Callers build a value only when
 * {@link #ok()}.
 */
final class JsonObjectReader {
  private final JsonNode node;
  private final String path;
  private final List<SnapshotProblem> problems;
  private final Set<String> known = new HashSet<>();
  private final int problemsBefore;

  private JsonObjectReader(JsonNode node, String path, List<SnapshotProblem> problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  /** A reader for {@code node}, or {@code null} (with a problem recorded) if it is not an object. */
  static JsonObjectReader of(JsonNode node, String path, List<SnapshotProblem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(SnapshotProblem.at(path, "must be an object but was " + describe(node)));
      return null;
    }
    return new JsonObjectReader(node, path, problems);
  }

  String path() {
    return path;
  }

  /** Whether no problem has been recorded for this object so far. */
  boolean ok() {
    return problems.size() == problemsBefore;
  }

  void problem(String field, String message) {
    problems.add(SnapshotProblem.at(field == null ? path : path + "." + field, message));
  }

  private JsonNode field(String name, boolean required) {
    known.add(name);
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        problem(name, "is required");
      }
      return null;
    }
    return value;
  }

  String text(String name) {
    return text(name, true, false);
  }

  /** A required string that must contain a non-whitespace character. */
  String nonBlankText(String name) {
    return text(name, true, true);
  }

  Optional<String> optionalText(String name) {
    return Optional.ofNullable(text(name, false, true));
  }

  private String text(String name, boolean required, boolean nonBlank) {
    JsonNode value = field(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      problem(name, "must be a string but was " + describe(value));
      return null;
    }
    if (nonBlank && value.asText().isBlank()) {
      problem(name, "must not be blank but was " + Checks.quote(value.asText()));
      return null;
    }
    return value.asText();
  }

  /** A required string parsed by {@code parser}, whose {@link IllegalArgumentException} is reported. */
  <T> T parsed(String name, Function<String, T> parser) {
    String text = text(name);
    return text == null ? null : parse(name, text, parser);
  }

  private <T> T parse(String name, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      // The value types' own messages name the field, the value and the shape expected.
      problem(name, e.getMessage());
      return null;
    }
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    problem(name, Checks.quote(text) + " is not one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", ")));
    return null;
  }

  /** The first and last years of a date qsurv accepts: those of an indicator period. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  LocalDate date(String name) {
    return date(name, true);
  }

  /** Whether the object has the field (not null); marks it known. */
  boolean has(String name) {
    return field(name, false) != null;
  }

  /** Whether the object names {@code name} at all, even with the value {@code null}. */
  boolean names(String name) {
    return node.has(name);
  }

  /** A required boolean; {@code null} if not. */
  Boolean bool(String name) {
    JsonNode value = field(name, true);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      problem(name, "must be true or false but was " + describe(value));
      return null;
    }
    return value.asBoolean();
  }

  Optional<LocalDate> optionalDate(String name) {
    return Optional.ofNullable(date(name, false));
  }

  private LocalDate date(String name, boolean required) {
    String text = text(name, required, false);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() != 10) {
        throw new DateTimeParseException("wrong length", text, 0);
      }
      return inRange(LocalDate.parse(text), name);
    } catch (DateTimeParseException e) {
      problem(name, Checks.quote(text) + " is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private LocalDate inRange(LocalDate date, String name) {
    String problem = outOfRange(date);
    if (problem != null) {
      problem(name, problem);
      return null;
    }
    return date;
  }

  /**
   * Why {@code date} is outside the years qsurv accepts, or {@code null} if it is inside: the
   * windows and periods computed from a date must stay within the years of a period.
   */
  static String outOfRange(LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      return Checks.quote(date.toString()) + " is outside the dates qsurv accepts (years "
          + FIRST_YEAR + " to " + LAST_YEAR + ")";
    }
    return null;
  }

  /** A required whole number between {@code min} and {@code max}; {@code null} if not. */
  Integer integer(String name, int min, int max) {
    JsonNode value = field(name, true);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      problem(name, "must be a whole number but was " + describe(value));
      return null;
    }
    if (!value.isIntegralNumber() && value.asDouble() != Math.rint(value.asDouble())) {
      problem(name, value.asText() + " is not a whole number");
      return null;
    }
    if (!value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
      problem(name, value.asText() + " is not between " + min + " and " + max);
      return null;
    }
    return value.asInt();
  }

  /** A required finite number; {@code null} if not. */
  Double number(String name) {
    return number(name, true);
  }

  OptionalDouble optionalNumber(String name) {
    Double d = number(name, false);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  private Double number(String name, boolean required) {
    JsonNode value = field(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      problem(name, "must be a number but was " + describe(value));
      return null;
    }
    double d = value.asDouble();
    if (!Double.isFinite(d)) {
      // JSON has no NaN or infinity: only a number too large for a double gets here.
      problem(name, "must be a finite number but was too large (" + value.asText() + ")");
      return null;
    }
    return d;
  }

  /** A nested object, or {@code null} (problem recorded when required). */
  JsonObjectReader object(String name, boolean required) {
    JsonNode value = field(name, required);
    return value == null ? null : of(value, path + "." + name, problems);
  }

  /**
   * An optional array whose elements {@code element} reads, each at its own path ({@code
   * path.name[i]}); an empty list when absent, {@code null} (problem recorded) when not an array.
   * An element that did not read is {@code null} in the list.
   */
  <T> List<T> array(String name, java.util.function.BiFunction<JsonNode, String, T> element) {
    JsonNode value = field(name, false);
    if (value == null) {
      return new java.util.ArrayList<>();
    }
    if (!value.isArray()) {
      problem(name, "must be an array but was " + describe(value));
      return null;
    }
    List<T> elements = new java.util.ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      elements.add(element.apply(value.get(i), path + "." + name + "[" + i + "]"));
    }
    return elements;
  }

  /** Reports every field of the object that was not asked for. Call after reading the fields. */
  void rejectUnknownFields() {
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        problems.add(unknownField(path, name, known));
      }
    });
  }

  /** The problem for a field {@code name} of the object at {@code path} that is not one of {@code known}. */
  static SnapshotProblem unknownField(String path, String name, Set<String> known) {
    // The closest known name (ties alphabetically), if it is close enough to be a typo of it:
    // at most two edits, and fewer than half of the longer name.
    String hint = known.stream()
        .sorted()
        .min(java.util.Comparator.comparingInt(k -> editDistance(k.toLowerCase(), name.toLowerCase())))
        .filter(k -> {
          int d = editDistance(k.toLowerCase(), name.toLowerCase());
          return d <= 2 && 2 * d < Math.max(k.length(), name.length());
        })
        .map(k -> " (did you mean \"" + k + "\"?)")
        .orElse(" (known fields: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
    return SnapshotProblem.at(path + "." + name, "is not a known field" + hint);
  }

  static String describe(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "the string " + Checks.quote(value.asText());
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    return value.asText();
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
