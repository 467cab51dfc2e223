package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qsurv.model.Checks;

/**
 * The governance group for the case was set up (003 §5.2.3 a: "the lead organisation will be
 * identified and sub groups established").
 *
 * @param name the group's name, e.g. "RH5 enhanced surveillance group"
 * @since 0.1.0
 */
public record GovernanceGroupSetUp(String name) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public GovernanceGroupSetUp {
    Checks.notBlank("governance group", name);
  }

  /** The governance group {@code name} set up. */
  public static GovernanceGroupSetUp of(String name) {
    return new GovernanceGroupSetUp(name);
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.GOVERNANCE_GROUP_SET_UP;
  }
}
