package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.qsurv.escalation.audit.HashChain;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.event.ActionEvidenceAdded;
import org.qsurv.escalation.event.ActionSignedOff;
import org.qsurv.escalation.event.BaselineReviewCompleted;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CaseFact;
import org.qsurv.escalation.event.ContractualLeverApplied;
import org.qsurv.escalation.event.CorrectionRecorded;
import org.qsurv.escalation.event.DecisionTaken;
import org.qsurv.escalation.event.FeedbackGiven;
import org.qsurv.escalation.event.GovernanceGroupSetUp;
import org.qsurv.escalation.event.KeyRisksAgreed;
import org.qsurv.escalation.event.LeadAppointed;
import org.qsurv.escalation.event.MeetingHeld;
import org.qsurv.escalation.event.PlanActionAdded;
import org.qsurv.escalation.event.ProviderNotified;
import org.qsurv.escalation.event.ProviderResponded;
import org.qsurv.escalation.event.QualityRiskProfileCompleted;
import org.qsurv.escalation.event.QualityRiskProfileRequested;
import org.qsurv.escalation.event.RapidResponseReviewCalled;
import org.qsurv.escalation.event.RemainingActionsClosed;
import org.qsurv.escalation.event.TriggerAccepted;
import org.qsurv.escalation.levers.AppliedLever;
import org.qsurv.escalation.levers.MeetingRecord;
import org.qsurv.escalation.levers.NhsEnglandSteps;
import org.qsurv.escalation.levers.QualityRiskProfileStatus;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.ActionStatus;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.Notice;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.ProviderResponse;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;

