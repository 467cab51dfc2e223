package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.escalation.event.CaseEvent;

/**
 * What {@link SurveillanceCase#decide} made of a command: accepted, with the events to append to
 * the case's log and the case after them; or rejected, with the reason, the case unchanged and no
 * events.
 *
 * @since 0.1.0
 */
public final class Outcome {
  private final ImmutableList<CaseEvent> events;
  private final Optional<Rejected> rejection;
  private final SurveillanceCase after;

  private Outcome(ImmutableList<CaseEvent> events, Optional<Rejected> rejection, SurveillanceCase after) {
    this.events = events;
    this.rejection = rejection;
    this.after = after;
  }

  static Outcome accepted(ImmutableList<CaseEvent> events, SurveillanceCase after) {
    return new Outcome(events, Optional.empty(), after);
  }

  static Outcome rejected(Rejected rejection, SurveillanceCase unchanged) {
    return new Outcome(ImmutableList.of(), Optional.of(rejection), unchanged);
  }

  /** Whether the command was accepted. */
  public boolean isAccepted() {
    return rejection.isEmpty();
  }

  /** The events to append, oldest first; empty when rejected. */
  public ImmutableList<CaseEvent> events() {
    return events;
  }

  /** Why the command was rejected; empty when accepted. */
  public Optional<Rejected> rejection() {
    return rejection;
  }

  /** The case after the events: the same case when rejected. */
  public SurveillanceCase after() {
    return after;
  }

  @Override
  public String toString() {
    return isAccepted() ? "accepted " + events.size() + " event(s)" : "rejected: " + rejection.get();
  }
}
