package org.qsurv.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
 * The age of the data behind an assessment (hazard H14, stale data shown as current): the newest
 * return with a value, the newest intelligence, the last import, and whether the indicator data is
 * stale, for the pages to show beside the advice.
 */
class DataAgeTest {
  private static final ImportRecord IMPORT = new ImportRecord(7, "june.json", "m.ellery",
      Instant.parse("2025-06-30T18:00:00Z"));

  private static Snapshot small(LocalDate asOf) {
    return Snapshot.builder().from(Fixtures.small()).asOf(asOf).build();
  }

  /**
   * On 1 July the trust's newest return is June's and not stale; the care home's is the first
   * quarter's (the second quarter's is not due until August) and not stale; each has its newest
   * intelligence, and both the last import.
   */
  @Test
  void theNewestReturnAndItemOfEachProviderOnTheSnapshotsDate() {
    var ages = DataAge.of(Fixtures.small(), Optional.of(IMPORT));
    DataAge trust = ages.get(Fixtures.TRUST);
    assertEquals(Optional.of(Period.parse("2025-06")), trust.newestReturn());
    assertEquals(OptionalLong.of(1), trust.daysSinceNewestReturn());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 10)), trust.newestIntelligence());
    assertEquals(Optional.of(IMPORT), trust.lastImport());
    assertFalse(trust.stale());
    DataAge home = ages.get(Fixtures.HOME);
    assertEquals(Optional.of(Period.parse("2025-Q1")), home.newestReturn());
    assertEquals(Optional.empty(), home.newestIntelligence());
    assertFalse(home.stale());
  }

  /**
   * The trust's newest return is June's: on 7 September July's return is 38 days past July's end
   * and may still come; on 8 September it is late, and the data is stale.
   */
  @Test
  void dataIsStaleOnceTheReturnAfterTheNewestIsPastItsGraceDays() {
    assertFalse(DataAge.of(small(LocalDate.of(2025, 9, 7)), Optional.empty())
        .get(Fixtures.TRUST).stale());
    assertTrue(DataAge.of(small(LocalDate.of(2025, 9, 8)), Optional.empty())
        .get(Fixtures.TRUST).stale());
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
    DataAge trust = DataAge.of(s, Optional.empty()).get(Fixtures.TRUST);
    assertEquals(Optional.empty(), trust.newestReturn());
    assertEquals(OptionalLong.empty(), trust.daysSinceNewestReturn());
    assertTrue(trust.stale());
  }

  /**
   * For every set of monthly returns and every date: the newest return is the latest valued one
   * that started by the date; stale exactly when there is none or the month after it ended more
   * than the grace days before the date; and a return recorded as missing never changes the age.
   */
  @Property(tries = 1_000)
  void theNewestReturnAndStalenessFollowTheirDefinitionForEveryInput(
      @ForAll("returns") List<Observation> returns,
      @ForAll @IntRange(min = 0, max = 900) int daysAfter2023) {
    LocalDate asOf = LocalDate.of(2023, 1, 1).plusDays(daysAfter2023);
    Snapshot s = Snapshot.builder().from(small(asOf)).observations(returns).intelligence(List.of())
        .build();
    DataAge age = DataAge.of(s, Optional.empty()).get(Fixtures.TRUST);
    Optional<Period> expected = returns.stream()
        .filter(o -> o.value().isPresent() && !o.period().start().isAfter(asOf))
        .map(Observation::period).max(Period::compareTo);
    assertEquals(expected, age.newestReturn());
    assertEquals(expected.map(p -> p.next().end().plusDays(DataAge.RETURN_GRACE_DAYS)
        .isBefore(asOf)).orElse(true), age.stale());

    Snapshot onlyValued = Snapshot.builder().from(s).observations(returns.stream()
        .filter(o -> o.value().isPresent()).toList()).build();
    assertEquals(DataAge.of(onlyValued, Optional.empty()).get(Fixtures.TRUST), age);
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
