package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.qsurv.testing.model.ModelArbitraries;
import org.qsurv.testing.model.SnapshotMutations;

/**
 * The bulk reader reads exactly what the strict reader reads (SNAPSHOT.md is the contract of
 * both): for a valid document the same parts and the same observations, and for an invalid one
 * the same problems, word for word, because it hands anything unusual to the strict reader. Chunk
 * sizes down to one byte put chunk boundaries everywhere, inside names, numbers and white space,
 * and a three-thread pool makes the chunks finish in any order.
 */
class BulkSnapshotReaderTest {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  private static BulkSnapshotReader.Result bulk(byte[] json, int chunkBytes) {
    return BulkSnapshotReader.read(SnapshotBytes.of(json), POOL, () -> {
      try {
        return JSON.createParser(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, chunkBytes);
  }

  /** Asserts that the bulk result is the strict reader's, in parts, columns or problems. */
  private static void assertSameAsStrict(byte[] json, BulkSnapshotReader.Result bulk) {
    SnapshotReader.Result strict = SnapshotReader.read(json);
    String text = new String(json, StandardCharsets.UTF_8);
    assertEquals(strict.problems(), bulk.problems(), text);
    assertEquals(strict.isValid(), bulk.isValid(), text);
    if (strict.isValid()) {
      Snapshot expected = strict.snapshot();
      Snapshot parts = bulk.snapshot().parts();
      assertEquals(Snapshot.builder().from(expected).observations(List.of()).build(),
          Snapshot.builder().from(parts).observations(List.of()).build(), text);
      assertSameColumns(BulkSnapshot.of(expected).observations(), bulk.snapshot().observations());
    }
  }

  static void assertSameColumns(ObservationColumns expected, ObservationColumns actual) {
    assertEquals(expected.providers(), actual.providers());
    assertEquals(expected.size(), actual.size());
    for (int p = 0; p < expected.providers(); p++) {
      assertEquals(expected.from(p), actual.from(p));
      assertEquals(expected.to(p), actual.to(p));
    }
    long[] e = new long[expected.size() * 3];
    long[] a = new long[actual.size() * 3];
    for (int r = 0; r < expected.size(); r++) {
      e[3 * r] = expected.indicator(r);
      e[3 * r + 1] = expected.period(r).hashCode() * 31L + expected.period(r).ordinal();
      e[3 * r + 2] = Double.doubleToRawLongBits(expected.value(r));
      a[3 * r] = actual.indicator(r);
      a[3 * r + 1] = actual.period(r).hashCode() * 31L + actual.period(r).ordinal();
      a[3 * r + 2] = Double.doubleToRawLongBits(actual.value(r));
      assertEquals(expected.period(r), actual.period(r));
    }
    assertArrayEquals(e, a, "indicator, period and value (bit for bit) of every row");
  }

  /** A snapshot as the writer writes it is read in bulk, to the strict reader's snapshot. */
  @Property
  void aWrittenSnapshotIsReadInBulkToTheSameSnapshot(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll @IntRange(min = 1, max = 400) int chunkBytes) {
    byte[] json = SnapshotWriter.write(snapshot).getBytes(StandardCharsets.UTF_8);
    BulkSnapshotReader.Result result = bulk(json, chunkBytes);
    assertTrue(result.readInBulk(), "a written snapshot has the plain shape");
    assertSameAsStrict(json, result);
  }

  /**
   * Whatever is broken (a value, a field, a type, a repeat, the syntax, the end), the bulk reader
   * reports the strict reader's problems, and a broken document that is still valid is read the
   * same.
   */
  @Property
  void aBrokenSnapshotHasTheStrictReadersProblems(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int chunkBytes) {
    assertReadAsStrictly(SnapshotMutations.mutate(SnapshotWriter.write(snapshot),
        new Random(seed)), chunkBytes);
  }

  /** Rewritings that keep the snapshot (nulls, 4.0 for 4, other orders) keep what is read. */
  @Property
  void aVariantIsReadToTheSameSnapshot(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int chunkBytes) {
    assertReadAsStrictly(SnapshotMutations.variant(SnapshotWriter.write(snapshot),
        new Random(seed)), chunkBytes);
  }

  /**
   * A snapshot written compact, as a national feed is (each observation
   * {@code {"provider":..,"indicator":..,"period":..,"value":..}} with no white space, the shape
   * the reader's eight-bytes-at-a-time path takes), is read in bulk to the strict reader's
   * snapshot.
   */
  @Property
  void aCompactSnapshotIsReadInBulkToTheSameSnapshot(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll @IntRange(min = 1, max = 400) int chunkBytes) {
    byte[] json = compact(SnapshotWriter.write(snapshot)).getBytes(StandardCharsets.UTF_8);
    BulkSnapshotReader.Result result = bulk(json, chunkBytes);
    assertTrue(result.readInBulk(), "a compact snapshot has the plain shape");
    assertSameAsStrict(json, result);
  }

  /** Whatever is broken in a compact snapshot, the bulk reader reports the strict reader's. */
  @Property
  void aBrokenCompactSnapshotHasTheStrictReadersProblems(
      @ForAll("v1Snapshots") Snapshot snapshot, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 400) int chunkBytes) {
    assertReadAsStrictly(SnapshotMutations.mutate(compact(SnapshotWriter.write(snapshot)),
        new Random(seed)), chunkBytes);
  }

  /**
   * An escape, a quote, a control character or a non-ASCII character in place of any character
   * of a compact observation's code, id or period (before, on and after every eight-byte boundary
   * the fast path reads at) is read as the strict reader reads it: the document is valid only
   * where the escape spells the same text (the escape of a 5 for a 5), and then it is read,
   * strictly.
   */
  @Property
  void anUnusualCharacterAnywhereInACompactStringIsReadAsStrictly(
      @ForAll @IntRange(min = 0, max = 16) int at, @ForAll @IntRange(min = 0, max = 2) int field,
      @ForAll("unusualCharacters") String unusual,
      @ForAll @IntRange(min = 1, max = 64) int chunkBytes) {
    String[] texts = {"RH5RH5RH5RH5RH5RH5", "shmishmishmishmi", "2025-06"};
    String text = texts[field];
    int cut = Math.min(at, text.length() - 1);
    texts[field] = unusual.isEmpty() ? text
        : text.substring(0, cut) + unusual + text.substring(cut + 1);
    String document = "{\"format\":\"qsurv-snapshot/1\",\"asOf\":\"2025-07-01\","
        + "\"commissioner\":{\"code\":\"QSL\",\"name\":\"N\"},\"providers\":[{\"code\":\""
        + "RH5RH5RH5RH5RH5RH5\",\"name\":\"P\",\"kind\":\"ACUTE\"}],\"indicators\":[{\"id\":"
        + "\"shmishmishmishmi\",\"name\":\"S\",\"domain\":\"SAFE\",\"unit\":\"ratio\","
        + "\"polarity\":\"LOWER_IS_BETTER\",\"frequency\":\"MONTHLY\"}],\"observations\":["
        + "{\"provider\":\"RH5RH5RH5RH5RH5RH5\",\"indicator\":\"shmishmishmishmi\","
        + "\"period\":\"2025-05\",\"value\":1},"
        + "{\"provider\":\"" + texts[0] + "\",\"indicator\":\"" + texts[1] + "\",\"period\":\""
        + texts[2] + "\",\"value\":2.5}],\"intelligence\":[],\"risks\":[],\"decisions\":[]}";
    assertReadAsStrictly(document, chunkBytes);
  }

  @Provide
  Arbitrary<String> unusualCharacters() {
    return Arbitraries.of("", "\\u0035", "\\\"", "\\\\", "\\n", "\t", "\u0001", "\u007f", "\u00e9",
        "\u20ac", "\"", "\"x", " ", "\\/");
  }

  /** The JSON text without white space between tokens, its fields in their order. */
  private static String compact(String json) {
    try (com.fasterxml.jackson.core.JsonParser in = JSON.createParser(json);
        java.io.StringWriter text = new java.io.StringWriter();
        com.fasterxml.jackson.core.JsonGenerator out = JSON.createGenerator(text)) {
      while (in.nextToken() != null) {
        out.copyCurrentEvent(in);
      }
      out.flush();
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertReadAsStrictly(String text, int chunkBytes) {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);
    assertSameAsStrict(json, bulk(json, chunkBytes));
  }

  /**
   * Any number a value may be written as is read to the double the strict reader gives (Jackson's
   * {@code getDoubleValue()}, correctly rounded), bit for bit: the exact fast path and the slow
   * one, signs, exponents, zeros, integers beyond a long. Two properties, so that each kind of
   * number has the default tries of its own (no property states its own tries: see the root pom).
   */
  @Property
  void everyDecimalShapeIsReadBitForBitAsTheStrictReaderReadsIt(@ForAll("decimalShapes") String number,
      @ForAll @IntRange(min = 1, max = 64) int chunkBytes) {
    assertNumberReadAsStrictly(number, chunkBytes);
  }

  /** The same of every double as Java writes it. */
  @Property
  void everyDoubleIsReadBitForBitAsTheStrictReaderReadsIt(@ForAll double value,
      @ForAll @IntRange(min = 1, max = 64) int chunkBytes) {
    assertNumberReadAsStrictly(Double.toString(value), chunkBytes);
  }

  private static void assertNumberReadAsStrictly(String number, int chunkBytes) {
    byte[] json = ("{\"format\":\"qsurv-snapshot/1\",\"asOf\":\"2025-07-01\",\"commissioner\":"
        + "{\"code\":\"QSL\",\"name\":\"N\"},\"providers\":[{\"code\":\"RH5\",\"name\":\"P\","
        + "\"kind\":\"ACUTE\"}],\"indicators\":[{\"id\":\"shmi\",\"name\":\"S\",\"domain\":\"SAFE\","
        + "\"unit\":\"ratio\",\"polarity\":\"LOWER_IS_BETTER\",\"frequency\":\"MONTHLY\"}],"
        + "\"observations\":[{\"provider\":\"RH5\",\"indicator\":\"shmi\",\"period\":\"2025-06\","
        + "\"value\":" + number + "}],\"intelligence\":[],\"risks\":[],\"decisions\":[]}")
        .getBytes(StandardCharsets.US_ASCII);
    BulkSnapshotReader.Result result = bulk(json, chunkBytes);
    assertSameAsStrict(json, result);
    if (result.isValid()) {
      assertTrue(result.readInBulk(), number);
    }
  }

  /** Decimals of up to 25 digits with signs, fractions and exponents, and the edge cases. */
  @Provide
  Arbitrary<String> decimalShapes() {
    Arbitrary<String> decimals = Arbitraries.strings().withChars("0123456789").ofMinLength(1)
        .ofMaxLength(25).map(s -> s.replaceFirst("^0+(?=.)", ""));
    Arbitrary<String> shaped = net.jqwik.api.Combinators.combine(
        Arbitraries.of("", "-"), decimals, Arbitraries.of("", ".5", ".0", ".000001", ".25",
            ".1234567890123456789"), Arbitraries.of("", "e1", "E-3", "e+22", "e23", "e-22",
            "e-23", "e308", "e400", "e-400", "E0")).as((a, b, c, d) -> a + b + c + d);
    Arbitrary<String> edges = Arbitraries.of("-0", "-0.0", "0", "0.0", "-0e0", "1e22", "1e23",
        "9007199254740993", "123456789012345678901234", "4.000000000000001", "0.1", "-1E-400",
        "1E400", "01", "1.", ".5", "+1", "-", "1e", "2147483648", "-9223372036854775809");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, shaped), net.jqwik.api.Tuple.of(1, edges));
  }

