package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * The ICB quality lead named for the case (003 §5.2.3 a: "identify a CCG quality lead to
 * coordinate activity at the enhanced monitoring level"). A later one replaces the earlier.
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableLeadAppointed.class)
@JsonDeserialize(as = ImmutableLeadAppointed.class)
public abstract class LeadAppointed implements CaseFact {
  /** The lead's name. */
  public abstract String lead();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.LEAD_APPOINTED;
  }

  /** The fact that {@code lead} was named the ICB quality lead. */
  public static LeadAppointed of(String lead) {
    return ImmutableLeadAppointed.builder().lead(lead).build();
  }

  /** Rejects a blank name with an {@link IllegalArgumentException} that names the field. */
  @Value.Check
  protected void check() {
    Checks.notBlank("ICB quality lead", lead());
  }
}
