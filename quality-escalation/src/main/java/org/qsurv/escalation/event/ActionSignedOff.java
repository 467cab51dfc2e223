package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * An improvement plan action was signed off as completed (003 §5.2.3 e: "monitored through
 * relevant sub groups for progress, including sign off of actions").
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableActionSignedOff.class)
@JsonDeserialize(as = ImmutableActionSignedOff.class)
public abstract class ActionSignedOff implements CaseFact {
  /** The id of the improvement plan action that was signed off. */
  public abstract String actionId();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.ACTION_SIGNED_OFF;
  }

  /** The fact that the action {@code actionId} was signed off. */
  public static ActionSignedOff of(String actionId) {
    return ImmutableActionSignedOff.builder().actionId(actionId).build();
  }

  /**
   * Rejects a blank action id with an {@link IllegalArgumentException} that names the field and the
   * value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
  }
}
