package org.qsurv.model.improvement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * One action of a provider's improvement plan (003 §5.2.3 e, the Strategic, Integrated Quality
 * Improvement Plan): what, who owns it, when it is due and when it was completed. Actions not
 * completed by their due date are how "failure of existing plans to demonstrate improvement"
 * (003 §5.2.1) shows in data.
 *
 * <pre>{@code
 * ImprovementAction a = ImprovementAction.builder()
 *     .id(ActionId.of("A-1")).provider(OrganisationCode.of("RH5"))
 *     .description("Recruit to the night rota").owner("Director of Nursing")
 *     .due(LocalDate.of(2025, 5, 31))
 *     .build();
 * a.overdueOn(LocalDate.of(2025, 7, 1));   // true
 * }</pre>
 *
 * @since 1.0.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableImprovementAction.class)
@JsonDeserialize(as = ImmutableImprovementAction.class)
public abstract class ImprovementAction {
  /** The action's id, unique within a snapshot; what IMPROVEMENT_ACTIONS_OVERDUE cites. */
  public abstract ActionId id();

  /** The provider whose plan it belongs to. */
  public abstract OrganisationCode provider();

  /** What is to be done. */
  public abstract String description();

  /** Who owns it (a role or named lead). */
  public abstract String owner();

  /** The date by which it is to be completed. */
  public abstract LocalDate due();

  /** The date it was completed, if it has been. */
  public abstract Optional<LocalDate> completed();

  /**
   * Whether it is overdue as of {@code asOf}: due before that date and not completed on or before
   * it. An action completed late is overdue until the day it is completed, and not after.
   */
  public boolean overdueOn(LocalDate asOf) {
    return due().isBefore(asOf) && completed().map(c -> c.isAfter(asOf)).orElse(true);
  }

  /**
   * A builder for an action: every attribute but {@code completed} is required.
   */
  public static ImmutableImprovementAction.Builder builder() {
    return ImmutableImprovementAction.builder();
  }

  /**
   * Rejects a blank description or owner with an {@link IllegalArgumentException} that names the
   * field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("action description", description());
    Checks.notBlank("action owner", owner());
  }
}
