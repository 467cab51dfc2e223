package org.qsurv.model.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.qsurv.model.Tasks;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.Provider;

/**
 * Reads a snapshot in bulk: the big {@code observations} array is split into chunks parsed on
 * all the caller's threads straight into {@link ObservationColumns}, with no object per
 * observation; everything else is read by the strict {@link SnapshotReader}. The result is the
 * same snapshot as the strict reader's, and the same problems for an invalid one, word for word.
 *
 * <p>How: a scan of the top level finds where the observations array starts. The array is cut
 * into chunks of a few megabytes, one task each on the caller's {@link Executor}. A chunk starts
 * at its first element (an opening brace followed by a field name: in valid JSON that cannot be
 * inside a string) and parses elements of exactly the shape the format has (the four fields
 * {@code provider}, {@code indicator}, {@code period}, {@code value}, each once, strings without
 * escapes, a finite number), each up to the first element starting after its end; the chunks
 * must then join up exactly, which proves the whole array was read as one. The rest of the
 * document, with the array left empty, goes to the strict reader. Codes, ids and periods are
 * resolved against the providers and indicators once per distinct text, rows grouped by provider
 * with a counting sort and sorted within a provider; references, frequencies and duplicates are
 * checked on the columns.
 *
 * <p>Anything unusual (another field or shape, an escape, whitespace inside a chunk's first
 * element that hides it, a reference that does not resolve, a duplicate, or any problem in the
 * rest) makes the reader give up on the bulk path and read the whole document with the strict
 * reader, from a parser the caller opens on demand: an invalid snapshot is reported exactly as
 * {@link SnapshotReader} reports it, and an unusual valid one is still read, only not in bulk.
 *
 * <p>The reader does no I/O and starts no thread: the caller hands in the bytes
 * ({@link SnapshotBytes}, read by position from several threads), the executor, and the parser
 * for the strict path. Memory is the columns (about 14 bytes an observation) plus, while the
 * chunks are joined, the chunks' own columns (16 bytes an observation), plus the document
 * without its observations.
 *
 * @since 1.0.0
 */
public final class BulkSnapshotReader {
  /**
   * Bytes per chunk: large enough that task overhead vanishes, small enough that a chunk's
   * columns stay below half a G1 region of a 1.5 GB heap (512 KB): larger arrays are "humongous",
   * each rounded up to whole regions, which wasted a third of the heap at 8 MB chunks.
   */
  static final int CHUNK_BYTES = 2 << 20;
  /** How far past its end a chunk may read to finish its last element. */
  private static final int MARGIN = 1 << 16;
  private static final JsonFactory JSON = new JsonFactory();
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private BulkSnapshotReader() {}

  /**
   * Reads a snapshot from {@code bytes}, in parallel on {@code executor} where the document
   * allows, otherwise with the strict reader on the parser {@code strict} opens (at most once;
   * the caller closes it).
   *
   * @throws UncheckedIOException if the caller's storage fails
   */
  public static Result read(SnapshotBytes bytes, Executor executor,
      Supplier<? extends JsonParser> strict) {
    return read(bytes, executor, strict, CHUNK_BYTES);
  }

