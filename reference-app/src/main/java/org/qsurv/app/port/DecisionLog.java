package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Decision;

/**
 * Escalation decisions as they were submitted (SNAPSHOT.md {@code decisions}): who decided what,
 * when and why, in the order taken, before the escalation lifecycle accepts or rejects them.
 * Append-only. What the lifecycle made of each decision (the accepted events, or a rejection with
 * its reason) belongs in the {@link CaseStore}.
 *
 * <pre>{@code
 * log.record(Decision.builder().provider(OrganisationCode.of("RH5")).at(LocalDate.of(2025, 3, 3))
 *     .decision(DecisionType.PLACE_ON_ENHANCED).by(Actor.of("A. Director", Role.ICB_DIRECTOR))
 *     .rationale("Rising mortality and two never events in a quarter").build());
 * }</pre>
 */
public interface DecisionLog {
  /** Every decision, in the order recorded. */
  ImmutableList<Decision> decisions();

  /** The decisions about one provider, in the order recorded. */
  ImmutableList<Decision> decisions(OrganisationCode provider);

  /** The latest decision about a provider, if any. */
  Optional<Decision> latest(OrganisationCode provider);

  /**
   * Appends a decision (one transaction).
   *
   * @throws IllegalArgumentException if it is dated before the provider's latest decision
   *     (SNAPSHOT.md: dates must not go backwards for a provider), or the provider is unknown
   */
  void record(Decision decision);
}
