package org.qsurv.app.ops;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.BoardPackArchive.PackEntry;
import org.qsurv.app.report.BoardPacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the board pack on a schedule in {@code qsurv serve}, without a browser session: a daily
 * job of {@link DailySchedule} (run when the server starts and every day at its time) asks whether
 * a pack has fallen due ({@link #lastDue}, at that time of day in the clock's zone) and none was
 * made since, and if so makes one. A run that fails is logged and kept in the archive with its
 * reason, which the Board packs page shows (hazard H55); the next day's run, or a restart, tries
 * again. A pack due while the server was down is made when it starts.
 */
public final class BoardPackSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(BoardPackSchedule.class);

  /** When packs fall due. */
  public enum Cadence {
    /** Never: packs are made by hand on the Board packs page only. */
    OFF,
    /**
     * On the first day of every second month (January, March, May, July, September, November):
     * the bi-monthly report (004 §4.4).
     */
    BIMONTHLY,
    /** Every day: for a demonstration or a test of the schedule. */
    DAILY;

    /** The cadence named {@code text} (any case), or empty. */
    public static Optional<Cadence> named(String text) {
      for (Cadence c : values()) {
        if (c.name().equalsIgnoreCase(text.strip())) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    /** Its name as the option takes it. */
    public String option() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What one check did. */
  public enum Outcome { NOT_DUE, ALREADY_MADE, MADE, FAILED }

  private final BoardPacks packs;
  private final Clock clock;
  private final Cadence cadence;
  private final LocalTime at;

  /** The schedule: packs made by {@code packs}, due by {@code cadence} at {@code at}. */
  public BoardPackSchedule(BoardPacks packs, Clock clock, Cadence cadence, LocalTime at) {
    this.packs = Objects.requireNonNull(packs, "packs");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.cadence = Objects.requireNonNull(cadence, "cadence");
    this.at = Objects.requireNonNull(at, "at");
  }

  /**
   * The latest day on or before {@code today} on which a pack falls due, or empty when packs
   * never do ({@link Cadence#OFF}).
   */
  public static Optional<LocalDate> lastDue(Cadence cadence, LocalDate today) {
    return switch (cadence) {
      case OFF -> Optional.empty();
      case DAILY -> Optional.of(today);
      case BIMONTHLY -> {
        LocalDate first = today.withDayOfMonth(1);
        yield Optional.of(first.getMonthValue() % 2 == 1 ? first : first.minusMonths(1));
      }
    };
  }

  /**
   * The moment the latest pack fell due, on or before now: the last due day at the configured
   * time, or the one before when today's time has not come yet.
   */
  Optional<Instant> lastDueAt() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    Optional<LocalDate> day = lastDue(cadence, now.toLocalDate());
    if (day.isEmpty()) {
      return Optional.empty();
    }
    ZonedDateTime due = day.get().atTime(at).atZone(clock.getZone());
    if (due.isAfter(now)) {
      due = lastDue(cadence, day.get().minusDays(1)).orElseThrow().atTime(at)
          .atZone(clock.getZone());
    }
    return Optional.of(due.toInstant());
  }

  /** One check: makes the pack due, if one is due and none was made since it fell due. */
  public Outcome runOnce() {
    Optional<Instant> due = lastDueAt();
    if (due.isEmpty()) {
      return Outcome.NOT_DUE;
    }
    LocalDate dueOn = due.get().atZone(clock.getZone()).toLocalDate();
    try {
      Optional<PackEntry> newest = packs.entries().stream().findFirst();
      if (newest.isPresent() && !newest.get().madeAt().isBefore(due.get())) {
        return Outcome.ALREADY_MADE;
      }
      PackEntry made = packs.make("schedule");
      LOG.info("board pack {} made as of {} (due {}), {} missing or stale items", made.id(),
          made.asOf(), dueOn, made.missingItems());
      return Outcome.MADE;
    } catch (RuntimeException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.error("the board pack due {} was not made: {}", dueOn, reason, e);
      try {
        packs.failed(dueOn, reason);
      } catch (RuntimeException stored) {
        LOG.error("the failure of the board pack due {} could not be kept either: {}", dueOn,
            stored.toString());
      }
      return Outcome.FAILED;
    }
  }
}