  /** Reads a snapshot from its JSON bytes in memory, in parallel on {@code executor}. */
  public static Result read(byte[] json, Executor executor) {
    Objects.requireNonNull(json, "json");
    return read(SnapshotBytes.of(json), executor, () -> {
      try {
        return JSON.createParser(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static Result read(SnapshotBytes bytes, Executor executor,
      Supplier<? extends JsonParser> strict, int chunkBytes) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(strict, "strict");
    try {
      BulkSnapshot bulk = new Attempt(bytes, executor, chunkBytes).read();
      if (bulk != null) {
        return new Result(bulk, ImmutableList.of(), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SnapshotReader.Result result = SnapshotReader.read(strict.get());
    return result.isValid()
        ? new Result(BulkSnapshot.of(result.snapshot()), ImmutableList.of(), false)
        : new Result(null, result.problems(), false);
  }

  /** One try at the bulk path; {@code null} from {@link #read()} means "use the strict reader". */
  private static final class Attempt {
    private final SnapshotBytes bytes;
    private final Executor executor;
    private final int chunkBytes;
    private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();

    Attempt(SnapshotBytes bytes, Executor executor, int chunkBytes) {
      this.bytes = bytes;
      this.executor = executor;
      this.chunkBytes = chunkBytes;
    }

    BulkSnapshot read() throws IOException {
      long open = observationsArray();
      if (open < 0) {
        return null;
      }
      long size = bytes.size();
      List<Chunk> chunks = new ArrayList<>();
      for (long s = open + 1; s < size; s += chunkBytes) {
        chunks.add(new Chunk(s, Math.min(size, s + chunkBytes), s == open + 1));
      }
      if (chunks.isEmpty() || chunks.size() > Tasks.MAX_TASKS) {
        return null;
      }
      List<Runnable> tasks = new ArrayList<>();
      IOException[] failure = new IOException[1];
      for (Chunk chunk : chunks) {
        tasks.add(() -> {
          try {
            parse(chunk);
          } catch (IOException e) {
            synchronized (failure) {
              failure[0] = e;
            }
          }
        });
      }
      Tasks.runAll(executor, tasks);
      if (failure[0] != null) {
        throw failure[0];
      }
      buffers.clear();
      List<Chunk> accepted = join(chunks);
      if (accepted == null) {
        return null;
      }
      long close = accepted.get(accepted.size() - 1).close;
      Snapshot parts = rest(open, close);
      if (parts == null) {
        return null;
      }
      return columns(parts, accepted);
    }

    /** The position of the top-level observations array's {@code [}, or -1. */
    private long observationsArray() throws IOException {
      long size = bytes.size();
      if (size == 0) {
        return -1;
      }
      byte[] block = new byte[(int) Math.min(1 << 16, size)];
      bytes.read(0, block, 0, 1);
      if (block[0] != '{' && !isSpace(block[0])) {
        return -1;  // a byte-order mark or another encoding: the strict reader knows those
      }
      try (JsonParser parser = JSON.createNonBlockingByteArrayParser()) {
        ByteArrayFeeder feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        long fed = 0;
        int depth = 0;
        boolean observations = false;
        while (true) {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.NOT_AVAILABLE) {
            if (fed == size) {
              return -1;
            }
            int n = (int) Math.min(block.length, size - fed);
            bytes.read(fed, block, 0, n);
            feeder.feedInput(block, 0, n);
            fed += n;
            continue;
          }
          if (token == null) {
            return -1;
          }
          if (depth == 1 && observations) {
            if (token != JsonToken.START_ARRAY) {
              return -1;
            }
            // Jackson's non-blocking parser reports the byte after the token's start (2.18):
            // take whichever of the two holds the [, and let the chunks prove it.
            long at = parser.currentTokenLocation().getByteOffset();
            byte[] two = new byte[2];
            if (at < 1 || at >= size) {
              return -1;
            }
            bytes.read(at - 1, two, 0, 2);
            return two[1] == '[' ? at : two[0] == '[' ? at - 1 : -1;
          }
          observations = depth == 1 && token == JsonToken.FIELD_NAME
              && parser.currentName().equals("observations");
          if (token.isStructStart()) {
            depth++;
          } else if (token.isStructEnd()) {
            depth--;
            if (depth == 0) {
              return -1;
            }
          }
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return -1;
      }
    }

    /**
     * The chunks that, in order, cover the array exactly, each starting where the one before
     * stopped; {@code null} if they do not (then the array is not of the plain shape).
     */
    private static List<Chunk> join(List<Chunk> chunks) {
      List<Chunk> accepted = new ArrayList<>();
      // The first chunk starts at the array's own start, whatever white space follows it.
      Chunk head = chunks.get(0);
      if (head.failed) {
        return null;
      }
      accepted.add(head);
      if (head.close >= 0) {
        return accepted;
      }
      long cursor = head.next;
      for (Chunk c : chunks.subList(1, chunks.size())) {
        if (cursor >= c.end) {
          continue;  // the chunk before read past all of this one
        }
        if (c.failed || c.first != cursor) {
          return null;
        }
        accepted.add(c);
        if (c.close >= 0) {
          return accepted;
        }
        cursor = c.next;
      }
      return null;
    }

    /** Everything but the observations, read strictly; {@code null} if it has any problem. */
    private Snapshot rest(long open, long close) throws IOException {
      long size = bytes.size();
      long length = (open + 1) + (size - close);
      if (length > Integer.MAX_VALUE - 16) {
        return null;
      }
      byte[] document = new byte[(int) length];
      bytes.read(0, document, 0, (int) (open + 1));
      bytes.read(close, document, (int) (open + 1), (int) (size - close));
      SnapshotReader.Result result = SnapshotReader.read(document);
      return result.isValid() ? result.snapshot() : null;
    }

    /** Resolves, groups and checks the chunks' rows; {@code null} on any problem. */
    private BulkSnapshot columns(Snapshot parts, List<Chunk> chunks) {
      Map<String, Integer> providerIndex = new HashMap<>();
      for (Provider p : parts.providers()) {
        providerIndex.put(p.code().value(), providerIndex.size());
      }
      Map<String, Integer> indicatorIndex = new HashMap<>();
      List<Frequency> frequencies = new ArrayList<>();
      for (IndicatorDefinition d : parts.indicators()) {
        indicatorIndex.put(d.id().value(), indicatorIndex.size());
        frequencies.add(d.frequency());
      }
      Map<Period, Integer> periodIndex = new HashMap<>();
      List<int[]> periodMaps = new ArrayList<>();
      for (Chunk c : chunks) {
        c.providerMap = c.providers.resolve(providerIndex::get);
        c.indicatorMap = c.indicators.resolve(indicatorIndex::get);
        int[] periods = c.periods.resolve(text -> {
          try {
            Period period = Period.parse(text);
            Integer known = periodIndex.putIfAbsent(period, periodIndex.size());
            return known == null ? periodIndex.size() - 1 : known;
          } catch (IllegalArgumentException e) {
            return null;
          }
        });
        if (c.providerMap == null || c.indicatorMap == null || periods == null) {
          return null;
        }
        periodMaps.add(periods);
      }
      Period[] table = ObservationColumns.PeriodTable.sorted(periodIndex);
      int[] remap = ObservationColumns.PeriodTable.remap(periodIndex, table);
      int providers = parts.providers().size();
      // Each chunk counts its rows per provider (its own few providers, by local id) and checks
      // their frequencies, in parallel; offsets are handed out in chunk order, so the scatter,
      // also in parallel, is stable: a provider's rows keep the order of the document.
      boolean[] mismatched = new boolean[chunks.size()];
      List<Runnable> counting = new ArrayList<>();
      for (int k = 0; k < chunks.size(); k++) {
        Chunk c = chunks.get(k);
        int[] periods = periodMaps.get(k);
        int slot = k;
        counting.add(() -> {
          for (int local = 0; local < periods.length; local++) {
            periods[local] = remap[periods[local]];
          }
          c.periodMap = periods;
          c.counts = new int[c.providerMap.length];
          for (int r = 0; r < c.rows; r++) {
            c.counts[c.provider[r]]++;
            if (frequencies.get(c.indicatorMap[c.indicator[r]])
                != table[periods[c.period[r]]].frequency()) {
              mismatched[slot] = true;
            }
          }
        });
      }
      Tasks.runAll(executor, counting);
      int[] start = new int[providers + 1];
      long total = 0;
      for (int k = 0; k < chunks.size(); k++) {
        Chunk c = chunks.get(k);
        if (mismatched[k]) {
          return null;
        }
        for (int local = 0; local < c.counts.length; local++) {
          start[c.providerMap[local] + 1] += c.counts[local];
        }
        total += c.rows;
      }
      if (total > Integer.MAX_VALUE - 16) {
        return null;
      }
      for (int p = 1; p <= providers; p++) {
        start[p] += start[p - 1];
      }
      int[] next = java.util.Arrays.copyOf(start, providers);
      for (Chunk c : chunks) {
        for (int local = 0; local < c.counts.length; local++) {
          int p = c.providerMap[local];
          int count = c.counts[local];
          c.counts[local] = next[p];  // from now on: where the chunk's next row of p goes
          next[p] += count;
        }
      }
      int n = (int) total;
      int[] indicator = new int[n];
      char[] period = new char[n];
      double[] value = new double[n];
      List<Runnable> scatter = new ArrayList<>();
      for (Chunk c : chunks) {
        scatter.add(() -> {
          int[] at = c.counts;
          for (int r = 0; r < c.rows; r++) {
            int to = at[c.provider[r]]++;
            indicator[to] = c.indicatorMap[c.indicator[r]];
            period[to] = (char) c.periodMap[c.period[r]];
            value[to] = c.value[r];
          }
          c.release();
        });
      }
      Tasks.runAll(executor, scatter);
      ObservationColumns columns =
          ObservationColumns.grouped(parts, start, indicator, period, value, table);
      int ranges = Math.min(providers, 64);
      boolean[] repeated = new boolean[ranges];
      List<Runnable> tasks = new ArrayList<>();
      for (int t = 0; t < ranges; t++) {
        int from = (int) ((long) providers * t / ranges);
        int to = (int) ((long) providers * (t + 1) / ranges);
        int slot = t;
        tasks.add(() -> repeated[slot] = columns.sortProviders(from, to) >= 0);
      }
      Tasks.runAll(executor, tasks);
      for (boolean r : repeated) {
        if (r) {
          return null;
        }
      }
      return new BulkSnapshot(parts, columns);
    }

    private byte[] buffer(int length) {
      byte[] b = buffers.poll();
      return b != null && b.length >= length ? b : new byte[length];
    }

    /** Parses one chunk; marks it failed on anything but the plain shape. */
    private void parse(Chunk chunk) throws IOException {
      long size = bytes.size();
      int length = (int) (Math.min(size, chunk.end + MARGIN) - chunk.start);
      byte[] buf = buffer(chunkBytes + MARGIN);
      try {
        bytes.read(chunk.start, buf, 0, length);
        new ChunkParser(chunk, buf, length).run();
      } finally {
        buffers.add(buf);
      }
    }
  }

  /** A chunk of the observations array and what was parsed from it. */
  private static final class Chunk {
    final long start;
    final long end;
    final boolean isFirst;
    long first = -1;
    long next = -1;
    long close = -1;
    boolean failed;
    int rows;
    int[] provider;
    char[] indicator;
    char[] period;
    double[] value;
    final ByteDictionary providers = new ByteDictionary();
    final ByteDictionary indicators = new ByteDictionary();
    final ByteDictionary periods = new ByteDictionary();
    int[] providerMap;
    int[] indicatorMap;
    int[] periodMap;
    // Rows per local provider id, then where the chunk's next row of each goes.
    int[] counts;

    Chunk(long start, long end, boolean isFirst) {
      this.start = start;
      this.end = end;
      this.isFirst = isFirst;
      int capacity = (int) Math.max(16, (end - start) / 64);
      provider = new int[capacity];
      indicator = new char[capacity];
      period = new char[capacity];
      value = new double[capacity];
    }

    void add(int p, int i, int per, double v) {
      if (rows == value.length) {
        int capacity = rows + (rows >> 1) + 16;
        provider = java.util.Arrays.copyOf(provider, capacity);
        indicator = java.util.Arrays.copyOf(indicator, capacity);
        period = java.util.Arrays.copyOf(period, capacity);
        value = java.util.Arrays.copyOf(value, capacity);
      }
      provider[rows] = p;
      indicator[rows] = (char) i;
      period[rows] = (char) per;
      value[rows] = v;
      rows++;
    }

    void release() {
      provider = null;
      indicator = null;
      period = null;
      value = null;
    }
  }

  /** The hand-written parser of one chunk: bytes to rows, no object per element. */
  private static final class ChunkParser {
    private static final byte[] PROVIDER = ascii("provider");
    private static final byte[] INDICATOR = ascii("indicator");
    private static final byte[] PERIOD = ascii("period");
    private static final byte[] VALUE = ascii("value");
    private static final Template PROVIDER_OPEN = Template.of("{\"provider\":\"");
    private static final Template INDICATOR_OPEN = Template.of("\",\"indicator\":\"");
    private static final Template PERIOD_OPEN = Template.of("\",\"period\":\"");
    private static final Template VALUE_OPEN = Template.of("\",\"value\":");
    private static final long ONES = 0x0101010101010101L;
    private static final long SPACES = 0x2020202020202020L;
    private static final long HIGHS = 0x8080808080808080L;
    private final Chunk chunk;
    private final byte[] buf;
    private final int length;
    // The last string parsed, as a range of buf.
    private int stringFrom;
    private int stringLength;
    private double number;

    ChunkParser(Chunk chunk, byte[] buf, int length) {
      this.chunk = chunk;
      this.buf = buf;
      this.length = length;
    }

    private static byte[] ascii(String s) {
      return s.getBytes(StandardCharsets.US_ASCII);
    }

    private int at(int i) {
      return i < length ? buf[i] : 0;
    }

    private int space(int i) {
      while (i < length && isSpace(buf[i])) {
        i++;
      }
      return i;
    }

    void run() {
      int own = (int) (chunk.end - chunk.start);
      int i;
      if (chunk.isFirst) {
        i = space(0);
        chunk.first = chunk.start + i;
        if (at(i) == ']') {
          chunk.close = chunk.start + i;
          return;
        }
      } else {
        i = firstElement(own);
        if (i < 0) {
          return;  // no element starts in this chunk
        }
        chunk.first = chunk.start + i;
      }
      while (true) {
        if (at(i) != '{') {
          chunk.failed = true;
          return;
        }
        if (i >= own) {
          chunk.next = chunk.start + i;
          return;
        }
        i = element(i);
        if (i < 0) {
          chunk.failed = true;
          return;
        }
        i = space(i);
        if (at(i) == ',') {
          i = space(i + 1);
        } else if (at(i) == ']') {
          chunk.close = chunk.start + i;
          return;
        } else {
          chunk.failed = true;
          return;
        }
      }
    }

    /** The first opening brace followed by a field name at or after the chunk's start, or -1. */
    private int firstElement(int own) {
      for (int i = 0; i < own; i++) {
        if (buf[i] == '{') {
          int j = space(i + 1);
          int c = at(j + 1);
          if (at(j) == '"' && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            return i;
          }
        }
      }
      return -1;
    }

    /** Parses the element at {@code i} (an opening brace); the index after its end, or -1. */
    private int element(int i) {
      int end = template(i);
      return end >= 0 ? end : anyOrder(i);
    }

    /**
     * Parses the element at {@code i} if it is written exactly as {@code NationalSnapshot} and
     * qsurv's own writer write it, compact and in the format's field order:
     * {@code {"provider":"..","indicator":"..","period":"..","value":N}}; the index after its
     * end, or -1 for any other shape (then {@link #anyOrder} reads it, or fails). Every element
     * this accepts, {@code anyOrder} accepts too and reads the same way: this is only the fast
     * path (field names compared eight bytes at a time, strings scanned eight bytes at a time).
     */
    private int template(int i) {
      if (!matches(i, PROVIDER_OPEN)) {
        return -1;
      }
      int from = i + PROVIDER_OPEN.length();
      int to = quote(from);
      if (to < 0 || !matches(to, INDICATOR_OPEN)) {
        return -1;
      }
      int p = chunk.providers.id(buf, from, to - from);
      from = to + INDICATOR_OPEN.length();
      to = quote(from);
      if (to < 0 || !matches(to, PERIOD_OPEN)) {
        return -1;
      }
      int ind = chunk.indicators.id(buf, from, to - from);
      from = to + PERIOD_OPEN.length();
      to = quote(from);
      if (to < 0 || !matches(to, VALUE_OPEN)) {
        return -1;
      }
      int per = chunk.periods.id(buf, from, to - from);
      int end = number(to + VALUE_OPEN.length());
      if (end < 0 || at(end) != '}' || ind > Character.MAX_VALUE || per > Character.MAX_VALUE) {
        return -1;
      }
      chunk.add(p, ind, per, number);
      return end + 1;
    }

    /** Whether the bytes at {@code i} are {@code t}'s. */
    private boolean matches(int i, Template t) {
      int n = t.length();
      if (i + n > length) {
        return false;
      }
      return (long) LONGS.get(buf, i) == t.head() && (long) LONGS.get(buf, i + n - 8) == t.tail();
    }

    /**
     * The index of the quote that ends a string whose text starts at {@code i}, or -1 if an
     * escape, a control character or a non-ASCII byte comes first (as {@link #string}).
     */
    private int quote(int i) {
      int j = i;
      while (j + 8 <= length) {
        long x = (long) LONGS.get(buf, j);
        long q = x ^ 0x2222222222222222L;
        long b = x ^ 0x5C5C5C5C5C5C5C5CL;
        // The high bit of each byte that is a quote, a backslash, below 0x20 or non-ASCII; the
        // lowest one flagged is exact (a false flag can only follow a true one).
        long stops = (((q - ONES) & ~q) | ((b - ONES) & ~b) | ((x - SPACES) & ~x) | x) & HIGHS;
        if (stops != 0) {
          int k = j + (Long.numberOfTrailingZeros(stops) >>> 3);
          return buf[k] == '"' ? k : -1;
        }
        j += 8;
      }
      for (; j < length; j++) {
        byte c = buf[j];
        if (c == '"') {
          return j;
        }
        if (c == '\\' || c < 0x20) {
          return -1;
        }
      }
      return -1;
    }

    /** Parses the element at {@code i} with its fields in any order and any white space. */
    private int anyOrder(int i) {
      int p = -1;
      int ind = -1;
      int per = -1;
      boolean hasValue = false;
      double v = 0;
      i = space(i + 1);
      for (int field = 0; field < 4; field++) {
        if (field > 0) {
          if (at(i) != ',') {
            return -1;
          }
          i = space(i + 1);
        }
        i = string(i);
        if (i < 0) {
          return -1;
        }
        int nameFrom = stringFrom;
        int nameLength = stringLength;
        i = space(i);
        if (at(i) != ':') {
          return -1;
        }
        i = space(i + 1);
        if (is(nameFrom, nameLength, VALUE)) {
          i = hasValue ? -1 : number(i);
          hasValue = true;
          v = number;
        } else {
          i = string(i);
          if (i < 0) {
            return -1;
          }
          if (is(nameFrom, nameLength, PROVIDER) && p < 0) {
            p = chunk.providers.id(buf, stringFrom, stringLength);
          } else if (is(nameFrom, nameLength, INDICATOR) && ind < 0) {
            ind = chunk.indicators.id(buf, stringFrom, stringLength);
          } else if (is(nameFrom, nameLength, PERIOD) && per < 0) {
            per = chunk.periods.id(buf, stringFrom, stringLength);
          } else {
            return -1;
          }
        }
        if (i < 0) {
          return -1;
        }
        i = space(i);
      }
      if (at(i) != '}' || p < 0 || ind < 0 || per < 0 || !hasValue
          || ind > Character.MAX_VALUE || per > Character.MAX_VALUE) {
        return -1;
      }
      chunk.add(p, ind, per, v);
      return i + 1;
    }

    private boolean is(int from, int len, byte[] name) {
      if (len != name.length) {
        return false;
      }
      for (int k = 0; k < len; k++) {
        if (buf[from + k] != name[k]) {
          return false;
        }
      }
      return true;
    }

    /** A string without escapes or non-ASCII bytes at {@code i}; the index after it, or -1. */
    private int string(int i) {
      if (at(i) != '"') {
        return -1;
      }
      int j = i + 1;
      while (j < length) {
        byte b = buf[j];
        if (b == '"') {
          stringFrom = i + 1;
          stringLength = j - i - 1;
          return j + 1;
        }
        if (b == '\\' || b < 0x20) {
          return -1;  // an escape, a control character or a non-ASCII byte (negative)
        }
        j++;
      }
      return -1;
    }

    /**
     * A JSON number at {@code i} into {@link #number}, as Jackson's {@code getDoubleValue()}
     * gives it (an integer {@code -0} is {@code 0.0}); the index after it, or -1 when it is not
     * a JSON number or not finite.
     */
    private int number(int i) {
      int j = i;
      boolean negative = at(j) == '-';
      if (negative) {
        j++;
      }
      long mantissa = 0;
      int significant = 0;
      int dropped = 0;
      int c = at(j);
      if (c == '0') {
        j++;
        if (at(j) >= '0' && at(j) <= '9') {
          return -1;
        }
      } else if (c >= '1' && c <= '9') {
        while (at(j) >= '0' && at(j) <= '9') {
          if (significant < 18) {
            mantissa = mantissa * 10 + (at(j) - '0');
            significant++;
          } else {
            dropped++;
          }
          j++;
        }
      } else {
        return -1;
      }
      boolean integer = true;
      int exponent = dropped;
      if (at(j) == '.') {
        integer = false;
        j++;
        if (!(at(j) >= '0' && at(j) <= '9')) {
          return -1;
        }
        while (at(j) >= '0' && at(j) <= '9') {
          if (significant < 18 && (mantissa != 0 || at(j) != '0')) {
            mantissa = mantissa * 10 + (at(j) - '0');
            significant++;
            exponent--;
          } else if (mantissa == 0) {
            exponent--;
          } else {
            dropped++;
          }
          j++;
        }
      }
      if (at(j) == 'e' || at(j) == 'E') {
        integer = false;
        j++;
        boolean negativeExponent = at(j) == '-';
        if (at(j) == '-' || at(j) == '+') {
          j++;
        }
        if (!(at(j) >= '0' && at(j) <= '9')) {
          return -1;
        }
        int e = 0;
        while (at(j) >= '0' && at(j) <= '9') {
          e = Math.min(e * 10 + (at(j) - '0'), 100_000);
          j++;
        }
        exponent += negativeExponent ? -e : e;
      }
      double d;
      boolean exact = dropped == 0 && significant <= 15;
      if (exact && mantissa == 0) {
        d = 0;
      } else if (exact && exponent >= 0 && exponent <= 22) {
        d = mantissa * POWERS_OF_TEN[exponent];
      } else if (exact && exponent < 0 && exponent >= -22) {
        d = mantissa / POWERS_OF_TEN[-exponent];
      } else {
        d = Double.parseDouble(new String(buf, i + (negative ? 1 : 0), j - i - (negative ? 1 : 0),
            StandardCharsets.US_ASCII));
      }
      d = negative && !(integer && d == 0) ? -d : d;
      if (!Double.isFinite(d)) {
        return -1;
      }
      number = d;
      return j;
    }
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /** Eight bytes of a byte array as one little-endian long (bounds-checked, not aligned). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * An ASCII text of 8 to 16 bytes as its first and its last eight bytes (overlapping), so that
   * it is compared with two long comparisons.
   */
  private record Template(int length, long head, long tail) {
    static Template of(String text) {
      byte[] b = text.getBytes(StandardCharsets.US_ASCII);
      if (b.length < 8 || b.length > 16) {
        throw new IllegalArgumentException("a template is 8 to 16 bytes but was " + text);
      }
      return new Template(b.length, (long) LONGS.get(b, 0), (long) LONGS.get(b, b.length - 8));
    }
  }

  /**
   * Distinct byte strings of one chunk, each given a small id in order of first sight: an
   * open-addressing table over copies of the bytes, so a lookup allocates nothing. A text of one
   * to eight bytes (every code, id and period of a real feed) is looked up as one long in a table
   * of longs: the strings read here hold no zero byte, so the long, zero-padded, is the text.
   */
  static final class ByteDictionary {
    private byte[][] keys = new byte[64][];
    private int[] ids = new int[64];
    // Texts of one to eight bytes as little-endian longs (0: an empty slot) and their ids.
    private long[] shortKeys = new long[64];
    private int[] shortIds = new int[64];
    private int shorts;
    private final List<byte[]> byId = new ArrayList<>();

    // The last text looked up: a feed repeats a provider's code and an indicator's id over whole
    // runs of observations, so most lookups are answered without hashing.
    private byte[] lastKey = new byte[0];
    private int lastId = -1;
    private long lastShort;
    private int lastShortId = -1;

    int id(byte[] buf, int from, int length) {
      if (length >= 1 && length <= 8) {
        long key = from + 8 <= buf.length
            ? (long) LONGS.get(buf, from) & (-1L >>> (64 - 8 * length))
            : bytewise(buf, from, length);
        if (key == lastShort && lastShortId >= 0) {
          return lastShortId;
        }
        lastShort = key;
        lastShortId = lookUpShort(key, buf, from, length);
        return lastShortId;
      }
      if (lastId >= 0 && same(lastKey, buf, from, length)) {
        return lastId;
      }
      int id = lookUp(buf, from, length);
      lastKey = byId.get(id);
      lastId = id;
      return id;
    }

    private static long bytewise(byte[] buf, int from, int length) {
      long key = 0;
      for (int k = length - 1; k >= 0; k--) {
        key = key << 8 | (buf[from + k] & 0xFF);
      }
      return key;
    }

    private int lookUpShort(long key, byte[] buf, int from, int length) {
      int mask = shortKeys.length - 1;
      for (int slot = shortSlot(key, mask); ; slot = (slot + 1) & mask) {
        long k = shortKeys[slot];
        if (k == key) {
          return shortIds[slot];
        }
        if (k == 0) {
          shortKeys[slot] = key;
          shortIds[slot] = byId.size();
          byId.add(java.util.Arrays.copyOfRange(buf, from, from + length));
          if (++shorts * 2 > shortKeys.length) {
            growShort();
          }
          return byId.size() - 1;
        }
      }
    }

    private static int shortSlot(long key, int mask) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    private void growShort() {
      long[] oldKeys = shortKeys;
      int[] oldIds = shortIds;
      shortKeys = new long[oldKeys.length * 2];
      shortIds = new int[oldKeys.length * 2];
      int mask = shortKeys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != 0) {
          int slot = shortSlot(oldKeys[s], mask);
          while (shortKeys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          shortKeys[slot] = oldKeys[s];
          shortIds[slot] = oldIds[s];
        }
      }
    }

    private static boolean same(byte[] key, byte[] buf, int from, int length) {
      if (key.length != length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        if (key[k] != buf[from + k]) {
          return false;
        }
      }
      return true;
    }

    private int lookUp(byte[] buf, int from, int length) {
      int hash = 1;
      for (int k = from; k < from + length; k++) {
        hash = 31 * hash + buf[k];
      }
      int mask = keys.length - 1;
      for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
        byte[] key = keys[slot];
        if (key == null) {
          byte[] copy = java.util.Arrays.copyOfRange(buf, from, from + length);
          keys[slot] = copy;
          ids[slot] = byId.size();
          byId.add(copy);
          if (byId.size() * 2 > keys.length) {
            grow();
          }
          return byId.size() - 1;
        }
        if (same(key, buf, from, length)) {
          return ids[slot];
        }
      }
    }

    private static int mix(int hash) {
      return hash ^ (hash >>> 16);
    }

    private void grow() {
      byte[][] oldKeys = keys;
      int[] oldIds = ids;
      keys = new byte[oldKeys.length * 2][];
      ids = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        byte[] key = oldKeys[s];
        if (key == null) {
          continue;
        }
        int hash = 1;
        for (byte b : key) {
          hash = 31 * hash + b;
        }
        int slot = mix(hash) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = oldIds[s];
      }
    }

    /**
     * Each id's global index by its text ({@code null} from {@code global}: unknown), or
     * {@code null} if any is unknown.
     */
    int[] resolve(java.util.function.Function<String, Integer> global) {
      int[] map = new int[byId.size()];
      for (int id = 0; id < map.length; id++) {
        Integer index = global.apply(new String(byId.get(id), StandardCharsets.US_ASCII));
        if (index == null) {
          return null;
        }
        map[id] = index;
      }
      return map;
    }
  }

  /**
   * The outcome of reading in bulk: a snapshot, or every problem that stopped one being read
   * (exactly {@link SnapshotReader}'s).
   *
   * @since 1.0.0
   */
  public static final class Result {
    private final BulkSnapshot snapshot;
    private final ImmutableList<SnapshotProblem> problems;
    private final boolean inBulk;

    private Result(BulkSnapshot snapshot, ImmutableList<SnapshotProblem> problems,
        boolean inBulk) {
      this.snapshot = snapshot;
      this.problems = problems;
      this.inBulk = inBulk;
    }

    /** Whether the document was a valid snapshot. */
    public boolean isValid() {
      return snapshot != null;
    }

    /**
     * The snapshot.
     *
     * @throws InvalidSnapshotException with every problem, if the document was not valid
     */
    public BulkSnapshot snapshot() {
      if (snapshot == null) {
        throw new InvalidSnapshotException(problems);
      }
      return snapshot;
    }

    /** Every problem found, ordered by path; empty when valid. */
    public ImmutableList<SnapshotProblem> problems() {
      return problems;
    }

    /**
     * Whether the observations were read in bulk (in parallel, into columns) rather than by the
     * strict reader: false for an invalid document or an unusual valid one.
     */
    public boolean readInBulk() {
      return inBulk;
    }
  }
}
