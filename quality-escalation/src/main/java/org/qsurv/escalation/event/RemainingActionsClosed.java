package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import org.qsurv.model.Checks;

/**
 * An ICB director's recorded decision to close the improvement plan actions not signed off, so
 * that the case may step down from enhanced (003 §5.2.3 e). The rationale is on the event.
 *
 * @param actionIds the ids of the actions closed
 * @since 0.1.0
 */
public record RemainingActionsClosed(ImmutableList<String> actionIds) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public RemainingActionsClosed {
    actionIds = actionIds == null ? ImmutableList.of() : actionIds; // absent from stored JSON
    Checks.check(!actionIds.isEmpty(), "actions closed must name at least one action but named none");
    actionIds.forEach(a -> Checks.notBlank("closed action id", a));
  }

  /** The plan actions {@code actionIds} closed. */
  public static RemainingActionsClosed of(Iterable<String> actionIds) {
    return new RemainingActionsClosed(ImmutableList.copyOf(actionIds));
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.REMAINING_ACTIONS_CLOSED;
  }
}
