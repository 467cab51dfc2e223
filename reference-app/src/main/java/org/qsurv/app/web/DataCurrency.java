package org.qsurv.app.web;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.ImportSink.ImportRecord;
import org.qsurv.app.web.html.DataAge;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.snapshot.Snapshot;

/**
 * How current the data behind one provider's assessment is, from the store the assessment was
 * evaluated from: the newest indicator return with a value (of every indicator, assessed or not),
 * the newest intelligence received, and the store's last import. An assessment is always "as of"
 * a date and only as current as its newest data; shown beside the advice, these facts keep
 * months-old data from being read as current (hazard H14, stale data shown as current). Whether
 * the returns are stale is {@link DataAge}'s policy ({@link #age()}).
 *
 * <pre>{@code
 * DataCurrency c = assessments.currency(code).orElseThrow();
 * if (c.age().stale()) { ... } else { ... "last import " + c.lastImport() ... }
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
public record DataCurrency(OrganisationCode provider, LocalDate asOf,
    Optional<Period> newestReturn, Optional<LocalDate> newestIntelligence,
    Optional<ImportRecord> lastImport) {

  public DataCurrency {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(newestReturn, "newestReturn");
    Objects.requireNonNull(newestIntelligence, "newestIntelligence");
    Objects.requireNonNull(lastImport, "lastImport");
  }

  /** The age of the provider's returns, and whether they are stale, by {@link DataAge}'s policy. */
  public DataAge age() {
    return DataAge.of(asOf, newestReturn.stream().toList());
  }

  /**
   * The currency of every provider of {@code snapshot}, as of its date: only returns with a value
   * (a return recorded as missing is not data) of periods that started by then, and only
   * intelligence received by then, count.
   */
  public static ImmutableMap<OrganisationCode, DataCurrency> of(Snapshot snapshot,
      Optional<ImportRecord> lastImport) {
    LocalDate asOf = snapshot.asOf();
    Map<OrganisationCode, Period> returns = new HashMap<>();
    for (Observation o : snapshot.observations()) {
      if (o.value().isPresent() && !o.period().start().isAfter(asOf)) {
        returns.merge(o.provider(), o.period(), (a, b) -> b.end().isAfter(a.end()) ? b : a);
      }
    }
    Map<OrganisationCode, LocalDate> items = new HashMap<>();
    for (IntelligenceItem i : snapshot.intelligence()) {
      if (!i.received().isAfter(asOf)) {
        items.merge(i.provider(), i.received(), (a, b) -> b.isAfter(a) ? b : a);
      }
    }
    ImmutableMap.Builder<OrganisationCode, DataCurrency> all = ImmutableMap.builder();
    for (Provider p : snapshot.providers()) {
      all.put(p.code(), new DataCurrency(p.code(), asOf,
          Optional.ofNullable(returns.get(p.code())), Optional.ofNullable(items.get(p.code())),
          lastImport));
    }
    return all.buildOrThrow();
  }
}
