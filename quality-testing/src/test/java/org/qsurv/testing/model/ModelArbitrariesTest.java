package org.qsurv.testing.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Decision;

/**
 * The published generators keep their promises: snapshots are consistent by SNAPSHOT.md's rules
 * (checked here directly, not only by {@code Snapshot}'s own check), small, and reach the edges of
 * the model often enough for a property to meet them.
 */
class ModelArbitrariesTest {

  /** SNAPSHOT.md: "`at` dates must not go backwards for a provider". */
  @Property
  void generatedDecisionsNeverGoBackwardsForAProvider(@ForAll("snapshots") Snapshot snapshot) {
    Map<OrganisationCode, LocalDate> last = new HashMap<>();
    for (Decision d : snapshot.decisions()) {
      LocalDate before = last.put(d.provider(), d.at());
      assertTrue(before == null || !d.at().isBefore(before), snapshot.decisions()::toString);
    }
  }

  /** SNAPSHOT.md: periods match the indicator's frequency; one observation per key. */
  @Property
  void generatedObservationsAreOfTheirIndicatorsFrequencyOncePerKey(
      @ForAll("snapshots") Snapshot snapshot) {
    Set<Object> keys = new HashSet<>();
    for (Observation o : snapshot.observations()) {
      assertTrue(snapshot.provider(o.provider()).isPresent());
      Frequency frequency = snapshot.indicator(o.indicator()).orElseThrow().frequency();
      assertTrue(o.period().frequency() == frequency);
      assertTrue(keys.add(java.util.List.of(o.provider(), o.indicator(), o.period())));
    }
  }

  @Property
  void generatedSnapshotsAreSmallByDefault(@ForAll("snapshots") Snapshot snapshot) {
    assertTrue(snapshot.providers().size() <= 4);
    assertTrue(snapshot.indicators().size() <= 3);
    assertTrue(snapshot.observations().size() <= 10);
    assertTrue(snapshot.decisions().size() <= 10);
  }

  /** A generator that never produced a missing return could not catch a bug with one. */
  @Property
  void snapshotsReachTheModelsEdges(@ForAll("snapshots") Snapshot s) {
    Statistics.label("missing return").collect(s.observations().stream().anyMatch(Observation::isMissing));
    Statistics.label("system-wide risk").collect(s.risks().stream().anyMatch(r -> r.provider().isEmpty()));
    Statistics.label("quarterly observation").collect(
        s.observations().stream().anyMatch(o -> o.period().frequency() == Frequency.QUARTERLY));
    Statistics.label("sensitive intelligence").collect(
        s.intelligence().stream().anyMatch(i -> i.sensitive()));
    Statistics.label("several decisions for one provider").collect(
        s.decisions().stream().map(Decision::provider).distinct().count() < s.decisions().size());
    Statistics.label("no providers").collect(s.providers().isEmpty());
    Statistics.label("CQC-coded provider").collect(
        s.providers().stream().anyMatch(p -> p.code().isCqcLocation()));
    Statistics.label("observation after asOf").collect(
        s.observations().stream().anyMatch(o -> o.period().start().isAfter(s.asOf())));
    for (String label : new String[] {"missing return", "system-wide risk", "quarterly observation",
        "sensitive intelligence", "several decisions for one provider", "no providers",
        "CQC-coded provider", "observation after asOf"}) {
      Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 1.0));
    }
  }

  /** What v1 cannot carry never appears in v1Snapshots() (their round trip is in snapshot). */
  @Property
  void v1SnapshotsHaveNoMissingReturnsAndNoSystemWideRisks(@ForAll("v1Snapshots") Snapshot s) {
    assertFalse(s.observations().stream().anyMatch(Observation::isMissing));
    assertFalse(s.risks().stream().anyMatch(r -> r.provider().isEmpty()));
    assertFalse(s.intelligence().stream().anyMatch(i -> i.sensitive()));
    assertTrue(s.intelligence().stream().allMatch(i -> !i.sensitive() || i.nature() == Nature.SOFT));
  }

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.snapshots();
  }

  @Provide
  Arbitrary<Snapshot> v1Snapshots() {
    return ModelArbitraries.v1Snapshots();
  }
}
