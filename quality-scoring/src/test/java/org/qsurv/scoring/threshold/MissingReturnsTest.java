package org.qsurv.scoring.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.BulkSnapshot;
import org.qsurv.model.snapshot.ObservationColumns;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;

/** A missing return is a finding, not a silent gap (003 §5.1.2; 001 §7.3). */
class MissingReturnsTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private final IndicatorDefinition shmi = ThresholdBandTest.shmi();

  private List<Observation> months(int fromMonth, int toMonth) {
    List<Observation> series = new ArrayList<>();
    for (int m = fromMonth; m <= toMonth; m++) {
      series.add(Observation.of(RH5, shmi.id(), Period.month(2025, m), 1.0));
    }
    return series;
  }

  private List<Period> missing(List<Observation> series, ReturnsPolicy policy) {
    return MissingReturns.of(shmi, series, AS_OF, policy);
  }

  /**
   * Found by the evaluate fuzz test: as of 31 December 2999, December's return is due by the end
   * of a month in 3000, a year no period holds; the returns owed are still found, and nothing is
   * thrown.
   */
  @Test
  void theLastMonthsOfTheLastYearAQsurvDateMayHaveAreJudged() {
    List<Observation> series = new ArrayList<>();
    for (int m = 1; m <= 9; m++) {
      series.add(Observation.of(RH5, shmi.id(), Period.month(2999, m), 1.0));
    }
    assertEquals(List.of(Period.parse("2999-10")),
        MissingReturns.of(shmi, series, LocalDate.of(2999, 12, 31), ReturnsPolicy.nhsDefaults()));
  }

  /** The same at the other end: a look-back from early 1900 starts in 1899, before any period. */
  @Test
  void aLookBackThatStartsBeforeTheFirstYearAQsurvDateMayHaveIsJudged() {
    List<Observation> series = List.of(Observation.of(RH5, shmi.id(), Period.month(1900, 1), 1.0));
    assertEquals(List.of(Period.parse("1900-02")),
        MissingReturns.of(shmi, series, LocalDate.of(1900, 4, 1), ReturnsPolicy.nhsDefaults()));
  }

  @Test
  void aReturnIsDueByTheEndOfTheFollowingPeriod() {
    // As of 1 July, May's return was due by 30 June; June's is due by 31 July.
    assertEquals(List.of(), missing(months(1, 5), ReturnsPolicy.nhsDefaults()));
    assertEquals(List.of(Period.parse("2025-05")),
        missing(months(1, 4), ReturnsPolicy.nhsDefaults()));
    assertEquals(List.of(Period.parse("2025-06")),
        missing(months(1, 5), ReturnsPolicy.builder().gracePeriods(0).build()));
  }

  @Test
  void aGapInTheSeriesIsMissing() {
    List<Observation> series = months(1, 6);
    series.remove(2);
    assertEquals(List.of(Period.parse("2025-03")),
        missing(series, ReturnsPolicy.nhsDefaults()));
  }

  @Test
  void aRecordedMissingReturnIsMissing() {
    List<Observation> series = months(1, 5);
    series.add(Observation.missing(RH5, shmi.id(), Period.parse("2025-06")));
    assertEquals(List.of(Period.parse("2025-06")), missing(series, ReturnsPolicy.nhsDefaults()));
  }

  @Test
  void aProviderThatNeverReturnedTheIndicatorOwesNothing() {
    assertEquals(List.of(), missing(List.of(), ReturnsPolicy.nhsDefaults()));
  }

  @Test
  void onlyTheLookBackIsReported() {
    // Returned January and February 2024 only: owed March 2024 to May 2025, but only periods
    // starting on or after 1 July 2024 (12 months back) are reported: July 2024 to May 2025.
    List<Observation> series = new ArrayList<>();
    series.add(Observation.of(RH5, shmi.id(), Period.parse("2024-01"), 1.0));
    series.add(Observation.of(RH5, shmi.id(), Period.parse("2024-02"), 1.0));
    List<Period> owed = missing(series, ReturnsPolicy.nhsDefaults());
    assertEquals(11, owed.size());
    assertEquals(Period.parse("2024-07"), owed.get(0));
    assertEquals(Period.parse("2025-05"), owed.get(10));
  }

  @Test
  void laterPeriodsAreIgnored() {
    List<Observation> series = months(1, 4);
    series.add(Observation.of(RH5, shmi.id(), Period.parse("2025-08"), 1.0));
    assertEquals(List.of(Period.parse("2025-05")), missing(series, ReturnsPolicy.nhsDefaults()));
  }

  /**
   * For any monthly or quarterly series (returns and recorded missing returns, in any order, some
   * of periods after the date), any date and any grace and look-back: a period is owed exactly
   * when it is no earlier than the provider's first period on or before the date, starts within
   * the look-back, has no return, and either its return was due (by the end of the period
   * {@code gracePeriods} later) before the date or it is recorded missing and has started (003
   * §5.1.2; 001 §7.3). The bulk form owes the same.
   */
  @Property
  void aPeriodIsOwedExactlyWhenItsReturnIsDueOrRecordedMissingAndNotMade(
      @ForAll boolean quarterly, @ForAll @IntRange(min = 0, max = 900) int day,
      @ForAll @Size(34) List<@IntRange(min = 0, max = 2) Integer> states,
      @ForAll @IntRange(min = 0, max = 3) int grace,
      @ForAll @IntRange(min = 1, max = 24) int lookBack, @ForAll Random random) {
    Frequency frequency = quarterly ? Frequency.QUARTERLY : Frequency.MONTHLY;
    IndicatorDefinition indicator = IndicatorDefinition.builder().from(shmi).frequency(frequency)
        .build();
    LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(day);
    Period current = Period.containing(asOf, frequency);
    // State of the period k - 30 periods from the current one: 0 none, 1 returned, 2 missing.
    List<Observation> series = new ArrayList<>();
    for (int k = 0; k < states.size(); k++) {
      Period period = current.plus(k - 30);
      if (states.get(k) == 1) {
        series.add(Observation.of(RH5, indicator.id(), period, 1.0));
      } else if (states.get(k) == 2) {
        series.add(Observation.missing(RH5, indicator.id(), period));
      }
    }
    Collections.shuffle(series, random);
    ReturnsPolicy policy = ReturnsPolicy.builder().gracePeriods(grace).lookBackMonths(lookBack)
        .build();

    List<Period> expected = new ArrayList<>();
    Period first = series.stream().map(Observation::period).filter(p -> !p.start().isAfter(asOf))
        .min(Period::compareTo).orElse(null);
    LocalDate lookBackFrom = asOf.minusMonths(lookBack);
    for (Period p = first; p != null && !p.start().isAfter(asOf); p = p.next()) {
      Period period = p;
      boolean returned = series.stream().anyMatch(o -> o.period().equals(period)
          && !o.isMissing());
      boolean recordedMissing = series.stream().anyMatch(o -> o.period().equals(period)
          && o.isMissing());
      boolean due = period.plus(grace).end().isBefore(asOf);
      if (!period.start().isBefore(lookBackFrom) && !returned && (due || recordedMissing)) {
        expected.add(period);
      }
    }
    assertEquals(expected, MissingReturns.of(indicator, series, asOf, policy));

    Snapshot snapshot = Snapshot.builder().from(ONE_PROVIDER).asOf(asOf.plusYears(2))
        .indicators(List.of(indicator)).observations(series).build();
    ObservationColumns columns = BulkSnapshot.of(snapshot).observations();
    assertEquals(expected, MissingReturns.of(indicator, columns, columns.from(0), columns.to(0),
        asOf, policy), "the bulk form");
  }

  private static final Snapshot ONE_PROVIDER = SnapshotReader.read("{\"format\":"
      + " \"qsurv-snapshot/1\", \"asOf\": \"2025-07-01\", \"commissioner\": {\"code\":"
      + " \"QSL\", \"name\": \"ICB\"}, \"providers\": [{\"code\": \"RH5\", \"name\":"
      + " \"Somerset FT\", \"kind\": \"ACUTE\"}], \"indicators\": [], \"observations\": [],"
      + " \"intelligence\": [], \"risks\": [], \"decisions\": []}").snapshot();
}
