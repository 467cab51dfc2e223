package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.qsurv.escalation.event.CaseEvent;

/**
 * A command accepted: the events it recorded, oldest first (at least one), and the case after
 * them. The caller appends the events to its log; nothing else changes.
 *
 * @param events the events to append, oldest first; never empty
 * @param after the case after the events
 * @since 1.0.0
 */
public record Accepted(ImmutableList<CaseEvent> events, SurveillanceCase after) implements Outcome {
  /** Rejects an empty list of events with an {@link IllegalArgumentException}. */
  public Accepted {
    Objects.requireNonNull(after, "after");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("an accepted command records at least one event but had none");
    }
  }

  @Override
  public String toString() {
    return "accepted " + events.size() + " event(s)";
  }
}
