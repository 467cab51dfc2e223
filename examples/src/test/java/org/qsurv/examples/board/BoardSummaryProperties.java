package org.qsurv.examples.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.examples.embedding.CaseService;
import org.qsurv.examples.embedding.InMemoryCaseEventStore;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.testing.escalation.CaseFile;
import org.qsurv.testing.escalation.EscalationArbitraries;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Example 6: jqwik properties against your own integration, fed by the generators qsurv publishes
 * in {@code org.qsurv:quality-testing} ({@link ModelArbitraries}, {@link EscalationArbitraries}).
 * Add it to your pom with {@code <scope>test</scope>}; it brings {@code net.jqwik:jqwik}.
 */
class BoardSummaryProperties {

  /** 004 §4.4: every provider is reported in exactly one of the three sections. */
  @Property(tries = 200)
  void everyProviderIsCountedAtExactlyOneLevel(@ForAll("snapshots") Snapshot snapshot) {
    BoardSummary summary = BoardSummary.of(snapshot);
    int counted = summary.providersByLevel().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(snapshot.providers().size(), counted, summary.toString());
  }

  /** 004 §4.4: a risk of 15 or more not reviewed for over a month is on the overdue list. */
  @Property(tries = 200)
  void anExtremeRiskNotReviewedForOverAMonthIsListedOverdue(
      @ForAll("snapshots") Snapshot snapshot) {
    BoardSummary summary = BoardSummary.of(snapshot);
    for (Risk risk : snapshot.risks()) {
      boolean stale = risk.lastReviewed()
          .map(d -> d.plusMonths(1).isBefore(snapshot.asOf())).orElse(false);
      if (risk.score() >= 15 && stale) {
        assertTrue(summary.overdueReviews().contains(risk.id()), risk + " in " + summary);
      }
    }
  }

  /** Example 7's store keeps what the case recorded: reloaded, the same case, chain intact. */
  @Property(tries = 100)
  void theStoreGivesBackTheCaseItWasGiven(@ForAll("caseFiles") CaseFile file) {
    InMemoryCaseEventStore store = new InMemoryCaseEventStore();
    ImmutableList<CaseEvent> log = file.log();
    store.append(file.provider(), 0, log);
    CaseService service = new CaseService(store,
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), file.policy());
    assertEquals(file.state(), service.load(file.provider()));
    assertEquals(log, store.events(file.provider()));
    assertTrue(ChainVerifier.verify(store.events(file.provider())).isIntact());
  }

  /**
   * Every snapshot the model allows, with indicator values kept within +/- 1e12. SNAPSHOT.md allows
   * any finite value, but the evaluator's SPC refuses series whose moving ranges overflow a double
   * ({@code SpcSummary}: "SPC values are too large to average"), which these properties found
   * with values near {@code Double.MAX_VALUE}; reported to quality-scoring. Real returns are far
   * smaller, so the bound keeps the properties about this integration.
   */
  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.snapshots().map(BoardSummaryProperties::everydayMagnitudes);
  }

  private static Snapshot everydayMagnitudes(Snapshot snapshot) {
    return Snapshot.builder().from(snapshot).observations(snapshot.observations().stream()
        .map(o -> o.value().isPresent() && Math.abs(o.value().getAsDouble()) > 1e12
            ? Observation.builder().from(o)
                .value(Math.signum(o.value().getAsDouble()) * 1e12).build()
            : o)
        .collect(ImmutableList.toImmutableList())).build();
  }

  @Provide
  Arbitrary<CaseFile> caseFiles() {
    return EscalationArbitraries.caseFiles(EscalationPolicy.nhsDefaults(), 30);
  }
}
