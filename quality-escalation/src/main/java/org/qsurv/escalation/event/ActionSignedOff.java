package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * An improvement plan action was signed off as completed (003 §5.2.3 e: "monitored through
 * relevant sub groups for progress, including sign off of actions").
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableActionSignedOff.class)
@JsonDeserialize(as = ImmutableActionSignedOff.class)
public abstract class ActionSignedOff implements CaseFact {
  public abstract String actionId();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.ACTION_SIGNED_OFF;
  }

  public static ActionSignedOff of(String actionId) {
    return ImmutableActionSignedOff.builder().actionId(actionId).build();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
  }
}
