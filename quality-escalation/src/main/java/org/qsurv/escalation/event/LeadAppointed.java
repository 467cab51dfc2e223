package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.model.Checks;

/**
 * The ICB quality lead named for the case (003 §5.2.3 a: "identify a CCG quality lead to
 * coordinate activity at the enhanced monitoring level"). A later one replaces the earlier.
 *
 * @param lead the lead's name
 * @since 0.1.0
 */
public record LeadAppointed(String lead) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public LeadAppointed {
    Checks.notBlank("ICB quality lead", lead);
  }

  /** {@code lead} named the ICB quality lead. */
  public static LeadAppointed of(String lead) {
    return new LeadAppointed(lead);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.LEAD_APPOINTED;
  }
}
