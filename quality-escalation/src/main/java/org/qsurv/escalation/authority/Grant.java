package org.qsurv.escalation.authority;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * One row of the authority table: the roles that may take an action, at one level or (with no
 * level) at every level where no level-specific row applies. In JSON:
 * {@code {"action": "ASSURANCE_GAINED", "level": "INTENSIVE", "roles": ["NHSE_REGION"]}}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableGrant.class)
@JsonDeserialize(as = ImmutableGrant.class)
public abstract class Grant {
  /** The action this row authorises. */
  public abstract CaseAction action();

  /** The level this row is for; empty for every level without a row of its own. */
  public abstract Optional<Level> level();

  /** Who may take the action. */
  public abstract ImmutableSet<Role> roles();

  /** The roles that may take {@code action} at any level. */
  public static Grant of(CaseAction action, Role... roles) {
    return builder().action(action).addRoles(roles).build();
  }

  /** The roles that may take {@code action} at {@code level}. */
  public static Grant at(CaseAction action, Level level, Role... roles) {
    return builder().action(action).level(level).addRoles(roles).build();
  }

  /**
   * A builder for a row: {@code action} and at least one role are required; leave {@code level}
   * unset for a row that applies at every level without one of its own.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Grant}: every setter returns this builder, and {@code build()} returns
   * the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableGrant.Builder {}

  /**
   * Rejects a row that names no role, or that names a level at which the action can never be taken
   * ({@link CaseAction#isPossibleAt}), with an {@link IllegalArgumentException} that names the
   * action and the level.
   */
  @Value.Check
  protected void check() {
    Checks.check(!roles().isEmpty(),
        () -> "authority for " + action() + level().map(l -> " at " + l).orElse("")
            + " must name at least one role but named none");
    level().ifPresent(l -> Checks.check(action().isPossibleAt(l),
        () -> "authority for " + action() + " names level " + l
            + ", at which it can never be taken"));
  }
}
