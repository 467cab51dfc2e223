package org.qsurv.escalation.procedure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * An action of the provider's integrated quality improvement plan (003 §5.2.3 e: "actions with
 * leads, due dates, agreed metrics, evidence and sign-off of completed actions"), as it stands.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutablePlanAction.class)
@JsonDeserialize(as = ImmutablePlanAction.class)
public abstract class PlanAction {
  /** Unique within the plan, e.g. {@code "A-1"}. */
  public abstract String id();

  /** What the provider will do. */
  public abstract String description();

  /** The provider's lead for the action. */
  public abstract String lead();

  /** The date the action is due: an action still open after it is overdue ({@link #isOverdue}). */
  public abstract LocalDate due();

  /** The metric agreed to measure progress. */
  public abstract String metric();

  /** Evidence of implementation, oldest first. */
  public abstract ImmutableList<String> evidence();

  /** Whether the action is open, signed off or closed; {@link ActionStatus#OPEN} when added. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** When it was signed off or closed; empty while open. */
  public abstract Optional<LocalDate> resolved();

  /** Whether the action is neither signed off nor closed. */
  @JsonIgnore
  public boolean isOpen() {
    return status() == ActionStatus.OPEN;
  }

  /** Whether the action is open and its due date is before {@code asOf}. */
  public boolean isOverdue(LocalDate asOf) {
    return isOpen() && due().isBefore(asOf);
  }

  /** This action with {@code evidence} as its evidence, oldest first. */
  public abstract PlanAction withEvidence(Iterable<String> evidence);

  /**
   * A builder for an action: {@code id}, {@code description}, {@code lead}, {@code due} and
   * {@code metric} are required; a status other than open needs a {@code resolved} date, and an
   * open action must have none.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link PlanAction}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutablePlanAction.Builder {}

  /**
   * Rejects a blank id, description, lead, metric or piece of evidence, and a {@code resolved} date
   * that is absent on a signed-off or closed action or present on an open one, with an
   * {@link IllegalArgumentException} that names the action.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("plan action id", id());
    Checks.notBlank("plan action description", description());
    Checks.notBlank("plan action lead", lead());
    Checks.notBlank("plan action metric", metric());
    evidence().forEach(e -> Checks.notBlank("plan action evidence", e));
    Checks.check(isOpen() == resolved().isEmpty(),
        () -> "plan action " + id() + " is " + status() + " so its resolved date must be "
            + (isOpen() ? "absent" : "present"));
  }
}
