package org.qsurv.model.surveillance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Who did something: a named person in a role, of an organisation where recorded. Every decision
 * and event carries one (003 aims: "an audit trail of actions and rationale for decisions made").
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor {
  public abstract String name();

  public abstract Role role();

  /** The organisation the person acts for (the ICB, the NHS England region, the provider). */
  public abstract Optional<OrganisationCode> organisation();

  /** A person in a role. */
  public static Actor of(String name, Role role) {
    return builder().name(name).role(role).build();
  }

  public static ImmutableActor.Builder builder() {
    return ImmutableActor.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("actor name", name());
  }
}
