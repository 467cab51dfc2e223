package org.qsurv.model.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.Rejections.assertRejected;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Reporting periods as SNAPSHOT.md writes them: {@code YYYY-MM} for monthly indicators and
 * {@code YYYY-Qn} (calendar quarters) for quarterly ones. Anything else is rejected with the text
 * it was given.
 */
class PeriodTest {

  @Example
  void aMonthAndAQuarterParseAsSnapshotMdWritesThem() {
    assertEquals(Period.month(2024, 7), Period.parse("2024-07"));
    assertEquals(Period.quarter(2024, 3), Period.parse("2024-Q3"));
    assertEquals(Frequency.MONTHLY, Period.parse("2024-07").frequency());
    assertEquals(Frequency.QUARTERLY, Period.parse("2024-Q3").frequency());
  }

  @Example
  void month13IsRejectedNamingTheTextAndTheMonth() {
    assertEquals("period \"2025-13\" has month 13, which is not between 1 and 12",
        assertRejected(() -> Period.parse("2025-13")));
  }

  @Example
  void quarter5IsRejectedNamingTheTextAndTheQuarter() {
    assertEquals("period \"2025-Q5\" has quarter 5, which is not between 1 and 4",
        assertRejected(() -> Period.parse("2025-Q5")));
  }

  @Property
  void aMonthOutside1To12IsRejected(@ForAll @IntRange(min = 2000, max = 2030) int year,
      @ForAll("monthsOutOfRange") int month) {
    String text = String.format("%04d-%02d", year, month);
    assertRejected(() -> Period.parse(text), '"' + text + '"', "month " + month);
    assertRejected(() -> Period.month(year, month), "period month", String.valueOf(month));
  }

  @Property
  void aQuarterOutside1To4IsRejected(@ForAll @IntRange(min = 2000, max = 2030) int year,
      @ForAll("quartersOutOfRange") int quarter) {
    String text = year + "-Q" + quarter;
    assertRejected(() -> Period.parse(text), '"' + text + '"', "quarter " + quarter);
    assertRejected(() -> Period.quarter(year, quarter), "period quarter", String.valueOf(quarter));
  }

  @Property
  void textOfAnotherShapeIsRejectedWithTheExpectedShape(@ForAll("malformedPeriods") String text) {
    assertRejected(() -> Period.parse(text), "period must be YYYY-MM or YYYY-Qn", '"' + text + '"');
  }

  @Property
  void aYearOutside1900To2999IsRejected(@ForAll("yearsOutOfRange") int year) {
    assertRejected(() -> Period.month(year, 1), "period year", String.valueOf(year));
    assertRejected(() -> Period.quarter(year, 1), "period year", String.valueOf(year));
  }

  /** SNAPSHOT.md's period spellings: "YYYY-MM" for a month, "YYYY-Qn" for a quarter. */
  @Property
  void aPeriodIsWrittenAsSnapshotMdSpellsIt(@ForAll("periods") Period period) {
    String expected = period.frequency() == Frequency.MONTHLY
        ? String.format("%04d-%02d", period.year(), period.index())
        : String.format("%04d-Q%d", period.year(), period.index());
    assertEquals(expected, period.toString());
  }

  @Property
  void everyPeriodParsesBackFromItsText(@ForAll("periods") Period period) {
    assertEquals(period, Period.parse(period.toString()));
  }

  /** Gaps between periods are how missing returns are found (003 §5.1.2). */
  @Property
  void ordinalsCountPeriods(@ForAll("recentPeriods") Period period,
      @ForAll @IntRange(min = -120, max = 120) int n) {
    Period moved = period.plus(n);
    assertEquals(n, moved.ordinal() - period.ordinal());
    assertEquals(period.frequency(), moved.frequency());
    assertEquals(Integer.signum(n), Integer.signum(moved.compareTo(period)));
    assertEquals(period.plus(1), period.next());
  }

  @Property
  void consecutivePeriodsTileTheCalendar(@ForAll("recentPeriods") Period period) {
    assertEquals(period.end().plusDays(1), period.next().start());
    assertTrue(!period.start().isAfter(period.end()));
  }

  @Property
  void theContainingPeriodContainsTheDate(@ForAll("dates") LocalDate date,
      @ForAll Frequency frequency) {
    Period period = Period.containing(date, frequency);
    assertEquals(frequency, period.frequency());
    assertFalse(date.isBefore(period.start()));
    assertFalse(date.isAfter(period.end()));
  }

  @Example
  void quartersAreCalendarQuarters() {
    // SNAPSHOT.md: "YYYY-Qn (calendar quarters)": Q1 is January to March.
    assertEquals(LocalDate.of(2025, 1, 1), Period.parse("2025-Q1").start());
    assertEquals(LocalDate.of(2025, 3, 31), Period.parse("2025-Q1").end());
    assertEquals(Period.parse("2025-Q3"), Period.containing(LocalDate.of(2025, 9, 30),
        Frequency.QUARTERLY));
    assertEquals(Period.parse("2026-Q1"), Period.parse("2025-Q4").next());
    assertEquals(Period.parse("2025-01"), Period.parse("2024-12").next());
  }

  @Example
  void periodsOfDifferentFrequenciesAreOrderedByStartThenMonthFirst() {
    assertTrue(Period.parse("2025-01").compareTo(Period.parse("2025-Q1")) < 0);
    assertTrue(Period.parse("2025-Q1").compareTo(Period.parse("2025-02")) < 0);
    assertFalse(Period.parse("2025-01").equals(Period.parse("2025-Q1")));
  }

  @Provide
  Arbitrary<Integer> monthsOutOfRange() {
    return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(13, 99));
  }

  @Provide
  Arbitrary<Integer> quartersOutOfRange() {
    return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(5, 9));
  }

  @Provide
  Arbitrary<Integer> yearsOutOfRange() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-5000, 1899),
        Arbitraries.integers().between(3000, 99999));
  }

  @Provide
  Arbitrary<String> malformedPeriods() {
    return Arbitraries.oneOf(
        Arbitraries.of("2025-7", "25-07", "2025/07", "2025-q3", "2025-Q10", "2025-07-01",
            "", " 2025-07", "2025-07 ", "2025-Q", "2025", "July 2025", "2025-M07", "２０２５-07",
            "2025-H1", "+2025-07"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
  }

  @Provide
  Arbitrary<Period> periods() {
    return ModelArbitraries.periods();
  }

  @Provide
  Arbitrary<Period> recentPeriods() {
    // Far enough from 1900 and 2999 for plus(+/-120): 120 quarters are 30 years.
    return ModelArbitraries.periods().filter(p -> p.year() > 1940 && p.year() < 2960);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return ModelArbitraries.dates();
  }
}
