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
 * The enhanced procedure of one episode of enhanced (or intensive) surveillance, tracked step by
 * step (003 §5.2.3 a-e): the named ICB quality lead, the formal notice, the governance group, the
 * baseline review, the agreed key risks, feedback and the provider's responses, and the
 * provider-owned improvement plan. A new episode starts each time a provider leaves routine.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableEnhancedProcedure.class)
@JsonDeserialize(as = ImmutableEnhancedProcedure.class)
public abstract class EnhancedProcedure {
  /** The date the provider left routine surveillance and this episode began. */
  public abstract LocalDate began();

  /** a) The named ICB quality lead. */
  public abstract Optional<String> lead();

  /** a) The formal notice to the provider. */
  public abstract Optional<Notice> notice();

  /** a) The governance group set up for the case. */
  public abstract Optional<String> governanceGroup();

  /** b) When the comprehensive baseline review was completed. */
  public abstract Optional<LocalDate> baselineReviewed();

  /** c) The key risks agreed with partners, in the order agreed. */
  public abstract ImmutableList<KeyRisk> keyRisks();

  /** d) When feedback was first given to the provider. */
  public abstract Optional<LocalDate> feedbackGiven();

  /** d) The provider's latest response to each key risk it has answered. */
  public abstract ImmutableList<ProviderResponse> responses();

  /** e) The improvement plan's actions, in the order added. */
  public abstract ImmutableList<PlanAction> plan();

  /** The furthest step started, or empty before the lead is named. */
  @JsonIgnore
  public Optional<ProcedureStep> currentStep() {
    if (!plan().isEmpty()) {
      return Optional.of(ProcedureStep.IMPROVEMENT_PLAN);
    } else if (feedbackGiven().isPresent()) {
      return Optional.of(ProcedureStep.FEEDBACK);
    } else if (!keyRisks().isEmpty()) {
      return Optional.of(ProcedureStep.LEVEL_OF_RISK);
    } else if (baselineReviewed().isPresent()) {
      return Optional.of(ProcedureStep.BASELINE_REVIEW);
    } else if (lead().isPresent()) {
      return Optional.of(ProcedureStep.ENGAGE_AND_SET_UP);
    }
    return Optional.empty();
  }

  /** The key risk with this id. */
  public Optional<KeyRisk> keyRisk(String id) {
    for (KeyRisk risk : keyRisks()) {
      if (risk.id().equals(id)) {
        return Optional.of(risk);
      }
    }
    return Optional.empty();
  }

  /** The plan action with this id. */
  public Optional<PlanAction> action(String id) {
    for (PlanAction action : plan()) {
      if (action.id().equals(id)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  /** The provider's latest response to the key risk with this id. */
  public Optional<ProviderResponse> response(String riskId) {
    for (ProviderResponse response : responses()) {
      if (response.riskId().equals(riskId)) {
        return Optional.of(response);
      }
    }
    return Optional.empty();
  }

  /** The actions neither signed off nor closed. */
  @JsonIgnore
  public ImmutableList<PlanAction> openActions() {
    return plan().stream().filter(PlanAction::isOpen).collect(ImmutableList.toImmutableList());
  }

  /** The open actions whose due date is before {@code asOf}. */
  public ImmutableList<PlanAction> overdueActions(LocalDate asOf) {
    return plan().stream().filter(a -> a.isOverdue(asOf)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether every action is signed off or closed: the plan's condition for a step down from
   * enhanced (003 §5.2.3 e). True for a case with no plan.
   */
  @JsonIgnore
  public boolean isPlanResolved() {
    for (PlanAction action : plan()) {
      if (action.isOpen()) {
        return false;
      }
    }
    return true;
  }

  // Copies with one step recorded, as the case applies its events (implemented by the generated
  // class: Immutables implements an abstract with* method of an attribute).

  /** This procedure with its lead appointed. */
  public abstract EnhancedProcedure withLead(String lead);

  /** This procedure with the provider's notice recorded. */
  public abstract EnhancedProcedure withNotice(Notice notice);

  /** This procedure with its governance group set up. */
  public abstract EnhancedProcedure withGovernanceGroup(String governanceGroup);

  /** This procedure with its baseline review completed on {@code baselineReviewed}. */
  public abstract EnhancedProcedure withBaselineReviewed(LocalDate baselineReviewed);

  /** This procedure with {@code keyRisks} as its key risks. */
  public abstract EnhancedProcedure withKeyRisks(Iterable<? extends KeyRisk> keyRisks);

  /** This procedure with feedback given on {@code feedbackGiven}. */
  public abstract EnhancedProcedure withFeedbackGiven(LocalDate feedbackGiven);

  /** This procedure with {@code responses} as the provider's responses. */
  public abstract EnhancedProcedure withResponses(Iterable<? extends ProviderResponse> responses);

  /** This procedure with {@code plan} as its action plan. */
  public abstract EnhancedProcedure withPlan(Iterable<? extends PlanAction> plan);

  /** A new episode begun on {@code began}, with nothing done yet. */
  public static EnhancedProcedure begun(LocalDate began) {
    return EnhancedProcedure.builder().began(began).build();
  }

  /**
   * A builder for the procedure: {@code began} is required; every step is optional. {@link #begun}
   * gives a new episode.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link EnhancedProcedure}: every setter returns this builder, and
   * {@code build()} returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableEnhancedProcedure.Builder {}

  /**
   * Rejects a blank lead or governance group name, where given, with an
   * {@link IllegalArgumentException} that names the field.
   */
  @Value.Check
  protected void check() {
    lead().ifPresent(l -> Checks.notBlank("ICB quality lead", l));
    governanceGroup().ifPresent(g -> Checks.notBlank("governance group", g));
  }
}
