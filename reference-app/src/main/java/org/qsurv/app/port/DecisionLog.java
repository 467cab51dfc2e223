package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Decision;

/**
 * Escalation decisions (SNAPSHOT.md {@code decisions}): who decided what, when and why, as the
 * escalation lifecycle accepted them. The reference app keeps no decisions of their own: this is a
 * view of the {@link CaseStore}'s logs ({@code org.qsurv.app.cases.CaseDecisions}), and recording
 * a decision submits it to its case.
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
   * Submits a decision to its provider's case (one transaction).
   *
   * @throws IllegalArgumentException if the escalation lifecycle rejects it, for example because
   *     it is dated before the case's latest event or its role may not take it
   */
  void record(Decision decision);
}
