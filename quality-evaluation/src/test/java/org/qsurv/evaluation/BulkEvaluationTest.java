package org.qsurv.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.testing.model.ModelArbitraries;
import org.qsurv.model.snapshot.BulkSnapshot;
import org.qsurv.model.snapshot.BulkSnapshotReader;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * The bulk path (observations read in parallel chunks into columns, providers evaluated in
 * parallel) gives the assessment of the strict single-threaded path byte for byte (SNAPSHOT.md:
 * the assessment is a function of the snapshot and the policy alone): on every fixture under
 * every profile, and on generated snapshots, both those built in code (with missing returns,
 * trajectories and system risks, which only the model holds) and those read from their JSON.
 * A four-thread pool finishes tasks in any order; the output may not depend on it.
 */
class BulkEvaluationTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  private static String strict(Snapshot snapshot, PolicyProfile profile) {
    return AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot, profile));
  }

  private static String bulk(BulkSnapshot snapshot, PolicyProfile profile) {
    return AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot, profile, POOL));
  }

  /** Every fixture snapshot, under every profile: the same assessment, byte for byte. */
  @Test
  void everyFixtureIsAssessedTheSameInBulk() throws IOException {
    // quality-model's example snapshots (read from its sources: its test-jar is not on this
    // module's class path) and this module's stories.
    String[] fixtures = {"../quality-model/src/test/resources/snapshots/example.json",
        "../quality-model/src/test/resources/snapshots/example-1.1.json",
        "src/test/resources/stories/over-firing-1.json",
        "src/test/resources/stories/over-firing-1.1.json"};
    for (String name : fixtures) {
      byte[] json = Files.readAllBytes(Path.of(name));
      Snapshot snapshot = SnapshotReader.read(json).snapshot();
      BulkSnapshotReader.Result read = BulkSnapshotReader.read(json, POOL);
      assertTrue(read.readInBulk(), name);
      for (PolicyProfile profile : PolicyProfiles.all()) {
        assertEquals(strict(snapshot, profile), bulk(read.snapshot(), profile),
            name + " under " + profile.name());
      }
    }
  }

  /**
   * A snapshot built in code, in bulk form and evaluated on four threads, is assessed exactly as
   * on the calling thread.
   */
  @Property
  void aSnapshotIsAssessedTheSameInParallel(@ForAll("snapshots") Snapshot snapshot) {
    ScoringPolicy scoring = ScoringPolicy.nhsDefaults();
    EscalationPolicy escalation = EscalationPolicy.nhsDefaults();
    assertEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot, scoring, escalation)),
        AssessmentWriter.write(SnapshotEvaluator.evaluate(BulkSnapshot.of(snapshot), scoring,
            escalation, POOL)));
  }

  /** A written snapshot read by the bulk reader is assessed as the strict reader's is. */
  @Property
  void aWrittenSnapshotReadInBulkIsAssessedTheSame(@ForAll("v1Snapshots") Snapshot snapshot) {
    byte[] json = SnapshotWriter.write(snapshot).getBytes(StandardCharsets.UTF_8);
    PolicyProfile profile = PolicyProfiles.nhsDefaults();
    BulkSnapshotReader.Result read = BulkSnapshotReader.read(json, POOL);
    assertTrue(read.readInBulk());
    assertEquals(strict(SnapshotReader.read(json).snapshot(), profile),
        bulk(read.snapshot(), profile));
  }

  /**
   * The parallel writer writes the sequential writer's bytes, pretty-printed or compact, to a
   * writer of text or to a stream of bytes (where the ranges go to Jackson's UTF-8 generator as
   * UTF-8 bytes): whatever the number of providers (repeated here to cross many ranges and
   * waves), the order of finishing.
   */
  @Property
  void theParallelWriterWritesTheSameBytes(@ForAll("snapshots") Snapshot snapshot,
      @ForAll @IntRange(min = 1, max = 400) int copies, @ForAll boolean pretty,
      @ForAll boolean toStream) throws IOException {
    Assessment one = SnapshotEvaluator.evaluate(snapshot);
    List<ProviderAssessment> providers = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      providers.addAll(one.providers());
    }
    Assessment many = Assessment.builder().from(one).providers(providers).build();
    assertEquals(written(many, pretty, null, toStream), written(many, pretty, POOL, toStream));
  }

  private static String written(Assessment assessment, boolean pretty, Executor executor,
      boolean toStream) throws IOException {
    StringWriter text = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = toStream ? new JsonFactory().createGenerator(bytes)
        : new JsonFactory().createGenerator(text)) {
      if (pretty) {
        json.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      if (executor == null) {
        AssessmentWriter.write(assessment, json);
      } else {
        AssessmentWriter.write(assessment, json, executor);
      }
    }
    return toStream ? bytes.toString(StandardCharsets.UTF_8) : text.toString();
  }

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.snapshots(12, 60);
  }

  @Provide
  Arbitrary<Snapshot> v1Snapshots() {
    return ModelArbitraries.v1Snapshots();
  }
}
