package org.qsurv.model.indicator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A free note on one provider's series of an indicator (SNAPSHOT.md {@code annotations}), pinned
 * to a date or to a period, with its author: "new e-rostering system live", "coding audit found
 * under-recording". Charts, the assessment and reports show it beside the data, so that a reader
 * sees the context the analyst saw (MDC: annotate a chart with the changes it reflects).
 *
 * <pre>{@code
 * IndicatorAnnotation a = IndicatorAnnotation.onPeriod(OrganisationCode.of("RH5"),
 *     IndicatorId.of("shmi"), Period.parse("2025-03"), "Coding audit: deaths under-recorded",
 *     "Head of Quality Intelligence");
 * }</pre>
 *
 * @param provider the provider whose series it annotates
 * @param indicator the indicator whose series it annotates
 * @param date the day it refers to; present exactly when {@code period} is absent
 * @param period the period it refers to, of the indicator's frequency; present exactly when
 *     {@code date} is absent
 * @param text what it says; never blank
 * @param author who wrote it; never blank
 * @since 1.0.0
 */
public record IndicatorAnnotation(OrganisationCode provider, IndicatorId indicator,
    Optional<LocalDate> date, Optional<Period> period, String text, String author) {

  /**
   * Checks that every part is present, exactly one of date and period is given, and the text and
   * author are not blank.
   *
   * @throws IllegalArgumentException naming the field and the value
   */
  public IndicatorAnnotation {
    Objects.requireNonNull(provider, "annotation provider");
    Objects.requireNonNull(indicator, "annotation indicator");
    Objects.requireNonNull(date, "annotation date");
    Objects.requireNonNull(period, "annotation period");
    if (date.isPresent() == period.isPresent()) {
      throw new IllegalArgumentException("annotation must have a date or a period, not "
          + (date.isPresent() ? "both (" + date.get() + " and " + period.get() + ")" : "neither"));
    }
    Checks.notBlank("annotation text", text);
    Checks.notBlank("annotation author", author);
  }

  /** An annotation of a day. */
  public static IndicatorAnnotation onDate(OrganisationCode provider, IndicatorId indicator,
      LocalDate date, String text, String author) {
    return new IndicatorAnnotation(provider, indicator, Optional.of(date), Optional.empty(), text,
        author);
  }

  /** An annotation of a period. */
  public static IndicatorAnnotation onPeriod(OrganisationCode provider, IndicatorId indicator,
      Period period, String text, String author) {
    return new IndicatorAnnotation(provider, indicator, Optional.empty(), Optional.of(period), text,
        author);
  }

  /**
   * The day it takes effect: its date, or the first day of its period. An annotation is shown as
   * of a date only from this day on, and annotations are listed in this order.
   */
  public LocalDate on() {
    return date.orElseGet(() -> period.orElseThrow().start());
  }
}
