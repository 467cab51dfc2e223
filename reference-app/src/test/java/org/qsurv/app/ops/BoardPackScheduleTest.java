package org.qsurv.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.qsurv.app.ops.BoardPackSchedule.Cadence;

/**
 * When board packs fall due: the bi-monthly report (004 §4.4) on the first day of every second
 * month, January, March, May, July, September and November.
 */
class BoardPackScheduleTest {
  /**
   * For every day, the bi-monthly due day is on or before it, the first of an odd month, and less
   * than two months before it: no later due day lies between it and the day.
   */
  @Property
  void theBimonthlyDueDayIsTheLatestFirstOfAnOddMonth(
      @ForAll @IntRange(min = 0, max = 40_000) int days) {
    LocalDate today = LocalDate.of(2000, 1, 1).plusDays(days);
    LocalDate due = BoardPackSchedule.lastDue(Cadence.BIMONTHLY, today).orElseThrow();
    assertFalse(due.isAfter(today));
    assertEquals(1, due.getDayOfMonth());
    assertEquals(1, due.getMonthValue() % 2);
    assertTrue(today.isBefore(due.plusMonths(2)));
  }

  @Property
  void dailyIsTodayAndOffIsNever(@ForAll @IntRange(min = 0, max = 40_000) int days) {
    LocalDate today = LocalDate.of(2000, 1, 1).plusDays(days);
    assertEquals(Optional.of(today), BoardPackSchedule.lastDue(Cadence.DAILY, today));
    assertEquals(Optional.empty(), BoardPackSchedule.lastDue(Cadence.OFF, today));
  }
}
