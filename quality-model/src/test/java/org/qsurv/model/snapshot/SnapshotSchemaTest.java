package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.qsurv.model.schema.JsonSchemas;
import org.qsurv.testing.model.ModelArbitraries;
import org.qsurv.testing.model.SnapshotMutations;

/**
 * The published JSON Schema of the snapshot ({@code qsurv-snapshot.schema.json}, in this jar and in
 * {@code docs/schemas/}) states docs/SNAPSHOT.md's fields, types, enums, patterns, ranges and
 * required-ness for formats 1 and 1.1; the reader checks all of that and more (unique ids,
 * references, periods of the indicator's frequency, decision dates in order, repeated keys, real
 * calendar dates). So the reader is the stricter of the two: whatever it accepts, the schema
 * accepts, and every broken fixture fails the reader.
 */
class SnapshotSchemaTest {
  private static final JsonSchemas SCHEMA = JsonSchemas.load(JsonSchemas.SNAPSHOT);
  private static final Path BROKEN = Path.of("src/test/resources/snapshots/broken");

  /** Broken fixtures whose rule a JSON Schema cannot state: only the reader rejects them. */
  private static final Set<String> READER_ONLY = Set.of(
      "as-of-30-february",
      "provider-code-duplicate",
      "indicator-id-duplicate",
      "indicator-thresholds-wrong-side",
      "observation-provider-unknown",
      "observation-indicator-unknown",
      "observation-period-wrong-frequency",
      "observation-duplicate",
      "observation-value-too-large",
      "intelligence-id-duplicate",
      "intelligence-provider-unknown",
      "risk-id-duplicate",
      "decision-provider-unknown",
      "decision-dates-go-backwards",
      "deep-dive-id-duplicate",
      "deep-dive-provider-unknown",
      "field-repeated",
      "recalculation-from-wrong-frequency",
      "recalculation-twice-from-a-period",
      "annotation-indicator-unknown");

  @Test
  void theCopyInDocsIsThePublishedSchema() throws IOException {
    assertEquals(JsonSchemas.text(JsonSchemas.SNAPSHOT),
        Files.readString(Path.of("../docs/schemas/qsurv-snapshot.schema.json")),
        "docs/schemas/qsurv-snapshot.schema.json must be a copy of quality-model's resource");
  }

  @Test
  void theExampleOfSnapshotMdIsValid() {
    String example = new String(ExampleSnapshotTest.exampleBytes(), StandardCharsets.UTF_8);
    assertEquals(List.of(), SCHEMA.problems(example));
    assertEquals(List.of(), SCHEMA.problems(snapshotMdExample()));
  }

  @Test
  void theSomersetExampleSnapshotIsValid() throws IOException {
    String somerset = Files.readString(
        Path.of("../examples/src/main/resources/org/qsurv/examples/somerset-snapshot.json"));
    assertEquals(List.of(), SnapshotReader.read(somerset).problems());
    assertEquals(List.of(), SCHEMA.problems(somerset));
  }

  /** Format 1.1 is additive: every field it adds, in an otherwise v1 example, is valid. */
  @Test
  void aSnapshotUsingEveryFieldOfFormat11IsValid() throws IOException {
    assertEquals(List.of(), SCHEMA.problems(resource("/snapshots/example-1.1.json")));
  }

  /** The reader of format 1.1 and its schema agree on the example that uses every 1.1 field. */
  @Test
  void theReaderAcceptsTheExampleOfFormat11() throws IOException {
    assertEquals(List.of(), SnapshotReader.read(resource("/snapshots/example-1.1.json")).problems());
  }

  @Test
  void everyBrokenFixtureFailsTheReader() {
    for (Path fixture : brokenFixtures()) {
      assertFalse(SnapshotReader.read(read(fixture)).isValid(), fixture + " passed the reader");
    }
  }

  /**
   * The schema catches every broken fixture whose rule it can state, and only the reader catches
   * the others: a rule dropped from the schema, or one it states wrongly, fails here.
   */
  @Test
  void theSchemaRejectsExactlyTheFixturesWhoseRuleItStates() {
    for (Path fixture : brokenFixtures()) {
      String name = fixture.getFileName().toString().replace(".json", "");
      List<String> problems = SCHEMA.problems(read(fixture));
      if (READER_ONLY.contains(name)) {
        assertEquals(List.of(), problems, name + " is a rule only the reader checks");
      } else {
        assertNotEquals(List.of(), problems, name + " passed the schema");
      }
    }
    Set<String> names = brokenFixtures().stream()
        .map(f -> f.getFileName().toString().replace(".json", ""))
        .collect(Collectors.toSet());
    assertEquals(Set.of(), READER_ONLY.stream().filter(n -> !names.contains(n))
        .collect(Collectors.toSet()), "READER_ONLY names fixtures that do not exist");
  }

  /** What the writer writes, the reader reads back (round trip) and the schema accepts. */
  @Property
  void theSchemaAcceptsEveryWrittenSnapshot(@ForAll("v1Snapshots") Snapshot snapshot) {
    String json = SnapshotWriter.write(snapshot);
    assertEquals(List.of(), SCHEMA.problems(json), json);
  }

  /**
   * The reader is the stricter: a mutated snapshot that the reader still accepts (a null for an
   * optional field, 4.0 for 4, a value changed within its range...) is accepted by the schema.
   */
  @Property
  void whatTheReaderAcceptsTheSchemaAccepts(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll long seed) {
    String mutated = SnapshotMutations.mutate(SnapshotWriter.write(snapshot), new Random(seed));
    boolean readerAccepts = SnapshotReader.read(mutated).isValid();
    Statistics.collect(readerAccepts ? "reader accepts" : "reader rejects");
    if (readerAccepts) {
      assertEquals(List.of(), SCHEMA.problems(mutated), mutated);
    }
  }

  /**
   * The same for rewrites that keep the snapshot what it was (nulls for optional fields, 4.0 for
   * 4, fields in another order...): the reader accepts each, and so does the schema.
   */
  @Property
  void theSchemaAcceptsEveryRewriteTheReaderAccepts(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll long seed) {
    String variant = SnapshotMutations.variant(SnapshotWriter.write(snapshot), new Random(seed));
    assertEquals(List.of(), SnapshotReader.read(variant).problems(), variant);
    assertEquals(List.of(), SCHEMA.problems(variant), variant);
  }

  /** The same in format 1.1, whose mutations add its fields, well or badly formed. */
  @Property
  void whatTheReaderOf11AcceptsTheSchemaAccepts(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll long seed) {
    String v11 = SnapshotWriter.write(snapshot)
        .replaceFirst("\"qsurv-snapshot/1\"", "\"qsurv-snapshot/1.1\"");
    String mutated = SnapshotMutations.mutate(v11, new Random(seed));
    boolean readerAccepts = SnapshotReader.read(mutated).isValid();
    Statistics.collect(readerAccepts ? "reader accepts" : "reader rejects");
    if (readerAccepts) {
      assertEquals(List.of(), SCHEMA.problems(mutated), mutated);
    }
  }

  @Provide
  Arbitrary<Snapshot> v1Snapshots() {
    return ModelArbitraries.v1Snapshots();
  }

  private static List<Path> brokenFixtures() {
    try (Stream<Path> files = Files.list(BROKEN)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (var in = SnapshotSchemaTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The first JSON block of docs/SNAPSHOT.md: its snapshot example. */
  private static String snapshotMdExample() {
    String md = read(Path.of("../docs/SNAPSHOT.md"));
    int start = md.indexOf("```json\n") + "```json\n".length();
    return md.substring(start, md.indexOf("```", start));
  }
}
