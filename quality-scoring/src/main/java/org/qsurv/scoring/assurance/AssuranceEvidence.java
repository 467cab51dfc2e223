package org.qsurv.scoring.assurance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.Checks;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * What one provider's level of assurance rests on as of a date (001 §7.1): the indicators it
 * returned (Level 1), its contract meetings and quality visits (Level 2), the deep dives its
 * directors authorised (Level 3), and the triggers and intelligence that may call for more.
 * Meetings, visits, intelligence and deep dives of other providers, or dated after {@code asOf},
 * are ignored, so a whole snapshot's lists may be passed; {@code QualityScoring}, scoring every
 * provider of a national snapshot, passes each one's own.
 *
 * @param provider the provider
 * @param asOf the date
 * @param indicators how many indicators it returned a value for on or before the date
 * @param triggers the triggers that fired for it as of the date
 * @param meetings contract meetings
 * @param visits quality visits
 * @param intelligence intelligence received
 * @param deepDives deep dives authorised
 * @since 1.0.0
 */
public record AssuranceEvidence(OrganisationCode provider, LocalDate asOf, int indicators,
    ImmutableList<TriggerFiring> triggers, ImmutableList<ContractMeeting> meetings,
    ImmutableList<QualityVisit> visits, ImmutableList<IntelligenceItem> intelligence,
    ImmutableList<DeepDive> deepDives) {

  /** Evidence; the lists are copied. */
  public AssuranceEvidence(OrganisationCode provider, LocalDate asOf, int indicators,
      List<TriggerFiring> triggers, List<ContractMeeting> meetings, List<QualityVisit> visits,
      List<IntelligenceItem> intelligence, List<DeepDive> deepDives) {
    this(provider, asOf, indicators, ImmutableList.copyOf(triggers), ImmutableList.copyOf(meetings),
        ImmutableList.copyOf(visits), ImmutableList.copyOf(intelligence),
        ImmutableList.copyOf(deepDives));
  }

  /**
   * Checks that every part is present and the indicator count is not negative.
   *
   * @throws IllegalArgumentException naming {@code indicators} if it is negative
   */
  public AssuranceEvidence {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(asOf, "asOf");
    Checks.check(indicators >= 0,
        () -> "assurance evidence indicators must not be negative but was "
        + indicators);
    Objects.requireNonNull(triggers, "triggers");
    Objects.requireNonNull(meetings, "meetings");
    Objects.requireNonNull(visits, "visits");
    Objects.requireNonNull(intelligence, "intelligence");
    Objects.requireNonNull(deepDives, "deepDives");
  }

}
