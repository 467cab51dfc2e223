package org.qsurv.app.web.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.ObservationFeed;
import org.qsurv.app.port.SeriesNotes;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.Checks;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The forms of a provider's series of an indicator, on its indicator page: recording a
 * recalculation of its SPC limits (fields {@code from}, a period of the indicator's frequency,
 * and {@code reason}, the known, sustained change in the process: limits are recalculated only at
 * such a change and the reason is recorded, MDC) and an annotation (fields {@code date}
 * YYYY-MM-DD or {@code period}, exactly one, and {@code text}). Who recorded each is the signed-in
 * user, never a field. A recalculation starts after the series' first period and has begun by
 * today; a series is recalculated once from a period (H34); an annotation is of a day or period
 * that has begun by today. Every refusal names the field and the value, and writes nothing.
 *
 * @since 1.0.0
 */
public final class SeriesNoteForms {
  /** The longest reason the store keeps (migration V10). */
  public static final int MAX_REASON = 2000;
  /** The longest annotation the store keeps (migration V10). */
  public static final int MAX_TEXT = 4000;
  /** The longest recorder or author name the store keeps (migration V10). */
  public static final int MAX_AUTHOR = 200;

  private final ObservationFeed feed;
  private final SeriesNotes notes;

  /** The forms over {@code feed}'s series and {@code notes}. */
  public SeriesNoteForms(ObservationFeed feed, SeriesNotes notes) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.notes = Objects.requireNonNull(notes, "notes");
  }

  /**
   * Reads the recalculation form of {@code provider}'s series of {@code indicatorId} and, if every
   * field is accepted, records it.
   *
   * @param recordedBy the signed-in user's name
   * @param today the application's today
   * @return the recalculation recorded, or every refused field (nothing written)
   */
  public FormResult<LimitsRecalculation> recalculate(OrganisationCode provider,
      String indicatorId, FormData form, String recordedBy, LocalDate today) {
    Optional<IndicatorDefinition> indicator = indicator(indicatorId);
    if (indicator.isEmpty()) {
      return FormResult.Refused.of("indicator", "indicator must be a recorded indicator but was "
          + Checks.quote(indicatorId));
    }
    FormReader f = new FormReader(form);
    Optional<Period> from = period(f, "from", indicator.get(), today);
    String reason = f.text("reason", MAX_REASON);
    from.ifPresent(p -> {
      Optional<Period> first = feed.series(provider, indicator.get().id()).stream()
          .filter(o -> o.value().isPresent()).map(Observation::period).findFirst();
      if (first.isEmpty() || p.compareTo(first.get()) <= 0) {
        f.refuse("from", "from must be a period after the first value of the series ("
            + first.map(Period::toString).orElse("none recorded") + "), where new limits can"
            + " start, but was " + p);
      }
    });
    return f.result("from", () -> {
      LimitsRecalculation r = new LimitsRecalculation(provider, indicator.get().id(),
          from.orElseThrow(), reason, Optional.of(author(recordedBy)));
      notes.recalculate(r);
      return r;
    });
  }

  /**
   * Reads the annotation form of {@code provider}'s series of {@code indicatorId} and, if every
   * field is accepted, records it.
   *
   * @param author the signed-in user's name
   * @param today the application's today
   * @return the annotation recorded, or every refused field (nothing written)
   */
  public FormResult<IndicatorAnnotation> annotate(OrganisationCode provider, String indicatorId,
      FormData form, String author, LocalDate today) {
    Optional<IndicatorDefinition> indicator = indicator(indicatorId);
    if (indicator.isEmpty()) {
      return FormResult.Refused.of("indicator", "indicator must be a recorded indicator but was "
          + Checks.quote(indicatorId));
    }
    FormReader f = new FormReader(form);
    boolean byDate = !f.raw("date").isEmpty();
    boolean byPeriod = !f.raw("period").isEmpty();
    Optional<LocalDate> date = Optional.empty();
    Optional<Period> period = Optional.empty();
    if (byDate && byPeriod) {
      f.refuse("date", "give a date or a period, not both, but date was "
          + Checks.quote(f.raw("date")) + " and period " + Checks.quote(f.raw("period")));
    } else if (byDate) {
      date = f.date("date", today);
    } else if (byPeriod) {
      period = period(f, "period", indicator.get(), today);
    } else {
      f.refuse("date", "date or period is required but both were empty");
    }
    String text = f.text("text", MAX_TEXT);
    Optional<LocalDate> onDate = date;
    Optional<Period> onPeriod = period;
    return f.result("text", () -> {
      IndicatorAnnotation a = new IndicatorAnnotation(provider, indicator.get().id(), onDate,
          onPeriod, text, author(author));
      notes.annotate(a);
      return a;
    });
  }

  private Optional<IndicatorDefinition> indicator(String id) {
    try {
      return feed.indicator(IndicatorId.of(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A period of the indicator's frequency that has begun by {@code today}. */
  private static Optional<Period> period(FormReader f, String name, IndicatorDefinition indicator,
      LocalDate today) {
    String raw = f.raw(name);
    if (raw.isEmpty()) {
      f.refuse(name, name + " is required but was empty");
      return Optional.empty();
    }
    Period p;
    try {
      p = Period.parse(raw);
    } catch (IllegalArgumentException e) {
      f.refuse(name, name + ": " + e.getMessage());
      return Optional.empty();
    }
    if (p.frequency() != indicator.frequency()) {
      f.refuse(name, name + " must be a " + indicator.frequency().name().toLowerCase(
          java.util.Locale.ROOT) + " period, as " + indicator.id() + " is, but was " + raw);
      return Optional.empty();
    }
    if (p.start().isAfter(today)) {
      f.refuse(name, name + " must be a period that has begun by " + today + " but was " + raw);
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** The signed-in user's name as the store keeps it. */
  private static String author(String name) {
    return name.length() <= MAX_AUTHOR ? name : name.substring(0, MAX_AUTHOR);
  }
}
