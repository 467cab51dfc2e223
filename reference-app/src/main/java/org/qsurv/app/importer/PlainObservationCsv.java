package org.qsurv.app.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The fast path of an observations CSV held in memory: the bytes read in one pass, without a
 * {@link Row}, a list of cells or a string per cell. It takes only files of the plain shape a
 * system exports (ASCII, no quotes, no spaces around cells, no blank lines, every row as wide as
 * the header, lines ending LF or CRLF) and only rows that read without a problem: on the first
 * thing it does not take it answers empty, and the caller reads the whole file with
 * the strict reader ({@code CsvReader} and {@link Row}), which reports every problem as before.
 * So what is refused, and how it is said, is the strict reader's; this class only decides sooner
 * what the strict reader would accept (docs/scale.md, Goal 3).
 *
 * <p>Each distinct code, id and period is parsed once (a dictionary of byte strings, answered
 * without hashing when a cell repeats the row before's, as a file sorted by provider does), and a
 * number of up to 15 digits with no exponent is computed exactly (the correctly rounded quotient
 * of two exactly representable doubles, as {@link Double#parseDouble} gives it); any other number
 * goes through {@link Row#number}.
 */
final class PlainObservationCsv {
  /** The rows of a plain file, read without a problem, and how many there were. */
  record Read(ObservationImport rows, long count) {}

  private static final double[] POWERS_OF_TEN = new double[16];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private final byte[] bytes;
  private final int end;
  private int position;
  private long row = 1;

  private PlainObservationCsv(byte[] bytes) {
    this.bytes = bytes;
    this.end = bytes.length;
  }

  /**
   * Reads an observations CSV, header and rows, if it is of plain shape and every row reads
   * without a problem.
   *
   * @param source the file's name
   * @param kind what the caller says the file holds, or empty to tell from the header
   * @return the rows, or empty: the file is for the strict reader
   */
  static Optional<Read> read(byte[] bytes, String source, Optional<ImportKind> kind) {
    return new PlainObservationCsv(bytes).read(source, kind);
  }

  /** The header, if the file is an observations CSV whose header is plain and valid. */
  private Optional<Header> header(String source, Optional<ImportKind> kind) {
    if (end >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      position = 3;
    }
    List<String> cells = new ArrayList<>();
    int start = position;
    while (true) {
      if (position == end) {
        return Optional.empty();
      }
      byte b = bytes[position];
      if (b == ',' || b == '\n' || b == '\r') {
        if (position > start && bytes[start] == '\'') {
          return Optional.empty();
        }
        cells.add(new String(bytes, start, position - start, StandardCharsets.US_ASCII));
        if (b == ',') {
          start = ++position;
          continue;
        }
        if (!lineEnd()) {
          return Optional.empty();
        }
        break;
      }
      if (b < ' ' || b > '~' || b == '"') {
        return Optional.empty();
      }
      position++;
    }
    Optional<ImportKind> detected = kind.isPresent() ? kind : ImportKind.detect(source, cells);
    if (!detected.equals(Optional.of(ImportKind.OBSERVATIONS))) {
      return Optional.empty();
    }
    return Header.read(cells, ImportKind.OBSERVATIONS, new ArrayList<>());
  }

  /** Steps over the line end at {@code position} (LF or CRLF); false for a lone CR. */
  private boolean lineEnd() {
    if (bytes[position] == '\r') {
      position++;
      if (position == end || bytes[position] != '\n') {
        return false;
      }
    }
    position++;
    return true;
  }

  private Optional<Read> read(String source, Optional<ImportKind> kind) {
    Optional<Header> found = header(source, kind);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Header header = found.get();
    ObservationImport rows = new ObservationImport(header);
    int width = header.width();
    int provider = header.indexOf("provider");
    int indicator = header.indexOf("indicator");
    int period = header.indexOf("period");
    int value = header.indexOf("value");
    int numerator = header.has("numerator") ? header.indexOf("numerator") : -1;
    int denominator = header.has("denominator") ? header.indexOf("denominator") : -1;
    Dictionary<OrganisationCode> providers = new Dictionary<>(OrganisationCode::of);
    Dictionary<IndicatorId> indicators = new Dictionary<>(IndicatorId::of);
    Dictionary<Period> periods = new Dictionary<>(Period::parse);
    int[] starts = new int[width];
    int[] ends = new int[width];
    long read = 0;
    while (position < end) {
      row++;
      if (!cells(starts, ends)) {
        return Optional.empty();
      }
      OrganisationCode p = providers.get(bytes, starts[provider], ends[provider]);
      IndicatorId i = indicators.get(bytes, starts[indicator], ends[indicator]);
      Period t = periods.get(bytes, starts[period], ends[period]);
      if (p == null || i == null || t == null) {
        return Optional.empty();
      }
      Observation o;
      try {
        o = Observation.builder().provider(p).indicator(i).period(t)
            .value(number(starts[value], ends[value]))
            .numerator(numerator < 0 ? OptionalDouble.empty()
                : number(starts[numerator], ends[numerator]))
            .denominator(denominator < 0 ? OptionalDouble.empty()
                : number(starts[denominator], ends[denominator]))
            .build();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      rows.add(row, o);
      read++;
    }
    return Optional.of(new Read(rows, read));
  }

  /**
   * Finds the cells of the line at {@code position} and steps past it; false if the line is not
   * plain: a byte outside printable ASCII, a quote, a space, a leading apostrophe (which the
   * strict reader may take away), or not as many cells as the header (a blank line has one).
   */
  private boolean cells(int[] starts, int[] ends) {
    int cell = 0;
    starts[0] = position;
    while (true) {
      byte b = position < end ? bytes[position] : (byte) '\n';
      if (b == ',' || b == '\n' || b == '\r') {
        if (position > starts[cell] && bytes[starts[cell]] == '\'') {
          return false;
        }
        ends[cell] = position;
        if (b == ',') {
          if (++cell == starts.length) {
            return false;
          }
          starts[cell] = ++position;
          continue;
        }
        if (cell != starts.length - 1) {
          return false;
        }
        return position == end || lineEnd();
      }
      if (b <= ' ' || b > '~' || b == '"') {
        return false;
      }
      position++;
    }
  }

  /**
   * The number in {@code bytes[from..to)}, empty for an empty cell; throws
   * {@link IllegalArgumentException} for what {@link Row#number} refuses.
   */
  private OptionalDouble number(int from, int to) {
    if (from == to) {
      return OptionalDouble.empty();
    }
    int i = from;
    boolean negative = bytes[i] == '-';
    if (negative || bytes[i] == '+') {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int decimals = -1;
    for (; i < to; i++) {
      byte b = bytes[i];
      if (b >= '0' && b <= '9') {
        mantissa = mantissa * 10 + (b - '0');
        digits++;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (b == '.' && decimals < 0) {
        decimals = 0;
      } else {
        break;
      }
    }
    if (i < to || digits == 0 || digits > 15) {
      // An exponent, too many digits, or not a number: the strict reader's rule and message.
      return OptionalDouble.of(Row.number(new String(bytes, from, to - from,
          StandardCharsets.US_ASCII)));
    }
    double d = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
    return OptionalDouble.of(negative ? -d : d);
  }

  /**
   * Distinct byte strings to what they parse to, each parsed once; null for one that does not
   * parse or is empty (the strict reader then reports it).
   */
  private static final class Dictionary<T> {
    private final Function<String, T> parse;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private Object[] values = new Object[64];
    private int size;
    private int lastStart = -1;
    private int lastLength;
    private T last;

    Dictionary(Function<String, T> parse) {
      this.parse = parse;
    }

    T get(byte[] bytes, int from, int to) {
      int length = to - from;
      if (length == 0) {
        return null;
      }
      if (length == lastLength
          && Arrays.equals(bytes, from, to, bytes, lastStart, lastStart + length)) {
        return last;
      }
      int slot = slot(bytes, from, to);
      if (values[slot] == null) {
        try {
          values[slot] = parse.apply(new String(bytes, from, length, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
          return null;
        }
        starts[slot] = from;
        lengths[slot] = length;
        if (++size * 2 > values.length) {
          grow(bytes);
          slot = slot(bytes, from, to);
        }
      }
      lastStart = from;
      lastLength = length;
      @SuppressWarnings("unchecked")
      T value = (T) values[slot];
      last = value;
      return value;
    }

    /** The slot holding these bytes, or the empty slot where they go. */
    private int slot(byte[] bytes, int from, int to) {
      int hash = 1;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + bytes[i];
      }
      hash *= 0x9E3779B9;
      int mask = values.length - 1;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (values[slot] != null && (lengths[slot] != to - from
          || !Arrays.equals(bytes, from, to, bytes, starts[slot], starts[slot] + to - from))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow(byte[] bytes) {
      int[] oldStarts = starts;
      int[] oldLengths = lengths;
      Object[] oldValues = values;
      starts = new int[oldValues.length * 2];
      lengths = new int[oldValues.length * 2];
      values = new Object[oldValues.length * 2];
      for (int k = 0; k < oldValues.length; k++) {
        if (oldValues[k] != null) {
          int slot = slot(bytes, oldStarts[k], oldStarts[k] + oldLengths[k]);
          starts[slot] = oldStarts[k];
          lengths[slot] = oldLengths[k];
          values[slot] = oldValues[k];
        }
      }
    }
  }
}
