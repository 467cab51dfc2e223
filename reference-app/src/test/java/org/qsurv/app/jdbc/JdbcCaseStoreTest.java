package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.app.port.StoredEvent;

/**
 * The case store keeps each escalation case as an append-only event log with a version for
 * optimistic concurrency (of concurrent conflicting decisions on one case exactly one wins, the
 * other gets a clear conflict error; 003 §3: nothing recorded is ever changed).
 */
class JdbcCaseStoreTest {
  private static final CaseId CASE = CaseId.of("ZA1-2025-1");

  private static CaseStore store(TestDatabase db) {
    return JdbcPorts.open(db.database(), Clock.systemUTC()).cases();
  }

  @OnEveryDatabase
  void anAppendedLogReadsBackInOrderWithItsVersion(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      CaseStore cases = store(db);
      assertEquals(0, cases.version(CASE));
      assertTrue(cases.events(CASE).isEmpty());

      List<StoredEvent> first = Chains.events(Chains.GENESIS, 2, "a");
      assertEquals(2, cases.append(CASE, 0, first));
      List<StoredEvent> second = Chains.events(Chains.head(first), 3, "a");
      assertEquals(5, cases.append(CASE, 2, second));

      List<StoredEvent> all = new ArrayList<>(first);
      all.addAll(second);
      assertEquals(all, cases.events(CASE));
      assertEquals(5, cases.version(CASE));
      assertEquals(List.of(CASE), cases.cases());
    }
  }

  @OnEveryDatabase
  void anAppendOnAStaleVersionIsAConflictAndWritesNothing(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      CaseStore cases = store(db);
      List<StoredEvent> first = Chains.events(Chains.GENESIS, 1, "a");
      cases.append(CASE, 0, first);

      CaseConflictException stale = assertThrows(CaseConflictException.class,
          () -> cases.append(CASE, 0, Chains.events(Chains.GENESIS, 1, "b")));
      assertEquals(1, stale.actualVersion());
      assertTrue(stale.getMessage().contains("reload the case and decide again"),
          stale.getMessage());
      assertThrows(CaseConflictException.class,
          () -> cases.append(CASE, 2, Chains.events(Chains.head(first), 1, "b")));
      assertEquals(first, cases.events(CASE));
    }
  }

  @OnEveryDatabase
  void anAppendThatBreaksTheHashChainIsRefused(DatabaseKind kind) {
    try (TestDatabase db = kind.open()) {
      CaseStore cases = store(db);
      List<StoredEvent> first = Chains.events(Chains.GENESIS, 1, "a");
      cases.append(CASE, 0, first);

      IllegalArgumentException unchained = assertThrows(IllegalArgumentException.class,
          () -> cases.append(CASE, 1, Chains.events("not-the-head", 1, "b")));
      assertTrue(unchained.getMessage().contains("does not chain"), unchained.getMessage());
      List<StoredEvent> broken = new ArrayList<>(Chains.events(Chains.head(first), 1, "b"));
      broken.addAll(Chains.events("elsewhere", 1, "b"));
      assertThrows(IllegalArgumentException.class, () -> cases.append(CASE, 1, broken));
      assertEquals(1, cases.version(CASE));
    }
  }

  /**
   * Two writers read the same version and append at the same moment, round after round, on a new
   * case and then on an existing one: every round exactly one wins and the other gets the conflict.
   */
  @OnEveryDatabase
  void ofTwoConcurrentConflictingAppendsExactlyOneWins(DatabaseKind kind) throws Exception {
    int rounds = 25;
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try (TestDatabase db = kind.open()) {
      CaseStore cases = store(db);
      String head = Chains.GENESIS;
      for (int round = 0; round < rounds; round++) {
        long version = cases.version(CASE);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Long>> results = new ArrayList<>();
        for (String writer : List.of("a" + round, "b" + round)) {
          List<StoredEvent> events = Chains.events(head, 2, writer);
          results.add(writers.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return cases.append(CASE, version, events);
          }));
        }
        int won = 0;
        int conflicted = 0;
        for (Future<Long> result : results) {
          try {
            assertEquals(version + 2, result.get(30, TimeUnit.SECONDS));
            won++;
          } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof CaseConflictException,
                "expected a conflict but got " + e.getCause());
            conflicted++;
          }
        }
        assertEquals(1, won, "round " + round + ": winners");
        assertEquals(1, conflicted, "round " + round + ": conflicts");
        List<StoredEvent> log = cases.events(CASE);
        assertEquals(version + 2, log.size());
        // The winner's two events, both from one writer: nothing of the loser was kept.
        String winner = log.get(log.size() - 1).recordedBy();
        assertEquals(winner, log.get(log.size() - 2).recordedBy());
        head = log.get(log.size() - 1).hash();
      }
      assertEquals(2L * rounds, cases.version(CASE));
    } finally {
      writers.shutdownNow();
    }
  }
}
