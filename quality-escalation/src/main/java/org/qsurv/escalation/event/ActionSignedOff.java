package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.model.Checks;

/**
 * An improvement plan action was signed off as completed (003 §5.2.3 e: "monitored through
 * relevant sub groups for progress, including sign off of actions").
 *
 * @param actionId the id of the improvement plan action that was signed off
 * @since 0.1.0
 */
public record ActionSignedOff(String actionId) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public ActionSignedOff {
    Checks.notBlank("plan action id", actionId);
  }

  /** Plan action {@code actionId} signed off. */
  public static ActionSignedOff of(String actionId) {
    return new ActionSignedOff(actionId);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.ACTION_SIGNED_OFF;
  }
}
