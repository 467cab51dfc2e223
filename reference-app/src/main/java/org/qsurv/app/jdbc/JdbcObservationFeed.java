package org.qsurv.app.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
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
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.indicator.Trajectory;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.model.organisation.OrganisationCode;

/** The {@link ObservationFeed} in the {@code indicator} and {@code observation_block} tables. */
final class JdbcObservationFeed implements ObservationFeed {
  static final ObjectMapper JSON = QsurvJson.mapper();
  private static final String INDICATOR_COLUMNS = "id, name, quality_domain, unit, polarity, "
      + "frequency, amber, red, target_value, trajectory";
  /** Blocks fetched per round trip when streaming every observation (a block is a provider's). */
  private static final int FETCH_SIZE = 100;
  /** Above every period ordinal (they fit 16 bits: StoredKeys). */
  private static final int PERIOD_ORDINALS = 1 << 16;

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
      return seq.isEmpty() ? ImmutableList.<Observation>of()
          : providerBlocks(c, seq.get(), provider, 0);
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
      return providerBlocks(c, providerSeq.get(), provider, indicatorSeq.get().intValue());
    });
  }

  /**
   * One provider's observations (of the indicator with seq {@code onlyIndicatorSeq}, or of every
   * indicator for 0), by indicator seq then period: the blocks of its key range (migration V16).
   */
  private static ImmutableList<Observation> providerBlocks(Connection c, long providerSeq,
      OrganisationCode provider, int onlyIndicatorSeq) throws SQLException {
    ObservationBlocks.Reader reader = ObservationBlocks.Reader.of(c, providerSeq, provider);
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    ObservationBlocks.forEachBlock(c, new long[] {providerSeq}, 0, PERIOD_ORDINALS,
        r -> reader.add(r, onlyIndicatorSeq, all::addAll));
    reader.finish(all::addAll);
    return all.build();
  }

  @Override
  public void forEachObservation(Consumer<Observation> action) {
    sql.read(c -> {
      // PostgreSQL streams a result only inside a transaction; H2 ignores the fetch size.
      c.setAutoCommit(false);
      // Key order is provider seq, then block number (migration V16).
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + ObservationBlocks.COLUMNS_READ
              + " FROM observation_block ORDER BY block_key")) {
        s.setFetchSize(FETCH_SIZE);
        ObservationBlocks.Reader reader = ObservationBlocks.Reader.of(c);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            reader.add(r, 0, observations -> observations.forEach(action));
          }
        }
        reader.finish(observations -> observations.forEach(action));
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
      return null;
    });
  }

  @Override
  public long observationCount() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT COALESCE(SUM(observations), 0) FROM observation_block");
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
    int firstPeriod = Integer.MAX_VALUE;
    int lastPeriod = Integer.MIN_VALUE;
    for (ObservationKey key : keys) {
      providers.add(key.provider().value());
      firstPeriod = Math.min(firstPeriod, key.period().ordinal());
      lastPeriod = Math.max(lastPeriod, key.period().ordinal());
    }
    int first = firstPeriod;
    int last = lastPeriod;
    return sql.read(c -> {
      // A monthly import names most providers: few queries, none reading the history before it.
      Map<String, Long> seqs = StoredKeys.providerSeqs(c);
      long[] wanted = providers.stream().map(seqs::get).filter(Objects::nonNull)
          .mapToLong(Long::longValue).sorted().toArray();
      ImmutableMap.Builder<ObservationKey, Observation> found = ImmutableMap.builder();
      ObservationBlocks.Reader reader = ObservationBlocks.Reader.of(c);
      Consumer<List<Observation>> keep = observations -> {
        for (Observation o : observations) {
          ObservationKey key = ObservationKey.of(o);
          if (keys.contains(key)) {
            found.put(key, o);
          }
        }
      };
      ObservationBlocks.forEachBlock(c, wanted, first, last, r -> reader.add(r, 0, keep));
      reader.finish(keep);
      return found.buildOrThrow();
    });
  }
}
