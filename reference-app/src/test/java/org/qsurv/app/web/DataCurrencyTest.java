package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.app.Fixtures;
import org.qsurv.app.port.ImportSink.ImportRecord;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.snapshot.Snapshot;

/**
 * How current the data behind an assessment is (hazard H14, stale data shown as current): the
 * newest return with a value, the newest intelligence and the last import, per provider.
 */
class DataCurrencyTest {
  private static final ImportRecord IMPORT = new ImportRecord(7, "june.json", "m.ellery",
      Instant.parse("2025-06-30T18:00:00Z"));

  private static Snapshot small(LocalDate asOf) {
    return Snapshot.builder().from(Fixtures.small()).asOf(asOf).build();
  }

  /**
   * On 1 July the trust's newest return is June's, the care home's the first quarter's; each has
   * its newest intelligence (the home none), and both the last import; neither is stale.
   */
  @Test
  void theNewestReturnAndItemOfEachProviderOnTheSnapshotsDate() {
    var all = DataCurrency.of(Fixtures.small(), Optional.of(IMPORT));
    DataCurrency trust = all.get(Fixtures.TRUST);
    assertEquals(Optional.of(Period.parse("2025-06")), trust.newestReturn());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 10)), trust.newestIntelligence());
    assertEquals(Optional.of(IMPORT), trust.lastImport());
    assertFalse(trust.age().stale());
    DataCurrency home = all.get(Fixtures.HOME);
    assertEquals(Optional.of(Period.parse("2025-Q1")), home.newestReturn());
    assertEquals(Optional.empty(), home.newestIntelligence());
  }

  /**
   * A provider with no return with a value is stale, however recent its intelligence: a return
   * recorded as missing is not data, and neither is a return of a period after the date.
   */
  @Test
  void aProviderWithoutAnyValuedReturnIsStale() {
    Snapshot s = Snapshot.builder().from(small(LocalDate.of(2025, 5, 15)))
        .observations(List.of(Observation.missing(Fixtures.TRUST, Fixtures.SHMI,
            Period.parse("2025-04")), Observation.of(Fixtures.TRUST, Fixtures.SHMI,
            Period.parse("2025-06"), 1.07)))
        .build();
    DataCurrency trust = DataCurrency.of(s, Optional.empty()).get(Fixtures.TRUST);
    assertEquals(Optional.empty(), trust.newestReturn());
    assertTrue(trust.age().stale());
  }

  /**
   * For every set of monthly returns and every date: the newest return is the latest valued one
   * that started by the date, and a return recorded as missing never changes the currency.
   */
  @Property(tries = 1_000)
  void theNewestReturnIsTheLatestValuedOneForEveryInput(
      @ForAll("returns") List<Observation> returns,
      @ForAll @IntRange(min = 0, max = 900) int daysAfter2023) {
    LocalDate asOf = LocalDate.of(2023, 1, 1).plusDays(daysAfter2023);
    Snapshot s = Snapshot.builder().from(small(asOf)).observations(returns)
        .intelligence(List.of()).build();
    DataCurrency currency = DataCurrency.of(s, Optional.empty()).get(Fixtures.TRUST);
    Optional<Period> expected = returns.stream()
        .filter(o -> o.value().isPresent() && !o.period().start().isAfter(asOf))
        .map(Observation::period).max(Period::compareTo);
    assertEquals(expected, currency.newestReturn());
    Snapshot onlyValued = Snapshot.builder().from(s).observations(returns.stream()
        .filter(o -> o.value().isPresent()).toList()).build();
    assertEquals(DataCurrency.of(onlyValued, Optional.empty()).get(Fixtures.TRUST), currency);
  }

  @Provide
  Arbitrary<List<Observation>> returns() {
    Arbitrary<Observation> one = Combinators.combine(
        Arbitraries.integers().between(0, 35), Arbitraries.doubles().between(0.5, 1.5)
            .injectNull(0.3))
        .as((month, value) -> {
          Period p = Period.month(2023 + month / 12, month % 12 + 1);
          return value == null ? Observation.missing(Fixtures.TRUST, Fixtures.SHMI, p)
              : Observation.of(Fixtures.TRUST, Fixtures.SHMI, p, value);
        });
    return one.list().ofMaxSize(12).uniqueElements(Observation::period);
  }
}
