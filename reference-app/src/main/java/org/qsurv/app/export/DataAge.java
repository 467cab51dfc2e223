package org.qsurv.app.export;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.ImportSink.ImportRecord;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.snapshot.Snapshot;

/**
 * How old the data behind one provider's assessment is: the newest indicator return with a value,
 * the newest intelligence received, and the last import into the store. An assessment is always
 * "as of" a date, and is only as current as its newest data; shown beside the advice, these facts
 * keep months-old data from being read as current (hazard H14, stale data shown as current).
 *
 * <pre>{@code
 * DataAge age = DataAge.of(snapshot, ports.imports().lastImport()).get(code);
 * if (age.stale()) { ... show "the newest return is for " + age.newestReturn() ... }
 * }</pre>
 *
 * @param provider the provider
 * @param asOf the date the assessment is as of
 * @param newestReturn the latest period for which the provider returned a value, if any
 * @param newestIntelligence the latest date intelligence about the provider was received, on or
 *     before {@code asOf}, if any
 * @param lastImport the store's latest import, if any (the same for every provider)
 * @since 1.0.0
 */
public record DataAge(OrganisationCode provider, LocalDate asOf, Optional<Period> newestReturn,
    Optional<LocalDate> newestIntelligence, Optional<ImportRecord> lastImport) {
  /**
   * The days after a period's end by which its return is expected. A local choice, not a
   * framework's: national monthly returns (SHMI, staffing, complaints) are published within about
   * a month of the period's end, so a return still absent a month and a week after the end of the
   * period after the newest one means at least one return has not arrived.
   */
  public static final int RETURN_GRACE_DAYS = 38;

  public DataAge {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(newestReturn, "newestReturn");
    Objects.requireNonNull(newestIntelligence, "newestIntelligence");
    Objects.requireNonNull(lastImport, "lastImport");
  }

  /** The days from the end of the newest return's period to {@code asOf}; empty without one. */
  public OptionalLong daysSinceNewestReturn() {
    return newestReturn.map(p -> OptionalLong.of(ChronoUnit.DAYS.between(p.end(), asOf)))
        .orElse(OptionalLong.empty());
  }

  /**
   * Whether the assessment rests on old indicator data: the provider has no return with a value
   * at all, or the return of the period after its newest one is more than
   * {@value #RETURN_GRACE_DAYS} days past that period's end on {@code asOf}.
   */
  public boolean stale() {
    return newestReturn.map(p -> p.next().end().plusDays(RETURN_GRACE_DAYS).isBefore(asOf))
        .orElse(true);
  }

  /**
   * The data age of every provider of {@code snapshot}, as of its date: only returns with a value
   * (a return recorded as missing is not data) of periods that started by then, and only
   * intelligence received by then, count.
   */
  public static ImmutableMap<OrganisationCode, DataAge> of(Snapshot snapshot,
      Optional<ImportRecord> lastImport) {
    LocalDate asOf = snapshot.asOf();
    Map<OrganisationCode, Period> returns = new HashMap<>();
    for (Observation o : snapshot.observations()) {
      if (o.value().isPresent() && !o.period().start().isAfter(asOf)) {
        returns.merge(o.provider(), o.period(), DataAge::later);
      }
    }
    Map<OrganisationCode, LocalDate> items = new HashMap<>();
    for (IntelligenceItem i : snapshot.intelligence()) {
      if (!i.received().isAfter(asOf)) {
        items.merge(i.provider(), i.received(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    ImmutableMap.Builder<OrganisationCode, DataAge> ages = ImmutableMap.builder();
    for (Provider p : snapshot.providers()) {
      ages.put(p.code(), new DataAge(p.code(), asOf, Optional.ofNullable(returns.get(p.code())),
          Optional.ofNullable(items.get(p.code())), lastImport));
    }
    return ages.buildOrThrow();
  }

  /** The period that ends later (of a monthly and a quarterly period ending together, either). */
  private static Period later(Period a, Period b) {
    return Comparator.comparing(Period::end).compare(a, b) >= 0 ? a : b;
  }
}
