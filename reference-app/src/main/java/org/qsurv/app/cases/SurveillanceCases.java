package org.qsurv.app.cases;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.qsurv.app.ops.AuditLog;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.app.port.StoredEvent;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CaseEventJson;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The escalation cases of the reference app: {@code quality-escalation}'s pure aggregate over the
 * {@link CaseStore} port. One case per provider, stored as its hash-chained event log. A command is
 * decided against the case as last stored; if accepted, its events are appended at the version
 * that was read, so of two conflicting decisions on one case exactly one is recorded and the other
 * gets a {@link CaseConflictException}. A rejected command writes nothing.
 *
 * <pre>{@code
 * SurveillanceCases cases = new SurveillanceCases(store, EscalationPolicy.nhsDefaults());
 * Outcome outcome = cases.submit(OrganisationCode.of("RH5"), TakeDecision.of(
 *     DecisionType.PLACE_ON_ENHANCED, today, director, "Rising mortality"));
 * outcome.rejection().ifPresent(r -> show(r.reason()));
 * }</pre>
 */
public final class SurveillanceCases {
  private final CaseStore store;
  private final EscalationPolicy policy;

  public SurveillanceCases(CaseStore store, EscalationPolicy policy) {
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy commands are decided under. */
  public EscalationPolicy policy() {
    return policy;
  }

  /** The provider's case as stored: routine with an empty log if nothing was ever recorded. */
  public CaseFile load(OrganisationCode provider) {
    ImmutableList<CaseEvent> log = store.events(caseId(provider)).stream()
        .map(SurveillanceCases::fromStored)
        .collect(ImmutableList.toImmutableList());
    return new CaseFile(SurveillanceCase.replay(provider, log), log);
  }

  /** Every stored case, in case id order. */
  public ImmutableList<CaseFile> all() {
    return store.cases().stream()
        .map(id -> load(OrganisationCode.of(id.value())))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Decides {@code command} against the provider's stored case and records the events if it is
   * accepted. The outcome says which; a rejection carries the domain's reason and changes nothing.
   *
   * @throws CaseConflictException if another writer appended to the case after it was read
   */
  public Outcome submit(OrganisationCode provider, CaseCommand command) {
    CaseFile file = load(provider);
    Outcome outcome = file.state().decide(command, policy);
    if (outcome.isAccepted()) {
      store.append(caseId(provider), file.state().version(), outcome.events().stream()
          .map(SurveillanceCases::toStored)
          .collect(ImmutableList.toImmutableList()));
    }
    AuditLog.decision(provider, command, file.state().version(), outcome);
    return outcome;
  }

  /** The store's id of a provider's case: its organisation code. */
  public static CaseId caseId(OrganisationCode provider) {
    return CaseId.of(provider.value());
  }

  /** A case event as the store keeps it: its canonical JSON, with the chain's two hashes. */
  public static StoredEvent toStored(CaseEvent event) {
    Instant at = event.at().atStartOfDay(ZoneOffset.UTC).toInstant();
    return new StoredEvent(event.fact().type().name(), CaseEventJson.toJson(event), at,
        event.by().name(), event.hash(), event.previousHash());
  }

  /** A stored event back as the case event it was. */
  public static CaseEvent fromStored(StoredEvent stored) {
    return CaseEventJson.fromJson(stored.payload());
  }
}
