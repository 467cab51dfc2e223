package org.qsurv.app.cases;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.procedure.ActionStatus;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The improvement-plan actions of the escalation cases, as the snapshot's {@code actions} carry
 * them, and the one improvement plan per provider that the assessment sees: the stored actions
 * together with the cases' plan actions (003 §5.2.3 e). Without it an action entered on the
 * escalation page's plan form lived only in its case and never fired IMPROVEMENT_ACTIONS_OVERDUE
 * (003 §5.2.1), while the same action imported or entered on the provider page did.
 *
 * <p>A case plan action becomes the action {@code PROVIDER/ID} (plan ids such as {@code A-1} are
 * unique only within one provider's plan), owned by its lead, completed on the day it was signed
 * off. An action closed without sign-off by a director's decision is not completed: closing it
 * lets the case step down, but the plan did not deliver it, so it stays overdue while the provider
 * remains in enhanced or intensive surveillance. The plan is the one the case held on the date
 * (its log replayed up to that day): the current episode's, or the last one's for a provider back
 * in routine.
 *
 * <pre>{@code
 * List<ImprovementAction> plan = CasePlans.merged(ports.actions().actions(),
 *     CasePlans.asOf(ports.cases(), asOf));
 * }</pre>
 */
public final class CasePlans {
  private CasePlans() {}

  /** The plan actions of every stored case as of {@code asOf}, in case id and plan order. */
  public static ImmutableList<ImprovementAction> asOf(CaseStore store, LocalDate asOf) {
    ImmutableList.Builder<ImprovementAction> actions = ImmutableList.builder();
    for (CaseId id : store.cases()) {
      actions.addAll(of(store, OrganisationCode.of(id.value()), asOf));
    }
    return actions.build();
  }

  /** The plan actions of {@code provider}'s case as of {@code asOf}, in plan order. */
  public static ImmutableList<ImprovementAction> of(CaseStore store, OrganisationCode provider,
      LocalDate asOf) {
    ImmutableList<CaseEvent> log = store.events(SurveillanceCases.caseId(provider)).stream()
        .map(SurveillanceCases::fromStored)
        .takeWhile(e -> !e.at().isAfter(asOf))
        .collect(ImmutableList.toImmutableList());
    return SurveillanceCase.replay(provider, log).procedure()
        .map(p -> p.plan().stream().map(a -> action(provider, a))
            .collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
  }

  /**
   * The stored actions and the cases' actions as one plan: an action of either list appears once,
   * and where a stored action and a case action share an id the case's wins, in the stored one's
   * place. The case's is the authoritative record because its sign-off is the ICB's recorded
   * judgement that the action is complete (003 §5.2.3 e: "sign-off of completed actions"), kept in
   * the hash-chained log, where a stored action's completion date is only reported data.
   */
  public static ImmutableList<ImprovementAction> merged(List<ImprovementAction> stored,
      List<ImprovementAction> fromCases) {
    Map<ActionId, ImprovementAction> plan = new LinkedHashMap<>();
    stored.forEach(a -> plan.put(a.id(), a));
    fromCases.forEach(a -> plan.put(a.id(), a));
    return ImmutableList.copyOf(plan.values());
  }

  /** The case plan action {@code action} of {@code provider}'s case as a snapshot action. */
  static ImprovementAction action(OrganisationCode provider, PlanAction action) {
    return ImprovementAction.builder()
        .id(id(provider, action.id()))
        .provider(provider)
        .description(action.description())
        .owner(action.lead())
        .due(action.due())
        .completed(action.status() == ActionStatus.SIGNED_OFF ? action.resolved()
            : Optional.empty())
        .build();
  }

  /**
   * The snapshot id of a case's plan action: {@code PROVIDER/ID}, with any character an action id
   * may not hold (a plan id is only required to be non-blank) replaced by {@code _}, so that an
   * unusual id still reaches the trigger rather than failing the whole assessment.
   */
  static ActionId id(OrganisationCode provider, String planId) {
    String raw = provider.value() + "/" + planId.strip();
    String safe = raw.replaceAll("[^A-Za-z0-9._:/-]", "_");
    return ActionId.of(safe.length() > 64 ? safe.substring(0, 64) : safe);
  }
}