/**
 * The surveillance case of one provider: the aggregate of the escalation lifecycle (004 §4.4;
 * 003 §5.2, Appendix 1). Its state is a fold over its append-only log of {@link CaseEvent}s: {@link
 * #apply} is the only way it changes, and {@link #decide} checks a command against the current
 * state and the policy and either yields new events or rejects the command with a reason, changing
 * nothing. A case is immutable: {@code apply} returns a new case.
 *
 * <p>The state: the level (routine, enhanced pending its quality review meeting, enhanced,
 * intensive) and since when; the assurance standing at the current level and the date its
 * sustained-assurance period ends; the enhanced procedure of the current (or last) episode; what
 * NHS England has done; the contractual levers applied; the triggers accepted; and the log's
 * position (version, date and hash of the latest event).
 *
 * <pre>{@code
 * SurveillanceCase rh5 = SurveillanceCase.open(OrganisationCode.of("RH5"));
 * Outcome outcome = rh5.decide(TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, LocalDate.of(2025, 3, 3),
 *     Actor.of("A. Director", Role.ICB_DIRECTOR), "Rising mortality and two never events"),
 *     EscalationPolicy.nhsDefaults());
 * if (outcome instanceof Accepted accepted) {
 *   store.append(accepted.events());     // the caller's storage
 *   rh5 = accepted.after();              // ENHANCED, pending review
 * } else if (outcome instanceof Rejected rejected) {
 *   show(rejected.reason());
 * }
 * SurveillanceCase again = SurveillanceCase.replay(OrganisationCode.of("RH5"), store.events("RH5"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SurveillanceCase {
  private final OrganisationCode provider;
  private final long version;
  private final LocalDate lastEventDate;
  private final String lastHash;
  private final Level level;
  private final boolean pendingReview;
  private final LocalDate levelSince;
  private final SustainedAssurance assurance;
  private final EnhancedProcedure procedure;
  private final NhsEnglandSteps nhsEngland;
  private final ImmutableList<AppliedLever> levers;
  private final ImmutableList<AcceptedTrigger> triggers;

  private SurveillanceCase(Draft d) {
    this.provider = d.provider;
    this.version = d.version;
    this.lastEventDate = d.lastEventDate;
    this.lastHash = d.lastHash;
    this.level = d.level;
    this.pendingReview = d.pendingReview;
    this.levelSince = d.levelSince;
    this.assurance = d.assurance;
    this.procedure = d.procedure;
    this.nhsEngland = d.nhsEngland;
    this.levers = d.levers;
    this.triggers = d.triggers;
  }

  /** A provider's case before anything is recorded: routine surveillance, version 0. */
  public static SurveillanceCase open(OrganisationCode provider) {
    Draft d = new Draft();
    d.provider = Objects.requireNonNull(provider, "provider");
    d.lastHash = HashChain.GENESIS;
    d.level = Level.ROUTINE;
    d.nhsEngland = NhsEnglandSteps.none();
    d.levers = ImmutableList.of();
    d.triggers = ImmutableList.of();
    return new SurveillanceCase(d);
  }

  /**
   * The case rebuilt from its log, oldest first: the fold of {@link #apply} from {@link #open}.
   *
   * @throws IllegalArgumentException if the log is not this provider's, its versions are not 1, 2,
   *     3..., its dates go backwards, or an event does not fit the state (a corrupt log)
   */
  public static SurveillanceCase replay(OrganisationCode provider, List<CaseEvent> events) {
    SurveillanceCase state = open(provider);
    for (int i = 0, n = events.size(); i < n; i++) {
      state = state.apply(events.get(i));
    }
    return state;
  }

  /**
   * Checks {@code command} against this case and {@code policy}: accepted with its events and the
   * case after them, or rejected with the rule broken and the reason. Nothing changes either way:
   * the caller appends the events to its log.
   */
  public Outcome decide(CaseCommand command, EscalationPolicy policy) {
    return CaseRules.decide(this, command, policy);
  }

  /**
   * The case after {@code event}: the next step of the fold. It trusts that {@code event} was
   * produced by {@link #decide} (it does not check authority or hashes, see {@code ChainVerifier})
   * but refuses an event that cannot follow this state.
   *
   * @throws IllegalArgumentException if the event is for another provider, its version is not the
   *     next, it is dated before the latest event, or it does not fit the state: a decision taken at
   *     another level, a procedure step for a case in routine, a plan action the case does not have
   */
  public SurveillanceCase apply(CaseEvent event) {
    if (event.version() != version + 1) {
      throw new IllegalArgumentException("event version " + event.version() + " cannot follow version "
          + version + " of the case of " + provider);
    }
    if (!event.provider().equals(provider)) {
      throw new IllegalArgumentException("event " + event.version() + " is for " + event.provider()
          + ", not " + provider);
    }
    LocalDate at = event.at();
    if (lastEventDate != null && at.isBefore(lastEventDate)) {
      throw new IllegalArgumentException("event " + event.version() + " of " + provider + " is dated " + at
          + ", before the latest event (" + lastEventDate + ")");
    }
    Draft d = new Draft(this);
    d.version = event.version();
    d.lastEventDate = at;
    d.lastHash = event.hash();
    applyFact(d, event, event.fact(), at);
    return new SurveillanceCase(d);
  }

  /** Sets in {@code d} what {@code fact} changes; every kind of {@link CaseFact} is one branch. */
  private void applyFact(Draft d, CaseEvent event, CaseFact fact, LocalDate at) {
    if (fact instanceof DecisionTaken decision) {
      applyDecision(d, decision, at);
    } else if (fact instanceof TriggerAccepted trigger) {
      d.assurance = null;
      d.triggers = append(triggers, AcceptedTrigger.of(trigger.code(), trigger.evidence(), at));
    } else if (fact instanceof LeadAppointed lead) {
      d.procedure = procedure(event).withLead(lead.lead());
    } else if (fact instanceof ProviderNotified notified) {
      d.procedure = procedure(event).withNotice(Notice.of(notified.method(), at));
    } else if (fact instanceof GovernanceGroupSetUp group) {
      d.procedure = procedure(event).withGovernanceGroup(group.name());
    } else if (fact instanceof BaselineReviewCompleted) {
      d.procedure = procedure(event).withBaselineReviewed(at);
    } else if (fact instanceof KeyRisksAgreed agreed) {
      EnhancedProcedure p = procedure(event);
      d.procedure = p.withKeyRisks(
          ImmutableList.<KeyRisk>builder().addAll(p.keyRisks()).addAll(agreed.risks()).build());
    } else if (fact instanceof FeedbackGiven) {
      EnhancedProcedure p = procedure(event);
      d.procedure = p.feedbackGiven().isPresent() ? p : p.withFeedbackGiven(at);
    } else if (fact instanceof ProviderResponded responded) {
      d.procedure = respond(procedure(event), responded, at);
    } else if (fact instanceof PlanActionAdded added) {
      EnhancedProcedure p = procedure(event);
      d.procedure = p.withPlan(append(p.plan(), PlanAction.builder().id(added.actionId())
          .description(added.description()).lead(added.lead()).due(added.due()).metric(added.metric()).build()));
    } else if (fact instanceof ActionEvidenceAdded evidence) {
      d.procedure = updateAction(event, evidence.actionId(), a -> a
          .withEvidence(ImmutableList.<String>builder().addAll(a.evidence()).add(evidence.evidence()).build()));
    } else if (fact instanceof ActionSignedOff signedOff) {
      d.procedure = updateAction(event, signedOff.actionId(),
          a -> PlanAction.builder().from(a).status(ActionStatus.SIGNED_OFF).resolved(at).build());
    } else if (fact instanceof RemainingActionsClosed closed) {
      EnhancedProcedure p = procedure(event);
      for (String id : closed.actionIds()) {
        p = updateAction(event, p, id,
            a -> PlanAction.builder().from(a).status(ActionStatus.CLOSED).resolved(at).build());
      }
      d.procedure = p;
    } else if (fact instanceof MeetingHeld meeting) {
      d.nhsEngland = NhsEnglandSteps.builder().from(nhsEngland)
          .addMeetings(MeetingRecord.builder().meeting(meeting.meeting()).at(at)
              .chair(meeting.chair()).attendees(meeting.attendees()).agreedActions(meeting.agreedActions())
              .build())
          .build();
    } else if (fact instanceof QualityRiskProfileRequested) {
      d.nhsEngland = NhsEnglandSteps.builder().from(nhsEngland)
          .qualityRiskProfile(QualityRiskProfileStatus.REQUESTED).qualityRiskProfileSince(at).build();
    } else if (fact instanceof QualityRiskProfileCompleted) {
      d.nhsEngland = NhsEnglandSteps.builder().from(nhsEngland)
          .qualityRiskProfile(QualityRiskProfileStatus.COMPLETED).qualityRiskProfileSince(at).build();
    } else if (fact instanceof RapidResponseReviewCalled) {
      d.assurance = null;
      d.nhsEngland = NhsEnglandSteps.builder().from(nhsEngland).addRapidResponseReviews(at).build();
    } else if (fact instanceof ContractualLeverApplied lever) {
      d.levers = append(levers, AppliedLever.builder().lever(lever.lever()).at(at).by(event.by())
          .detail(lever.detail()).alternativeProvision(lever.alternativeProvision()).build());
    } else if (!(fact instanceof CorrectionRecorded)) {
      // A correction annotates the log; the state it corrects is changed, if at all, by the
      // events recorded with it. Any other fact is a kind this fold does not know.
      throw new IllegalArgumentException("event " + event.version() + " has an unknown kind of fact: " + fact);
    }
  }

  private void applyDecision(Draft d, DecisionTaken decision, LocalDate at) {
    if (decision.from() != level) {
      throw new IllegalArgumentException(decision.decision() + " taken at " + decision.from()
          + " cannot apply to the case of " + provider + " at " + level);
    }
    switch (decision.decision()) {
      case PLACE_ON_ENHANCED -> {
        enterLevel(d, Level.ENHANCED, at);
        d.pendingReview = true;
        d.procedure = EnhancedProcedure.begun(at);
      }
      case CONFIRM_ENHANCED -> d.pendingReview = false;
      case RETURN_TO_ROUTINE, STEP_DOWN -> enterLevel(d, decision.to(), at);
      case ESCALATE_TO_INTENSIVE -> {
        enterLevel(d, Level.INTENSIVE, at);
        if (level == Level.ROUTINE) {
          d.procedure = EnhancedProcedure.begun(at);
        }
      }
      case CALL_RISK_SUMMIT -> {
        d.assurance = null;
        d.nhsEngland = NhsEnglandSteps.builder().from(nhsEngland).addRiskSummitsCalled(at).build();
      }
      case ASSURANCE_GAINED -> {
        // A repeated ASSURANCE_GAINED re-affirms the standing assurance; the period keeps
        // counting from the first (see CaseRules).
        if (assurance == null) {
          d.assurance = SustainedAssurance.of(at, decision.sustainedAssuranceUntil().get());
        }
      }
    }
  }

  /** Any level change clears the assurance and the pending review (SNAPSHOT.md). */
  private static void enterLevel(Draft d, Level level, LocalDate at) {
    d.level = level;
    d.pendingReview = false;
    d.levelSince = at;
    d.assurance = null;
  }

  private EnhancedProcedure procedure(CaseEvent event) {
    if (procedure == null || level == Level.ROUTINE) {
      throw new IllegalArgumentException("event " + event.version() + " (" + event.fact().type()
          + ") is a step of the enhanced procedure, but " + provider + " is in routine surveillance");
    }
    return procedure;
  }

  private static EnhancedProcedure respond(EnhancedProcedure p, ProviderResponded r, LocalDate at) {
    ProviderResponse response = ProviderResponse.builder()
        .riskId(r.riskId()).response(r.response()).evidence(r.evidence()).at(at).build();
    ImmutableList.Builder<ProviderResponse> responses = ImmutableList.builder();
    for (ProviderResponse existing : p.responses()) {
      if (!existing.riskId().equals(r.riskId())) {
        responses.add(existing);
      }
    }
    return p.withResponses(responses.add(response).build());
  }

  private EnhancedProcedure updateAction(CaseEvent event, String id,
      UnaryOperator<PlanAction> change) {
    return updateAction(event, procedure(event), id, change);
  }

  private EnhancedProcedure updateAction(CaseEvent event, EnhancedProcedure p, String id,
      UnaryOperator<PlanAction> change) {
    ImmutableList<PlanAction> plan = p.plan();
    for (int i = 0; i < plan.size(); i++) {
      if (plan.get(i).id().equals(id)) {
        PlanAction[] actions = plan.toArray(new PlanAction[0]);
        actions[i] = change.apply(actions[i]);
        return p.withPlan(ImmutableList.copyOf(actions));
      }
    }
    throw new IllegalArgumentException("event " + event.version() + " (" + event.fact().type()
        + ") refers to plan action " + id + ", which the case of " + provider + " does not have");
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(element).build();
  }

  /** The provider whose case this is. */
  public OrganisationCode provider() {
    return provider;
  }

  /** How many events the case has: the version of its latest event, 0 for none. */
  public long version() {
    return version;
  }

  /** The date of the latest event; empty for a case with none. */
  public Optional<LocalDate> lastEventDate() {
    return Optional.ofNullable(lastEventDate);
  }

  /** The hash of the latest event, which the next event links to; {@code HashChain.GENESIS} for none. */
  public String lastHash() {
    return lastHash;
  }

  /** The level of surveillance. */
  public Level level() {
    return level;
  }

  /** Whether the case is in enhanced surveillance awaiting its quality review meeting (003 Appendix 1). */
  public boolean pendingReview() {
    return pendingReview;
  }

  /** The date of the decision that set the level; empty for a provider never moved from routine. */
  public Optional<LocalDate> levelSince() {
    return Optional.ofNullable(levelSince);
  }

  /**
   * The assurance standing at the current level: present from the first ASSURANCE_GAINED at this
   * level until the level changes or a trigger, risk summit or rapid response review clears it.
   */
  public Optional<SustainedAssurance> assurance() {
    return Optional.ofNullable(assurance);
  }

  /**
   * The first day a step down is allowed, while assurance stands (SNAPSHOT.md
   * {@code sustainedAssuranceUntil}); empty when no sustained-assurance period is running. It may be
   * in the past: the period has then passed and a step down is allowed.
   */
  public Optional<LocalDate> sustainedAssuranceUntil() {
    return assurance == null ? Optional.empty() : Optional.of(assurance.until());
  }

  /**
   * The enhanced procedure of the current episode, or of the last one for a provider back in
   * routine; empty for a provider never out of routine.
   */
  public Optional<EnhancedProcedure> procedure() {
    return Optional.ofNullable(procedure);
  }

  /** The enhanced procedure while the provider is in enhanced or intensive surveillance. */
  public Optional<EnhancedProcedure> activeProcedure() {
    return level == Level.ROUTINE ? Optional.empty() : Optional.ofNullable(procedure);
  }

  /** What NHS England has done on the case. */
  public NhsEnglandSteps nhsEngland() {
    return nhsEngland;
  }

  /** The contractual levers applied, oldest first. */
  public ImmutableList<AppliedLever> levers() {
    return levers;
  }

  /** The triggers accepted, oldest first. */
  public ImmutableList<AcceptedTrigger> triggers() {
    return triggers;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SurveillanceCase c)) {
      return false;
    }
    return version == c.version && pendingReview == c.pendingReview && level == c.level
        && provider.equals(c.provider) && lastHash.equals(c.lastHash)
        && Objects.equals(lastEventDate, c.lastEventDate) && Objects.equals(levelSince, c.levelSince)
        && Objects.equals(assurance, c.assurance) && Objects.equals(procedure, c.procedure)
        && nhsEngland.equals(c.nhsEngland) && levers.equals(c.levers) && triggers.equals(c.triggers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, version, lastHash, level, pendingReview, levelSince, assurance);
  }

  @Override
  public String toString() {
    return "SurveillanceCase{" + provider + " v" + version + " " + level + (pendingReview ? " (pending review)" : "")
        + (levelSince == null ? "" : " since " + levelSince)
        + (assurance == null ? "" : ", assurance " + assurance.gained() + " until " + assurance.until()) + "}";
  }

  /** A mutable copy used only inside {@link #apply}, so that each event sets only what it changes. */
  private static final class Draft {
    OrganisationCode provider;
    long version;
    LocalDate lastEventDate;
    String lastHash;
    Level level;
    boolean pendingReview;
    LocalDate levelSince;
    SustainedAssurance assurance;
    EnhancedProcedure procedure;
    NhsEnglandSteps nhsEngland;
    ImmutableList<AppliedLever> levers;
    ImmutableList<AcceptedTrigger> triggers;

    Draft() {}

    Draft(SurveillanceCase c) {
      provider = c.provider;
      version = c.version;
      lastEventDate = c.lastEventDate;
      lastHash = c.lastHash;
      level = c.level;
      pendingReview = c.pendingReview;
      levelSince = c.levelSince;
      assurance = c.assurance;
      procedure = c.procedure;
      nhsEngland = c.nhsEngland;
      levers = c.levers;
      triggers = c.triggers;
    }
  }
}
