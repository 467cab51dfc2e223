package org.qsurv.app.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * {@link FirstRows}, the import's check for repeated observations (one observation per provider,
 * indicator and period, SNAPSHOT.md), answers as the map of {@link ObservationKey}s it replaces:
 * for any sequence of observations, each row's first earlier row with the same key, and as a set
 * the same keys (size, iteration, membership, including keys of values never seen).
 */
class FirstRowsTest {
  @Property
  void firstRowsAndKeysAreTheMapOfObservationKeys(
      @ForAll("observations") List<Observation> observations,
      @ForAll("observations") List<Observation> others) {
    FirstRows first = new FirstRows(observations.size() / 3);
    Map<ObservationKey, Integer> expected = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Integer earlier = expected.putIfAbsent(ObservationKey.of(observations.get(i)), i);
      assertEquals(earlier == null ? -1 : earlier, first.putIfAbsent(observations.get(i), i),
          "row " + i);
    }
    assertEquals(expected.size(), first.size());
    assertEquals(expected.keySet(), new HashSet<>(first));
    for (Observation o : others) {
      ObservationKey key = ObservationKey.of(o);
      assertEquals(expected.containsKey(key), first.contains(key), key.toString());
    }
    Set<Object> notKeys = Set.of("RH5/shmi/2025-07");
    assertFalse(first.containsAll(notKeys));
  }

  @Provide
  Arbitrary<List<Observation>> observations() {
    Arbitrary<OrganisationCode> provider = Arbitraries.of("RH5", "RX1", "1-101234567", "RAJ")
        .map(OrganisationCode::of);
    Arbitrary<IndicatorId> indicator = Arbitraries.of("shmi", "staff-flu", "falls")
        .map(IndicatorId::of);
    // New period objects each time: equal keys need not be the same objects.
    Arbitrary<Period> period = Arbitraries.integers().between(0, 40)
        .map(m -> Period.month(2024, 1).plus(m));
    return Combinators.combine(provider, indicator, period)
        .as((p, i, t) -> Observation.missing(p, i, t)).list().ofMaxSize(300);
  }
}
