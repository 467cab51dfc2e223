package org.qsurv.app.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
      try (PreparedStatement s = c.prepareStatement("SELECT " + OBSERVATION_COLUMNS
          + " FROM observation o JOIN indicator i ON i.id = o.indicator_id"
          + " WHERE o.provider_code = ? ORDER BY i.seq, o.period")) {
        s.setString(1, provider.value());
        return observations(s);
      }
    });
  }

  @Override
  public ImmutableList<Observation> series(OrganisationCode provider, IndicatorId indicator) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + OBSERVATION_COLUMNS
          + " FROM observation o WHERE o.provider_code = ? AND o.indicator_id = ?"
          + " ORDER BY o.period")) {
        s.setString(1, provider.value());
        s.setString(2, indicator.value());
        return observations(s);
      }
    });
  }

  private static ImmutableList<Observation> observations(PreparedStatement s) throws SQLException {
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    Interner interner = new Interner();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        all.add(observation(r, interner));
      }
    }
    return all.build();
  }

  @Override
  public void forEachObservation(Consumer<Observation> action) {
    sql.read(c -> {
      // PostgreSQL streams a result only inside a transaction; H2 ignores the fetch size.
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("SELECT " + OBSERVATION_COLUMNS
          + " FROM observation o JOIN provider p ON p.code = o.provider_code"
          + " JOIN indicator i ON i.id = o.indicator_id ORDER BY p.seq, i.seq, o.period")) {
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
    Set<String> providers = new LinkedHashSet<>();
    for (ObservationKey key : keys) {
      providers.add(key.provider().value());
    }
    List<String> all = new ArrayList<>(providers);
    return sql.read(c -> {
      ImmutableMap.Builder<ObservationKey, Observation> found = ImmutableMap.builder();
      Interner interner = new Interner();
      for (int from = 0; from < all.size(); from += PROVIDERS_PER_QUERY) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + PROVIDERS_PER_QUERY));
        collectRecorded(c, chunk, keys, interner, found);
      }
      return found.buildOrThrow();
    });
  }

  private static void collectRecorded(Connection c, List<String> providers,
      Set<ObservationKey> keys, Interner interner,
      ImmutableMap.Builder<ObservationKey, Observation> found) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + OBSERVATION_COLUMNS
        + " FROM observation o WHERE o.provider_code IN (" + Sql.placeholders(providers.size())
        + ")")) {
      for (int i = 0; i < providers.size(); i++) {
        s.setString(i + 1, providers.get(i));
      }
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
