package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.qsurv.app.Fixtures;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.port.StoreException;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;

/**
 * Observations stored a block per provider and import (migration V16) read back exactly as
 * written, a damaged block is refused rather than read, and there is still at most one observation
 * per provider, indicator and period (SNAPSHOT.md) although no key of the table can say so:
 * writers of observations take turns and refuse one already recorded.
 */
class ObservationBlocksTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"),
      ZoneOffset.UTC);

  /** One stored observation: indicator seq, period and numbers ({@code NaN} when absent). */
  record Stored(int indicator, Period period, double value, double numerator,
      double denominator) {}

  /** Every observation comes back bit for bit (including -0.0 and subnormals) and in order. */
  @Property
  void aBlockReadsBackExactlyWhatWasWritten(@ForAll("observations") List<Stored> written) {
    ObservationBlock.Writer block = new ObservationBlock.Writer();
    written.forEach(o -> block.add(o.indicator(), o.period(), o.value(), o.numerator(),
        o.denominator()));
    List<Stored> read = new ArrayList<>();
    ObservationBlock.read(block.bytes(), 7, block.count(), new ObservationBlock.PeriodCache(),
        (indicator, period, value, numerator, denominator) -> read.add(
            new Stored(indicator, period, value, numerator, denominator)));
    assertEquals(written.size(), read.size());
    for (int i = 0; i < written.size(); i++) {
      Stored w = written.get(i);
      Stored r = read.get(i);
      assertEquals(w.indicator(), r.indicator());
      assertEquals(w.period(), r.period());
      assertArrayEquals(bits(w), bits(r), w + " read as " + r);
    }
    assertEquals(written.stream().mapToInt(o -> o.period().ordinal()).min().orElse(
        Integer.MAX_VALUE), block.firstOrdinal());
    assertEquals(written.stream().mapToInt(o -> o.period().ordinal()).max().orElse(
        Integer.MIN_VALUE), block.lastOrdinal());
  }

  /**
   * A block cut short anywhere, or said by its row to hold another number of observations, is
   * refused as damaged: never read as fewer observations than were recorded.
   */
  @Property
  void aTruncatedOrMiscountedBlockIsRefused(
      @ForAll("observations") @Size(min = 1, max = 20) List<Stored> written,
      @ForAll @IntRange(min = 0, max = 10_000) int cut) {
    ObservationBlock.Writer block = new ObservationBlock.Writer();
    written.forEach(o -> block.add(o.indicator(), o.period(), o.value(), o.numerator(),
        o.denominator()));
    byte[] bytes = block.bytes();
    byte[] truncated = java.util.Arrays.copyOf(bytes, cut % bytes.length);
    assertThrows(StoreException.class, () -> ObservationBlock.read(truncated, 7, block.count(),
        new ObservationBlock.PeriodCache(), (i, p, v, n, d) -> { }));
    assertThrows(StoreException.class, () -> ObservationBlock.read(bytes, 7,
        block.count() + 1 + cut % 3, new ObservationBlock.PeriodCache(), (i, p, v, n, d) -> { }));
  }

  /** Unknown flags, another format byte or an impossible period are damage too. */
  @Test
  void aBlockWithUnknownFlagsFormatOrPeriodIsRefused() {
    ObservationBlock.Writer block = new ObservationBlock.Writer();
    block.add(3, Period.parse("2025-05"), 1.5, Double.NaN, Double.NaN);
    byte[] bytes = block.bytes();
    byte[] format = bytes.clone();
    format[0] = 2;
    byte[] flags = bytes.clone();
    flags[5] |= 0x10;
    byte[] period = bytes.clone();
    period[3] = 0;
    period[4] = 1;
    for (byte[] damaged : List.of(format, flags, period)) {
      StoreException e = assertThrows(StoreException.class, () -> ObservationBlock.read(damaged,
          42, 1, new ObservationBlock.PeriodCache(), (i, p, v, n, d) -> { }));
      assertTrue(e.getMessage().startsWith("stored observation block 42 is damaged: "),
          e.getMessage());
    }
  }

  /** An indicator seq the block has no room for is refused rather than stored wrapped. */
  @Test
  void anIndicatorSeqOutsideTwoBytesIsRefused() {
    ObservationBlock.Writer block = new ObservationBlock.Writer();
    Period may = Period.parse("2025-05");
    assertThrows(IllegalArgumentException.class, () -> block.add(0, may, 1, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> block.add((int) StoredKeys.INDICATOR_SEQ_LIMIT, may, 1, 1, 1));
    assertEquals(0, block.count());
  }

  /**
   * A batch repeating an observation already recorded is refused with the observation named, and
   * writes nothing: what the observation table's key did, now done by the writer (SNAPSHOT.md:
   * one observation per provider, indicator and period).
   */
  @OnEveryDatabase
  void aBatchRepeatingARecordedObservationIsRefusedAndWritesNothing(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = skeleton(db);
      ports.imports().write(batch(Observation.of(Fixtures.TRUST, Fixtures.SHMI,
          Period.parse("2025-04"), 1.01)), Progress.none());
      long before = ports.observations().observationCount();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ports.imports().write(batch(
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-05"), 1.07),
              Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-04"), 1.02)),
              Progress.none()));
      assertTrue(e.getMessage().contains("is already recorded"), e.getMessage());
      assertTrue(e.getMessage().contains("2025-04"), e.getMessage());
      assertEquals(before, ports.observations().observationCount());
      assertEquals(List.of(Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-04"),
          1.01)), ports.observations().series(Fixtures.TRUST, Fixtures.SHMI));
    }
  }

  /**
   * A provider's observations from several imports read back as one series in period order, and
   * an import with no observations leaves the block numbering as it was.
   */
  @OnEveryDatabase
  void observationsFromSeveralImportsReadBackInKeyOrder(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      Ports ports = skeleton(db);
      Observation june = Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-06"),
          1.1);
      Observation april = Observation.of(Fixtures.TRUST, Fixtures.SHMI,
          Period.parse("2025-04"), 0.9);
      Observation may = Observation.builder().provider(Fixtures.TRUST).indicator(Fixtures.SHMI)
          .period(Period.parse("2025-05")).value(0.75).numerator(3).denominator(4).build();
      Observation missingMarch = Observation.builder().provider(Fixtures.TRUST)
          .indicator(Fixtures.SHMI).period(Period.parse("2025-03")).build();
      ports.imports().write(batch(june), Progress.none());
      ports.imports().write(batch(), Progress.none());
      ports.imports().write(batch(may, april), Progress.none());
      ports.imports().write(batch(missingMarch), Progress.none());
      List<Observation> series = List.of(missingMarch, april, may, june);
      assertEquals(series, ports.observations().series(Fixtures.TRUST, Fixtures.SHMI));
      assertEquals(series, ports.observations().observations(Fixtures.TRUST));
      List<Observation> all = new ArrayList<>();
      ports.observations().forEachObservation(all::add);
      assertEquals(series, all);
      assertEquals(4, ports.observations().observationCount());
    }
  }

  /**
   * Writers of observations take turns: while one holds the writer's lock, another waits, and
   * when the first commits an observation the second also carries, the second is refused and
   * writes nothing (no key of the table would have stopped it).
   */
  @OnEveryDatabase
  void aWriterWaitsForTheOneBeforeItAndThenRefusesWhatItRecorded(DatabaseKind kind)
      throws Exception {
    try (TestDatabase db = kind.open()) {
      Ports ports = skeleton(db);
      Observation april = Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-04"),
          1.01);
      CompletableFuture<Object> second;
      try (Connection first = db.database().dataSource().getConnection()) {
        first.setAutoCommit(false);
        long next = ObservationBlocks.lockWriter(first);
        second = CompletableFuture.supplyAsync(() -> ports.imports().write(batch(
            Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-04"), 1.02)),
            Progress.none()));
        // It is waiting, not refused and not written, while the first holds the lock.
        assertThrows(TimeoutException.class, () -> second.get(2, TimeUnit.SECONDS));
        assertFalse(second.isDone());
        ObservationBlock.Writer block = new ObservationBlock.Writer();
        block.add(Math.toIntExact(StoredKeys.indicatorSeq(first, "shmi").orElseThrow()),
            april.period(), 1.01, Double.NaN, Double.NaN);
        try (ObservationBlocks.Inserter inserter = new ObservationBlocks.Inserter(first, next)) {
          inserter.add(StoredKeys.providerSeq(first, Fixtures.TRUST.value()).orElseThrow(),
              OptionalLong.empty(), block);
          ObservationBlocks.setNextBlock(first, inserter.finish());
        }
        first.commit();
      }
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> second.get(30, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause().toString());
      assertTrue(e.getCause().getMessage().contains("is already recorded"),
          e.getCause().getMessage());
      assertEquals(List.of(april), ports.observations().series(Fixtures.TRUST, Fixtures.SHMI));
    }
  }

  /**
   * Whatever imports add a provider's observations, in whatever order, each provider reads back
   * exactly its observations by indicator (in the order first recorded) then period, each series
   * only its own, every observation once when all are streamed by provider, and the import's check
   * finds exactly those recorded (ObservationFeed's contract; SNAPSHOT.md).
   */
  @Property(tries = 25)
  void anyImportsReadBackAsOneOrderedSetOfObservations(
      @ForAll("imports") List<List<Observation>> imports) {
    try (TestDatabase db = DatabaseKind.H2.open()) {
      Ports ports = skeleton(db);
      java.util.Map<org.qsurv.app.port.ObservationKey, Observation> all =
          new java.util.LinkedHashMap<>();
      for (List<Observation> batch : imports) {
        List<Observation> fresh = batch.stream()
            .filter(o -> all.putIfAbsent(org.qsurv.app.port.ObservationKey.of(o), o) == null)
            .toList();
        if (!fresh.isEmpty()) {
          ports.imports().write(batch(fresh.toArray(Observation[]::new)), Progress.none());
        }
      }
      List<org.qsurv.model.indicator.IndicatorId> indicatorOrder = ports.observations()
          .indicators().stream().map(i -> i.id()).toList();
      java.util.Comparator<Observation> order = java.util.Comparator
          .comparing((Observation o) -> indicatorOrder.indexOf(o.indicator()))
          .thenComparing(Observation::period);
      List<Observation> streamed = new ArrayList<>();
      ports.observations().forEachObservation(streamed::add);
      List<Observation> expectedStream = new ArrayList<>();
      for (var provider : Fixtures.small().providers()) {
        List<Observation> expected = all.values().stream()
            .filter(o -> o.provider().equals(provider.code())).sorted(order).toList();
        expectedStream.addAll(expected);
        assertEquals(expected, ports.observations().observations(provider.code()));
        for (var indicator : indicatorOrder) {
          assertEquals(expected.stream().filter(o -> o.indicator().equals(indicator)).toList(),
              ports.observations().series(provider.code(), indicator));
        }
      }
      assertEquals(expectedStream, streamed);
      assertEquals(all.size(), ports.observations().observationCount());
      assertEquals(all, ports.observations().recorded(all.keySet()));
    }
  }

  /**
   * Indicator seqs fill all 16 bits of a key: an indicator recorded with a seq above 2^15 still
   * reads after those with lower seqs (in the order first recorded), from whichever block.
   */
  @OnEveryDatabase
  void anIndicatorWithAHighSeqReadsInSeqOrder(DatabaseKind kind) throws Exception {
    try (TestDatabase db = kind.open()) {
      Ports ports = skeleton(db);
      try (Connection c = db.database().dataSource().getConnection();
          java.sql.Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO indicator (seq, id, name, quality_domain, unit, polarity, "
            + "frequency) VALUES (40000, 'late', 'Late indicator', 'SAFE', 'ratio', "
            + "'LOWER_IS_BETTER', 'MONTHLY')");
      }
      org.qsurv.model.indicator.IndicatorId late =
          org.qsurv.model.indicator.IndicatorId.of("late");
      Observation high = Observation.of(Fixtures.TRUST, late, Period.parse("2025-05"), 2.0);
      Observation low = Observation.of(Fixtures.TRUST, Fixtures.SHMI, Period.parse("2025-05"),
          1.0);
      ports.imports().write(batch(high), Progress.none());
      ports.imports().write(batch(low), Progress.none());
      assertEquals(List.of(low, high), ports.observations().observations(Fixtures.TRUST).stream()
          .filter(o -> o.period().equals(Period.parse("2025-05"))).toList());
    }
  }

  /**
   * A provider with more observations in one import than a block holds gets several blocks, and
   * they read back as one ordered set.
   */
  @OnEveryDatabase
  void aProviderWithMoreObservationsThanABlockHoldsReadsBackWhole(DatabaseKind kind)
      throws Exception {
    try (TestDatabase db = kind.open()) {
      Ports ports = JdbcPorts.open(db.database(), CLOCK);
      org.qsurv.model.snapshot.Snapshot skeleton = Fixtures.skeleton(1, 6);
      ports.imports().write(new ImportBatch(Optional.empty(),
          ImmutableList.copyOf(skeleton.providers()), ImmutableList.copyOf(skeleton.indicators()),
          ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
          "skeleton", "tester"), Progress.none());
      var provider = skeleton.providers().get(0).code();
      List<Observation> written = new ArrayList<>();
      for (var indicator : skeleton.indicators()) {
        for (int m = 0; m < 11_000; m++) {
          written.add(Observation.of(provider, indicator.id(), Period.month(1950, 1).plus(m),
              m + indicator.id().value().length() / 10.0));
        }
      }
      assertTrue(written.size() > ObservationBlock.MAX_OBSERVATIONS);
      ports.imports().write(batch(written.toArray(Observation[]::new)), Progress.none());
      assertEquals(written, ports.observations().observations(provider));
      assertEquals(written.size(), ports.observations().observationCount());
      try (Connection c = db.database().dataSource().getConnection();
          java.sql.Statement s = c.createStatement();
          java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM observation_block")) {
        r.next();
        assertEquals(2, r.getInt(1));
      }
    }
  }

  @Provide
  Arbitrary<List<List<Observation>>> imports() {
    Arbitrary<Observation> observation = Combinators.combine(
        Arbitraries.of(Fixtures.TRUST, Fixtures.HOME), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 3),
        Arbitraries.doubles().between(-1e6, 1e6))
        .as((provider, monthly, offset, shape, v) -> {
          Observation.Builder b = Observation.builder().provider(provider)
              .indicator(monthly == 1 ? Fixtures.SHMI : Fixtures.FLU)
              .period(monthly == 1 ? Period.month(2023, 1).plus(offset)
                  : Period.quarter(2020, 1).plus(offset));
          return switch (shape) {
            case 0 -> b.build();
            case 1 -> b.value(v).build();
            default -> b.value(v).numerator(Math.abs(v)).denominator(Math.abs(v) + shape).build();
          };
        });
    return observation.list().ofMaxSize(40).list().ofMinSize(1).ofMaxSize(4);
  }

  private static Ports skeleton(TestDatabase db) {
    Ports ports = JdbcPorts.open(db.database(), CLOCK);
    // The small fixture's providers and indicators (RH5 and the monthly shmi among them), and none
    // of its observations.
    ports.imports().write(new ImportBatch(Optional.empty(),
        ImmutableList.copyOf(Fixtures.small().providers()),
        ImmutableList.copyOf(Fixtures.small().indicators()), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), "skeleton", "tester"), Progress.none());
    return ports;
  }

  private static ImportBatch batch(Observation... observations) {
    return new ImportBatch(Optional.empty(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.copyOf(observations), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), "observations.csv", "tester");
  }

  private static long[] bits(Stored o) {
    return new long[] {Double.doubleToRawLongBits(o.value()),
        Double.doubleToRawLongBits(o.numerator()), Double.doubleToRawLongBits(o.denominator())};
  }

  @Provide
  Arbitrary<List<Stored>> observations() {
    Arbitrary<Period> periods = Combinators.combine(
        Arbitraries.of(Frequency.MONTHLY, Frequency.QUARTERLY),
        Arbitraries.integers().between(1900, 2999), Arbitraries.integers().between(1, 12))
        .as((f, year, i) -> f == Frequency.MONTHLY ? Period.month(year, i)
            : Period.quarter(year, (i - 1) / 3 + 1));
    Arbitrary<Double> numbers = Arbitraries.oneOf(
        Arbitraries.just(Double.NaN), Arbitraries.just(-0.0), Arbitraries.just(Double.MIN_VALUE),
        Arbitraries.just(Double.MAX_VALUE), Arbitraries.doubles());
    return Combinators.combine(Arbitraries.integers().between(1, 65_535), periods, numbers,
        numbers, numbers).as(Stored::new).list().ofMaxSize(200);
  }
}
