package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * The governance group for the case was set up (003 §5.2.3 a: "the lead organisation will be
 * identified and sub groups established").
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableGovernanceGroupSetUp.class)
@JsonDeserialize(as = ImmutableGovernanceGroupSetUp.class)
public abstract class GovernanceGroupSetUp implements CaseFact {
  /** The group's name, e.g. "RH5 enhanced surveillance group". */
  public abstract String name();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.GOVERNANCE_GROUP_SET_UP;
  }

  /** The fact that the group named {@code name} was set up. */
  public static GovernanceGroupSetUp of(String name) {
    return ImmutableGovernanceGroupSetUp.builder().name(name).build();
  }

  /** Rejects a blank name with an {@link IllegalArgumentException} that names the field. */
  @Value.Check
  protected void check() {
    Checks.notBlank("governance group", name());
  }
}
