package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Whatever the snapshot, a problem put into its document is reported at its JSON path, alone, and
 * every problem put in is reported, never only the first (SNAPSHOT.md).
 */
class ReaderProblemsTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  private static List<String> problemsAfter(Snapshot snapshot, Consumer<ObjectNode> edit) {
    try {
      ObjectNode document = (ObjectNode) TREES.readTree(SnapshotWriter.write(snapshot));
      edit.accept(document);
      return SnapshotReader.read(TREES.writeValueAsString(document)).problems().stream()
          .map(SnapshotProblem::toString).collect(Collectors.toList());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode element(ObjectNode document, String array, int index) {
    return (ObjectNode) document.get(array).get(index);
  }

  @Property
  void aLikelihoodOutside1To5IsReportedAtItsPath(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll @IntRange(min = 0, max = 99) int which, @ForAll("outside1To5") int likelihood) {
    Assume.that(!snapshot.risks().isEmpty());
    int i = which % snapshot.risks().size();
    assertEquals(List.of("$.risks[" + i + "].likelihood: " + likelihood + " is not between 1 and 5"),
        problemsAfter(snapshot, d -> element(d, "risks", i).put("likelihood", likelihood)));
  }

  @Property
  void month13IsReportedAtItsPath(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll @IntRange(min = 0, max = 99) int which) {
    Assume.that(!snapshot.observations().isEmpty());
    int i = which % snapshot.observations().size();
    String period = snapshot.observations().get(i).period().year() + "-13";
    assertEquals(List.of("$.observations[" + i + "].period: period \"" + period
            + "\" has month 13, which is not between 1 and 12"),
        problemsAfter(snapshot, d -> element(d, "observations", i).put("period", period)));
  }

  @Property
  void anUnknownFieldIsReportedWhereverItIs(@ForAll("v1Snapshots") Snapshot snapshot,
      @ForAll("parts") String part) {
    List<String> expected = new ArrayList<>();
    List<String> problems = problemsAfter(snapshot, d -> {
      if (d.get(part).size() > 0) {
        element(d, part, 0).put("zzz", true);
        expected.add("$." + part + "[0].zzz");
      } else {
        d.put("zzz", true);
        expected.add("$.zzz");
      }
    });
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(expected.get(0), problems.get(0).substring(0, problems.get(0).indexOf(':')));
  }

  /** Every broken risk is reported: k broken risks, k problems, in order. */
  @Property
  void everyBrokenRiskIsReportedNotOnlyTheFirst(@ForAll("v1Snapshots") Snapshot snapshot) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < snapshot.risks().size(); i++) {
      expected.add("$.risks[" + i + "].consequence: 0 is not between 1 and 5");
    }
    assertEquals(expected, problemsAfter(snapshot, d -> {
      for (int i = 0; i < snapshot.risks().size(); i++) {
        element(d, "risks", i).put("consequence", 0);
      }
    }));
  }

  @Provide
  Arbitrary<Snapshot> v1Snapshots() {
    return ModelArbitraries.v1Snapshots();
  }

  @Provide
  Arbitrary<Integer> outside1To5() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-1000, 0),
        Arbitraries.integers().between(6, 1000));
  }

  @Provide
  Arbitrary<String> parts() {
    return Arbitraries.of("providers", "indicators", "observations", "intelligence", "risks",
        "decisions");
  }
}
