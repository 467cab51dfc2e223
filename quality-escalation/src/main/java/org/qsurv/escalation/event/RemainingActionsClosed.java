package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * An ICB director's recorded decision to close the improvement plan actions not signed off, so
 * that the case may step down from enhanced (issue 4 item 3). The rationale is on the event.
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableRemainingActionsClosed.class)
@JsonDeserialize(as = ImmutableRemainingActionsClosed.class)
public abstract class RemainingActionsClosed implements CaseFact {
  /** The ids of the actions closed. */
  public abstract ImmutableList<String> actionIds();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.REMAINING_ACTIONS_CLOSED;
  }

  /** The fact that the actions {@code actionIds} were closed. */
  public static RemainingActionsClosed of(Iterable<String> actionIds) {
    return ImmutableRemainingActionsClosed.builder().addAllActionIds(actionIds).build();
  }

  /** Rejects an empty list of action ids with an {@link IllegalArgumentException}. */
  @Value.Check
  protected void check() {
    Checks.check(!actionIds().isEmpty(), "actions closed must name at least one action but named none");
  }
}
