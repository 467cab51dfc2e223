package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * Evidence that an improvement plan action is implemented (003 §5.2.3 e: the provider is
 * responsible for "providing evidence of implementations").
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableActionEvidenceAdded.class)
@JsonDeserialize(as = ImmutableActionEvidenceAdded.class)
public abstract class ActionEvidenceAdded implements CaseFact {
  /** The id of the improvement plan action the evidence is for. */
  public abstract String actionId();

  /** The evidence of implementation, as recorded; never blank. */
  public abstract String evidence();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.ACTION_EVIDENCE_ADDED;
  }

  /** The fact that {@code evidence} was added to the action {@code actionId}. */
  public static ActionEvidenceAdded of(String actionId, String evidence) {
    return ImmutableActionEvidenceAdded.builder().actionId(actionId).evidence(evidence).build();
  }

  /**
   * Rejects a blank action id or evidence with an {@link IllegalArgumentException} that names the
   * field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", actionId());
    Checks.notBlank("evidence", evidence());
  }
}
