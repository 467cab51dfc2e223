package org.qsurv.app.importer;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.app.port.Ports;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;

/**
 * Observations from CSV ({@link ImportKind#OBSERVATIONS}). A file of a million rows names a few
 * thousand providers, a few dozen indicators and periods: each distinct text is parsed once.
 */
final class ObservationImport implements CsvImport {
  private final Map<String, OrganisationCode> providerCodes = new HashMap<>();
  private final Map<String, IndicatorId> indicatorIds = new HashMap<>();
  private final Map<String, Period> periods = new HashMap<>();
  private final List<Observation> observations = new ArrayList<>();
  private long[] rows = new long[1024];
  private final boolean numerators;
  private final boolean denominators;
  private final List<Observation> added = new ArrayList<>();
  private long unchanged;

  /**
   * Rows under {@code header}: a file without a numerator or denominator column leaves those of a
   * recorded observation as they are, so they are not compared.
   */
  ObservationImport(Header header) {
    numerators = header.has("numerator");
    denominators = header.has("denominator");
  }

  @Override
  public void read(Row row) {
    OrganisationCode provider = row.required("provider", interned(providerCodes,
        OrganisationCode::of));
    IndicatorId indicator = row.required("indicator", interned(indicatorIds, IndicatorId::of));
    Period period = row.required("period", interned(periods, Period::parse));
    OptionalDouble value = row.optionalNumber("value");
    OptionalDouble numerator = row.optionalNumber("numerator");
    OptionalDouble denominator = row.optionalNumber("denominator");
    if (!row.ok()) {
      return;
    }
    Observation observation;
    try {
      observation = Observation.builder().provider(provider).indicator(indicator).period(period)
          .value(value).numerator(numerator).denominator(denominator).build();
    } catch (IllegalArgumentException e) {
      row.problem(denominator.isPresent() ? "denominator" : "value", row.text("value"),
          e.getMessage());
      return;
    }
    add(row.number(), observation);
  }

  /** Adds an observation read cleanly from CSV row {@code row}, to be checked by {@link #check}. */
  void add(long row, Observation observation) {
    if (observations.size() == rows.length) {
      rows = Arrays.copyOf(rows, rows.length * 2);
    }
    rows[observations.size()] = row;
    observations.add(observation);
  }

  private static <T> Function<String, T> interned(Map<String, T> cache, Function<String, T> parse) {
    return text -> {
      T parsed = cache.get(text);
      if (parsed == null) {
        parsed = parse.apply(text);
        cache.put(text, parsed);
      }
      return parsed;
    };
  }

  @Override
  public void check(Ports ports, List<ImportProblem> problems) {
    Map<OrganisationCode, Provider> providers = new HashMap<>();
    ports.directory().providers().forEach(p -> providers.put(p.code(), p));
    Map<IndicatorId, IndicatorDefinition> indicators = new HashMap<>();
    ports.observations().indicators().forEach(i -> indicators.put(i.id(), i));

    FirstRows first = new FirstRows(observations.size());
    int[] candidates = new int[observations.size()];
    int count = 0;
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      long row = rows[i];
      boolean ok = true;
      if (!providers.containsKey(o.provider())) {
        problems.add(ImportProblem.atRow(row, "provider", o.provider().value(),
            "is not a recorded provider (providers are added by importing a snapshot)"));
        ok = false;
      }
      IndicatorDefinition indicator = indicators.get(o.indicator());
      if (indicator == null) {
        problems.add(ImportProblem.atRow(row, "indicator", o.indicator().value(),
            "is not a recorded indicator (indicators are added by importing a snapshot)"));
        ok = false;
      } else if (indicator.frequency() != o.period().frequency()) {
        problems.add(ImportProblem.atRow(row, "period", o.period().toString(), "is a "
            + o.period().frequency() + " period but indicator " + o.indicator() + " is "
            + indicator.frequency()));
        ok = false;
      }
      int earlier = first.putIfAbsent(o, i);
      if (earlier >= 0) {
        problems.add(ImportProblem.atRow(row, "period", o.period().toString(), "repeats row "
            + rows[earlier] + ": there is one observation per provider, indicator and period"));
        ok = false;
      }
      if (ok) {
        candidates[count++] = i;
      }
    }
    ImmutableMap<ObservationKey, Observation> recorded =
        ports.observations().recorded(first);
    for (int k = 0; k < count; k++) {
      int i = candidates[k];
      Observation o = observations.get(i);
      Observation stored = recorded.isEmpty() ? null : recorded.get(ObservationKey.of(o));
      if (stored == null) {
        added.add(o);
      } else if (same(stored, o)) {
        unchanged++;
      } else {
        problems.add(ImportProblem.atRow(rows[i], "value", shown(o.value()), "differs from the "
            + "observation recorded for " + ObservationKey.of(o) + " (" + shown(stored.value())
            + "): an import never changes a recorded observation"));
      }
    }
  }

  private boolean same(Observation stored, Observation read) {
    return stored.value().equals(read.value())
        && (!numerators || stored.numerator().equals(read.numerator()))
        && (!denominators || stored.denominator().equals(read.denominator()));
  }

  private static String shown(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "no value";
  }

  @Override
  public long unchanged() {
    return unchanged;
  }

  @Override
  public ImportBatch batch(String source, String importedBy) {
    return new ImportBatch(Optional.empty(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.copyOf(added), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        source, importedBy);
  }
}
