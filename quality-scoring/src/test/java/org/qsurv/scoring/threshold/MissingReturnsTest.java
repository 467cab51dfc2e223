package org.qsurv.scoring.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

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
}
