package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * An ICB director's recorded decision to close the improvement plan actions not signed off, so
 * that the case may step down from enhanced (003 §5.2.3 e). The rationale is on the event.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
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