  @Provide
  Arbitrary<Snapshot> v1Snapshots() {
    return ModelArbitraries.v1Snapshots();
  }

  /** Every broken fixture gives the strict reader's problems, at any chunk size. */
  @Test
  void everyBrokenFixtureHasTheStrictReadersProblems() throws IOException {
    List<String> names = brokenFixtures();
    assertFalse(names.isEmpty());
    for (String name : names) {
      byte[] json = resource("/snapshots/broken/" + name);
      for (int chunkBytes : new int[] {1, 7, 64, 1 << 20}) {
        BulkSnapshotReader.Result result = bulk(json, chunkBytes);
        assertFalse(result.isValid(), name);
        assertSameAsStrict(json, result);
      }
    }
  }

  /** The example snapshots are read in bulk, to the strict reader's snapshots. */
  @Test
  void theExampleSnapshotsAreReadInBulk() throws IOException {
    for (String name : new String[] {"/snapshots/example.json", "/snapshots/example-1.1.json"}) {
      byte[] json = resource(name);
      for (int chunkBytes : new int[] {1, 13, 256, 1 << 20}) {
        BulkSnapshotReader.Result result = bulk(json, chunkBytes);
        assertTrue(result.readInBulk(), name);
        assertSameAsStrict(json, result);
      }
    }
  }

  /** An observation the plain shape does not cover (an escape) is read strictly, to the same. */
  @Test
  void anUnusualValidDocumentIsReadByTheStrictReader() throws IOException {
    String example = new String(resource("/snapshots/example.json"), StandardCharsets.UTF_8);
    int at = example.indexOf("\"provider\"", example.indexOf("\"observations\""));
    byte[] json = (example.substring(0, at) + "\"provid\\u0065r\"" + example.substring(at + 10))
        .getBytes(StandardCharsets.UTF_8);
    BulkSnapshotReader.Result result = bulk(json, 64);
    assertFalse(result.readInBulk());
    assertTrue(result.isValid());
    assertSameAsStrict(json, result);
  }

  private static List<String> brokenFixtures() throws IOException {
    Path dir = Path.of("src/test/resources/snapshots/broken");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = new ArrayList<>();
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .forEach(names::add);
      return names;
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BulkSnapshotReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
