package org.qsurv.escalation.command;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.procedure.RiskResponse;
import org.qsurv.model.Checks;
import org.qsurv.model.surveillance.Actor;

/**
 * Records the provider's acknowledgement or challenge of a key risk, with evidence (003 §5.2.3 d).
 * A challenge without evidence is rejected.
 *
 * @param at the date it is done; it may not be before the case's latest event
 * @param by who does it
 * @param rationale why; a blank one can be written, and the case rejects it
 * @param riskId the id of the key risk the provider answers, e.g. {@code KR-1}; the case rejects
 *     an id that is not an agreed key risk
 * @param response whether the provider acknowledges or challenges the risk
 * @param evidence the evidence the provider adds, e.g. document references; a challenge needs at
 *     least one
 * @since 0.1.0
 */
public record RecordProviderResponse(LocalDate at, Actor by, String rationale,
    String riskId, RiskResponse response, List<String> evidence) implements CaseCommand {
  /**
   * Rejects a missing field and a blank detail (not a blank rationale: see {@link CaseCommand})
   * with an {@link IllegalArgumentException} that names the field.
   */
  public RecordProviderResponse {
    Checks.check(at != null, "RecordProviderResponse: at is required but was absent");
    Checks.check(by != null, "RecordProviderResponse: by is required but was absent");
    Checks.check(rationale != null, "RecordProviderResponse: rationale is required but was absent (it may be blank)");
    Checks.check(response != null, "RecordProviderResponse: response is required but was absent");
    Checks.check(evidence != null, "RecordProviderResponse: evidence is required but was absent (it may be empty)");
    evidence = ImmutableList.copyOf(evidence);
    Checks.notBlank("risk id", riskId);
    evidence.forEach(e -> Checks.notBlank("evidence", e));
  }

  @Override
  public CaseAction action() {
    return CaseAction.RECORD_PROVIDER_RESPONSE;
  }
}
