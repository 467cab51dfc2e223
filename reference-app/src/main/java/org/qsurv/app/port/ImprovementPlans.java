package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The providers' improvement-plan actions (003 §5.2.3 e): what is to be done, who owns it, when it
 * is due and when it was completed. Overdue actions of a provider on enhanced or intensive
 * surveillance are how "failure of existing plans to demonstrate improvement" (003 §5.2.1) shows,
 * as the trigger IMPROVEMENT_ACTIONS_OVERDUE. An action is recorded once; its completion is the
 * one thing added later, once.
 *
 * <pre>{@code
 * plans.add(ImprovementAction.builder().id(ActionId.of("A-1"))
 *     .provider(OrganisationCode.of("RH5")).description("Recruit to the night rota")
 *     .owner("Director of Nursing").due(LocalDate.of(2025, 5, 31)).build());
 * plans.complete(ActionId.of("A-1"), LocalDate.of(2025, 6, 12));
 * }</pre>
 *
 * @since 1.0.0
 */
public interface ImprovementPlans {
  /** Every action, in the order recorded. */
  ImmutableList<ImprovementAction> actions();

  /** The actions of one provider's plan, in the order recorded. */
  ImmutableList<ImprovementAction> actions(OrganisationCode provider);

  /** The action with this id, if recorded. */
  Optional<ImprovementAction> action(ActionId id);

  /**
   * Records one new action (one transaction).
   *
   * @throws IllegalArgumentException if an action with its id is already recorded, or its
   *     provider is not in the directory
   */
  void add(ImprovementAction action);

  /**
   * Records that an action was completed on {@code completed} (one transaction).
   *
   * @return the action as it now stands
   * @throws IllegalArgumentException if there is no such action or it is already completed
   */
  ImprovementAction complete(ActionId id, LocalDate completed);
}
