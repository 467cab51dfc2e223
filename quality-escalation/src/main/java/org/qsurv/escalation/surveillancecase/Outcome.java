package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.escalation.event.CaseEvent;

/**
 * What {@link SurveillanceCase#decide} made of a command: {@link Accepted}, with the events to
 * append to the case's log and the case after them; or {@link Rejected}, with the rule broken and
 * the reason, the case unchanged and no events. A program acts on which it is:
 *
 * <pre>{@code
 * Outcome outcome = rh5.decide(command, policy);
 * if (outcome instanceof Accepted accepted) {
 *   store.append(accepted.events());
 *   rh5 = accepted.after();
 * } else if (outcome instanceof Rejected rejected) {
 *   show(rejected.reason());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Outcome permits Accepted, Rejected {
  /** The case after the command: after the events when accepted, the same case when rejected. */
  SurveillanceCase after();

  /** The events to append, oldest first; empty when rejected. */
  ImmutableList<CaseEvent> events();

  /** Whether the command was accepted. */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /** The rejection, when rejected; empty when accepted. */
  default Optional<Rejected> rejection() {
    return this instanceof Rejected rejected ? Optional.of(rejected) : Optional.empty();
  }
}
