package org.qsurv.app.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.qsurv.app.port.ObservationFeed;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.app.port.StoreException;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.indicator.Trajectory;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.model.organisation.OrganisationCode;

/** The {@link ObservationFeed} in the {@code indicator} and {@code observation} tables. */
final class JdbcObservationFeed implements ObservationFeed {
  static final ObjectMapper JSON = QsurvJson.mapper();
  private static final String INDICATOR_COLUMNS = "id, name, quality_domain, unit, polarity, "
      + "frequency, amber, red, target_value, trajectory";
  private static final String OBSERVATION_COLUMNS = "o.provider_code, o.indicator_id, o.period, "
      + "o.observed_value, o.numerator, o.denominator";
  /** Rows fetched per round trip when streaming every observation. */
  private static final int FETCH_SIZE = 5_000;
  /** Providers per query when looking for already-recorded observations. */
  private static final int PROVIDERS_PER_QUERY = 200;
  private static final String BY_KEY_RANGE = "SELECT " + OBSERVATION_COLUMNS
      + " FROM observation o WHERE o.observation_key >= ? AND o.observation_key < ?"
      + " ORDER BY o.observation_key";

  private final Sql sql;

  JdbcObservationFeed(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<IndicatorDefinition> indicators() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + INDICATOR_COLUMNS + " FROM indicator ORDER BY seq");
          ResultSet r = s.executeQuery()) {
        ImmutableList.Builder<IndicatorDefinition> all = ImmutableList.builder();
        while (r.next()) {
          all.add(indicator(r));
        }
        return all.build();
      }
    });
  }

  @Override
  public Optional<IndicatorDefinition> indicator(IndicatorId id) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + INDICATOR_COLUMNS + " FROM indicator WHERE id = ?")) {
        s.setString(1, id.value());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(indicator(r)) : Optional.<IndicatorDefinition>empty();
        }
      }
    });
  }

  private static IndicatorDefinition indicator(ResultSet r) throws SQLException {
    OptionalDouble amber = Sql.optionalDouble(r, "amber");
    OptionalDouble red = Sql.optionalDouble(r, "red");
    return IndicatorDefinition.builder()
        .id(IndicatorId.of(r.getString("id")))
        .name(r.getString("name"))
        .domain(QualityDomain.valueOf(r.getString("quality_domain")))
        .unit(r.getString("unit"))
        .polarity(Polarity.valueOf(r.getString("polarity")))
        .frequency(Frequency.valueOf(r.getString("frequency")))
        .thresholds(amber.isPresent() && red.isPresent()
            ? Optional.of(Thresholds.of(amber.getAsDouble(), red.getAsDouble()))
            : Optional.empty())
        .target(Sql.optionalDouble(r, "target_value"))
        .trajectory(Sql.optionalString(r, "trajectory").map(JdbcObservationFeed::trajectory))
        .build();
  }

  private static Trajectory trajectory(String json) {
    try {
      return JSON.readValue(json, Trajectory.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored trajectory is not valid: " + e.getOriginalMessage(), e);
    }
  }

  static String trajectoryJson(Trajectory trajectory) {
    try {
      return JSON.writeValueAsString(trajectory);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a trajectory always serialises", e);
    }
  }

  @Override
  public ImmutableList<Observation> observations(OrganisationCode provider) {
    return sql.read(c -> {
      Optional<Long> seq = StoredKeys.providerSeq(c, provider.value());
      if (seq.isEmpty()) {
        return ImmutableList.<Observation>of();
      }
      // Key order is indicator seq, then period (migration V9).
      return observations(c, StoredKeys.providerFirst(seq.get()),
          StoredKeys.providerEnd(seq.get()));
    });
  }

  @Override
  public ImmutableList<Observation> series(OrganisationCode provider, IndicatorId indicator) {
    return sql.read(c -> {
      Optional<Long> providerSeq = StoredKeys.providerSeq(c, provider.value());
      Optional<Long> indicatorSeq = StoredKeys.indicatorSeq(c, indicator.value());
      if (providerSeq.isEmpty() || indicatorSeq.isEmpty()) {
        return ImmutableList.<Observation>of();
      }
      return observations(c, StoredKeys.seriesFirst(providerSeq.get(), indicatorSeq.get()),
          StoredKeys.seriesEnd(providerSeq.get(), indicatorSeq.get()));
    });
  }

  /** The observations with keys from {@code first} up to {@code end} (exclusive), in key order. */
  private static ImmutableList<Observation> observations(Connection c, long first, long end)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(BY_KEY_RANGE)) {
      s.setLong(1, first);
      s.setLong(2, end);
      ImmutableList.Builder<Observation> all = ImmutableList.builder();
      Interner interner = new Interner();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(observation(r, interner));
        }
      }
      return all.build();
    }
  }

  @Override
  public void forEachObservation(Consumer<Observation> action) {
    sql.read(c -> {
      // PostgreSQL streams a result only inside a transaction; H2 ignores the fetch size.
      c.setAutoCommit(false);
      // Key order is provider seq, indicator seq, period (migration V9).
      try (PreparedStatement s = c.prepareStatement("SELECT " + OBSERVATION_COLUMNS
          + " FROM observation o ORDER BY o.observation_key")) {
        s.setFetchSize(FETCH_SIZE);
        Interner interner = new Interner();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            action.accept(observation(r, interner));
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
      return null;
    });
  }

  private static Observation observation(ResultSet r, Interner interner) throws SQLException {
    return Observation.builder()
        .provider(interner.provider(r.getString(1)))
        .indicator(interner.indicator(r.getString(2)))
        .period(interner.period(r.getString(3)))
        .value(Sql.optionalDouble(r, "observed_value"))
        .numerator(Sql.optionalDouble(r, "numerator"))
        .denominator(Sql.optionalDouble(r, "denominator"))
        .build();
  }

  @Override
  public long observationCount() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM observation");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  @Override
  public ImmutableMap<ObservationKey, Observation> recorded(Set<ObservationKey> keys) {
    if (keys.isEmpty()) {
      return ImmutableMap.of();
    }
    Set<String> providers = new HashSet<>();
    for (ObservationKey key : keys) {
      providers.add(key.provider().value());
    }
    return sql.read(c -> {
      // One key range a query for each run of providers with consecutive seqs (at most
      // PROVIDERS_PER_QUERY of them): a monthly import names most providers, so it needs few
      // queries, and no query reads the rows of a provider the import does not name.
      Map<String, Long> seqs = StoredKeys.providerSeqs(c);
      long[] wanted = providers.stream().map(seqs::get).filter(Objects::nonNull)
          .mapToLong(Long::longValue).sorted().toArray();
      ImmutableMap.Builder<ObservationKey, Observation> found = ImmutableMap.builder();
      Interner interner = new Interner();
      try (PreparedStatement s = c.prepareStatement(BY_KEY_RANGE)) {
        int from = 0;
        while (from < wanted.length) {
          int last = from;
          while (last + 1 < wanted.length && last + 1 - from < PROVIDERS_PER_QUERY
              && wanted[last + 1] == wanted[last] + 1) {
            last++;
          }
          s.setLong(1, StoredKeys.providerFirst(wanted[from]));
          s.setLong(2, StoredKeys.providerEnd(wanted[last]));
          from = last + 1;
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              ObservationKey key = new ObservationKey(interner.provider(r.getString(1)),
                  interner.indicator(r.getString(2)), interner.period(r.getString(3)));
              if (keys.contains(key)) {
                found.put(key, observation(r, interner));
              }
            }
          }
        }
      }
      return found.buildOrThrow();
    });
  }

  /** Parses each distinct code, id and period once: a result repeats a few of them many times. */
  private static final class Interner {
    private final Map<String, OrganisationCode> providers = new HashMap<>();
    private final Map<String, IndicatorId> indicators = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();

    OrganisationCode provider(String code) {
      return providers.computeIfAbsent(code, OrganisationCode::of);
    }

    IndicatorId indicator(String id) {
      return indicators.computeIfAbsent(id, IndicatorId::of);
    }

    Period period(String period) {
      return periods.computeIfAbsent(period, Period::parse);
    }
  }
}
