package org.qsurv.testing.escalation;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * An in-memory case file for properties: a provider's log and case, the policy, and the last step
 * taken (the case and log before it, the command and its outcome), so that an invariant can check
 * each transition. Immutable: {@link #handle} returns a new file, as a store would after appending
 * the accepted events. Published in the quality-testing artifact for integrators'
 * own properties.
 *
 * <pre>{@code
 * CaseFile file = CaseFile.open(OrganisationCode.of("RH5"), EscalationPolicy.nhsDefaults());
 * file = file.handle(command);
 * assertThat(SurveillanceCase.replay(file.provider(), file.log())).isEqualTo(file.state());
 * }</pre>
 *
 * @since 1.0.0
 */
public final class CaseFile {
  private final OrganisationCode provider;
  private final EscalationPolicy policy;
  private final ImmutableList<CaseEvent> log;
  private final SurveillanceCase state;
  private final Optional<Step> lastStep;

  private CaseFile(OrganisationCode provider, EscalationPolicy policy, ImmutableList<CaseEvent> log,
      SurveillanceCase state, Optional<Step> lastStep) {
    this.provider = provider;
    this.policy = policy;
    this.log = log;
    this.state = state;
    this.lastStep = lastStep;
  }

  /** An empty file: a provider in routine surveillance with no events. */
  public static CaseFile open(OrganisationCode provider, EscalationPolicy policy) {
    return new CaseFile(provider, policy, ImmutableList.of(), SurveillanceCase.open(provider), Optional.empty());
  }

  /** The file after {@code command}: decided against the current case, its events appended if accepted. */
  public CaseFile handle(CaseCommand command) {
    Outcome outcome = state.decide(command, policy);
    ImmutableList<CaseEvent> next = outcome.isAccepted()
        ? ImmutableList.<CaseEvent>builder().addAll(log).addAll(outcome.events()).build()
        : log;
    return new CaseFile(provider, policy, next, outcome.after(),
        Optional.of(new Step(state, log, command, outcome)));
  }

  public OrganisationCode provider() {
    return provider;
  }

  public EscalationPolicy policy() {
    return policy;
  }

  /** The log, oldest first. */
  public ImmutableList<CaseEvent> log() {
    return log;
  }

  /** The case now. */
  public SurveillanceCase state() {
    return state;
  }

  /** The last command handled, with the case and log before it and its outcome. */
  public Optional<Step> lastStep() {
    return lastStep;
  }

  @Override
  public String toString() {
    return state + " with " + log.size() + " events";
  }

  /**
   * One command handled: the case and log before, the command, and the outcome.
   *
   * @since 1.0.0
   */
  public static final class Step {
    private final SurveillanceCase before;
    private final ImmutableList<CaseEvent> logBefore;
    private final CaseCommand command;
    private final Outcome outcome;

    Step(SurveillanceCase before, ImmutableList<CaseEvent> logBefore, CaseCommand command, Outcome outcome) {
      this.before = before;
      this.logBefore = logBefore;
      this.command = command;
      this.outcome = outcome;
    }

    public SurveillanceCase before() {
      return before;
    }

    public ImmutableList<CaseEvent> logBefore() {
      return logBefore;
    }

    public CaseCommand command() {
      return command;
    }

    public Outcome outcome() {
      return outcome;
    }
  }
}
