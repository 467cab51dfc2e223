package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Serious incidents and their learning responses (002 QAF ¶40-41; 001 §6.8; 004 §3.4 PSIRF). An
 * incident is recorded once; what happens later is added, each once and in order: the provider's
 * response received, the commissioner's review of it (and, when a review asks for more
 * information, the revised response received and reviewed again, as often as it takes), the
 * sign-off of the action plan after a review that accepted it. Nothing recorded is changed, so a missed response stays visible.
 *
 * <pre>{@code
 * incidents.report(new SeriousIncident(IncidentId.of("SI-1"), OrganisationCode.of("RH5"),
 *     LocalDate.of(2025, 6, 1), IncidentFramework.PSIRF, false, LocalDate.of(2025, 6, 20),
 *     Optional.empty(), Optional.empty(), Optional.empty()));
 * incidents.responseReceived(IncidentId.of("SI-1"), LocalDate.of(2025, 6, 18));
 * }</pre>
 *
 * @since 1.0.0
 */
public interface SeriousIncidents {
  /** Every incident, in the order recorded. */
  ImmutableList<SeriousIncident> incidents();

  /** The incidents of one provider, in the order recorded. */
  ImmutableList<SeriousIncident> incidents(OrganisationCode provider);

  /** The incident with this id, if recorded. */
  Optional<SeriousIncident> incident(IncidentId id);

  /**
   * Records one new incident (one transaction), with whatever of its response is already known.
   *
   * @throws IllegalArgumentException if an incident with its id is already recorded, or its
   *     provider is not in the directory
   */
  void report(SeriousIncident incident);

  /**
   * Records the date the provider's learning response was received (one transaction).
   *
   * @return the incident as it now stands
   * @throws IllegalArgumentException if there is no such incident, its response is already
   *     recorded as received, or the date is before the incident was reported
   */
  SeriousIncident responseReceived(IncidentId id, LocalDate received);

  /**
   * Records the commissioner's review of the received response, or of the revised response
   * received after a review asked for more information (one transaction): it becomes the latest
   * review, the earlier ones kept (hazard H40).
   *
   * @return the incident as it now stands
   * @throws IllegalArgumentException if there is no such incident, no response awaits review (it
   *     is reviewed and no revised response came in since), or the response it reviews was not
   *     received on or before the review
   */
  SeriousIncident review(IncidentId id, ResponseReview review);

  /**
   * Records that the revised response, asked for by the latest review's MORE_INFORMATION, was
   * received on {@code received} (one transaction; 002 QAF ¶40; hazard H40).
   *
   * @return the incident as it now stands
   * @throws IllegalArgumentException if there is no such incident, its latest review did not ask
   *     for more information, the revised response is already received, or the date is before
   *     that review
   * @since 1.1.0
   */
  SeriousIncident resubmitted(IncidentId id, LocalDate received);

  /**
   * Records the sign-off of the incident's action plan (one transaction).
   *
   * @return the incident as it now stands
   * @throws IllegalArgumentException if there is no such incident, its plan is already signed
   *     off, or no review accepted its response on or before {@code signedOff}
   */
  SeriousIncident signOff(IncidentId id, LocalDate signedOff);
}
