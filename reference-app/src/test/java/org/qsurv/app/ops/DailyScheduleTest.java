package org.qsurv.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The daily schedule of {@code serve} (the reminders' and any other daily job's, H35): the next
 * run is always in the future, within a day and an hour, at the time of day asked (where the day
 * has that time); a run runs every job in order, one's failure stopping none of the others; the
 * schedule runs its jobs when it starts and stops with close.
 */
class DailyScheduleTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T06:00:00Z"),
      ZoneOffset.UTC);

  @Property(tries = 1000)
  void theNextRunIsAtTheTimeOfDayWithinADayAndAnHour(
      @ForAll @LongRange(min = 1_600_000_000L, max = 1_900_000_000L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay, @ForAll boolean london) {
    ZoneId zone = london ? ZoneId.of("Europe/London") : ZoneOffset.UTC;
    ZonedDateTime now = Instant.ofEpochSecond(epochSecond).atZone(zone);
    LocalTime at = LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    Duration wait = DailySchedule.untilNext(now, at);
    assertTrue(wait.compareTo(Duration.ZERO) > 0, "in the future: " + wait);
    assertTrue(wait.compareTo(Duration.ofHours(25)) <= 0, "within a day and an hour: " + wait);
    ZonedDateTime next = now.plus(wait);
    // A time of day a clock change skips runs an hour later on that day.
    assertTrue(next.toLocalTime().equals(at) || next.toLocalTime().equals(at.plusHours(1)),
        now + " + " + wait + " = " + next);
  }

  @Test
  void aFailingJobStopsNeitherTheOthersNorTheSchedule() {
    DailySchedule daily = new DailySchedule(CLOCK, LocalTime.of(7, 0))
        .add("first", () -> { throw new IllegalStateException("database down"); })
        .add("second", () -> "2 reminders added");
    assertEquals(List.of("first failed: database down", "second: 2 reminders added"),
        daily.runNow());
    assertEquals(List.of("first", "second"), daily.names());
  }

  @Test
  void itRunsItsJobsWhenItStartsAndStopsWithClose() throws Exception {
    CountDownLatch ran = new CountDownLatch(2);
    DailySchedule daily = new DailySchedule(CLOCK, LocalTime.of(7, 0));
    daily.add("reminders", () -> {
      ran.countDown();
      return "ran";
    }).add("board pack", () -> {
      ran.countDown();
      return "ran";
    });
    daily.start();
    try {
      assertTrue(ran.await(10, TimeUnit.SECONDS), "both jobs ran at start");
      assertThrows(IllegalStateException.class, () -> daily.add("late", () -> ""),
          "a job joins before the schedule starts");
      assertThrows(IllegalStateException.class, daily::start);
    } finally {
      daily.close();
    }
  }
}
