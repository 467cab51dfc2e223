package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.testing.model.ModelArbitraries;
import org.qsurv.testing.model.SnapshotMutations;
import picocli.CommandLine;

/**
 * {@code qsurv.jar evaluate} on broken input: 10,000 mutated snapshots (values of the wrong type,
 * numbers and dates out of range, fields missing, unknown and repeated, elements repeated, deep
 * nesting, huge numbers, the 1.1 fields, truncated text) each end in exit 0 with an assessment or
 * exit 2 with every problem at its JSON path, never an exception or exit 1 (docs/SNAPSHOT.md: 1 is
 * for failures other than the snapshot, such as a file that cannot be read). The seed is fixed, so
 * a failure replays; each crash it found is a named example below.
 */
class EvaluateFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The evaluate command, made once: picocli reads a command's annotations when it is made, which
   * costs more than evaluating a small snapshot. An exception in it ends in exit 1 with its stack
   * trace on stderr, which the property reports.
   */
  private static final CommandLine EVALUATE = new CommandLine(new EvaluateCommand());
  private static Path dir;
  private static String example;
  private static String somerset;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("qsurv-fuzz");
    example = Files.readString(Path.of("../quality-model/src/test/resources/snapshots/example.json"));
    somerset = Files.readString(
        Path.of("../examples/src/main/resources/org/qsurv/examples/somerset-snapshot.json"));
  }

  @AfterContainer
  static void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 10_000, seed = "20261202", shrinking = ShrinkingMode.OFF)
  void aMutatedSnapshotExitsWith0Or2AndNeverFails(@ForAll("documents") String document,
      @ForAll long seed) throws IOException {
    String mutated = SnapshotMutations.mutate(document, new Random(seed));
    Run run;
    try {
      run = evaluate(mutated);
    } catch (Throwable t) {
      throw new AssertionError("evaluate threw " + t + " on (seed " + seed + "):\n"
          + shown(mutated), t);
    }
    int exit = run.exit();
    String stdout = run.out();
    String stderr = run.err();
    Statistics.collect("exit " + exit);
    switch (exit) {
      case 0 -> {
        JsonNode assessment = JSON.readTree(stdout);
        assertTrue(assessment.path("format").asText().startsWith("qsurv-assessment/"), stdout);
        assertEquals("", stderr);
      }
      case 2 -> {
        assertEquals("", stdout, "nothing on stdout when the snapshot is invalid");
        for (String line : stderr.strip().split("\\R")) {
          assertTrue(line.startsWith("$"), () -> "a problem without its JSON path: " + line
              + "\nin:\n" + shown(mutated));
        }
      }
      default -> fail("exit " + exit + " (seed " + seed + "): " + stderr + "\non:\n"
          + shown(mutated));
    }
  }

  /** Found by the fuzz test: a date past the years qsurv accepts is a format problem, exit 2. */
  @Example
  void anAsOfInTheYear9999ExitsWith2AtItsPath() throws IOException {
    Run run = evaluate(example.replace("\"asOf\": \"2025-07-01\"", "\"asOf\": \"9999-12-31\""));
    assertEquals(2, run.exit(), run.err());
    assertEquals("$.asOf: \"9999-12-31\" is outside the dates qsurv accepts (years 1900 to 2999)",
        run.err().strip());
  }

  /**
   * Found by the fuzz test: on the last day qsurv accepts, the next return falls due in a year no
   * period holds; the assessment is made (exit 0) instead of exit 1.
   */
  @Example
  void anAsOfOnTheLastDayQsurvAcceptsIsEvaluated() throws IOException {
    String lastDay = example.replace("\"asOf\": \"2025-07-01\"", "\"asOf\": \"2999-12-31\"")
        .replace("\"period\": \"2024-07\"", "\"period\": \"2999-09\"");
    Run run = evaluate(lastDay);
    assertEquals(0, run.exit(), run.err());
    assertEquals("qsurv-assessment/1", JSON.readTree(run.out()).path("format").asText());
  }

  private record Run(int exit, String out, String err) {}

  private static Run evaluate(String document) throws IOException {
    Path file = dir.resolve("snapshot.json");
    Files.writeString(file, document);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    EVALUATE.setOut(new PrintWriter(out, true));
    EVALUATE.setErr(new PrintWriter(err, true));
    return new Run(EVALUATE.execute(file.toString()), out.toString(), err.toString());
  }

  /** The documents mutated: SNAPSHOT.md's example, the Somerset example and generated ones. */
  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(example)),
        Tuple.of(1, Arbitraries.just(somerset)),
        Tuple.of(7, ModelArbitraries.v1Snapshots().map(SnapshotWriter::write)));
  }

  private static String shown(String document) {
    return document.length() > 4000 ? document.substring(0, 4000) + "..." : document;
  }
}
