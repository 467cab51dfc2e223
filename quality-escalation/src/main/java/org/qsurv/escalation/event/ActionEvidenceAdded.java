package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.model.Checks;

/**
 * Evidence that an improvement plan action is implemented (003 §5.2.3 e: the provider is
 * responsible for "providing evidence of implementations").
 *
 * @param actionId the id of the improvement plan action the evidence is for
 * @param evidence the evidence of implementation, as recorded; never blank
 * @since 0.1.0
 */
public record ActionEvidenceAdded(String actionId, String evidence) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public ActionEvidenceAdded {
    Checks.notBlank("plan action id", actionId);
    Checks.notBlank("evidence", evidence);
  }

  /** Evidence {@code evidence} for plan action {@code actionId}. */
  public static ActionEvidenceAdded of(String actionId, String evidence) {
    return new ActionEvidenceAdded(actionId, evidence);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.ACTION_EVIDENCE_ADDED;
  }
}
