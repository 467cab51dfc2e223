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
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor {
  /** The person's name as recorded in the audit trail, e.g. "A. Director"; never blank. */
  public abstract String name();

  /**
   * The role they acted in; what each role may decide is escalation policy (SNAPSHOT.md
   * {@code role}).
   */
  public abstract Role role();

  /** The organisation the person acts for (the ICB, the NHS England region, the provider). */
  public abstract Optional<OrganisationCode> organisation();

  /** A person in a role. */
  public static Actor of(String name, Role role) {
    return builder().name(name).role(role).build();
  }

  /**
   * A builder for an actor: {@code name} and {@code role} are required, {@code organisation} is
   * optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Actor}: every setter returns this builder, and {@code build()} returns
   * the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableActor.Builder {}

  /**
   * Rejects a blank name with an {@link IllegalArgumentException} that names the field and the
   * value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("actor name", name());
  }
}
