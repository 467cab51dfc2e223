package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Objects;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.visit.QualityVisit;

/**
 * What one import adds to the surveillance workflows (SNAPSHOT.md "Workflows"), already checked
 * against what is recorded: new ratings, visits, incidents and meetings, and the later facts about
 * recorded ones that a newer snapshot brings. A later fact only fills in what was not yet recorded
 * (a planned visit done, a response received); the importer refuses a snapshot that would change
 * one, so nothing here ever overwrites a recorded value.
 *
 * @param ratings ratings to add
 * @param visits visits to add
 * @param incidents incidents to add
 * @param meetings meetings to add, with their actions
 * @param visitsMovedOn recorded PLANNED visits, as they now stand: DONE (with their findings) or
 *     CANCELLED
 * @param incidentsMovedOn recorded incidents, as they now stand: with a response received, a
 *     review or a sign-off that was not recorded yet
 * @param meetingActions actions to add to the logs of recorded meetings, by meeting
 * @param meetingActionCompletions completion dates to add to recorded open meeting actions
 * @param incidentLinks incidents to link recorded intelligence items to, by item
 * @param deepDives deep dives to add (001 §7.1 Level 3; each written once, never changed)
 * @since 1.0.0
 */
public record WorkflowChanges(
    ImmutableList<RegulatorRating> ratings,
    ImmutableList<QualityVisit> visits,
    ImmutableList<SeriousIncident> incidents,
    ImmutableList<ContractMeeting> meetings,
    ImmutableList<QualityVisit> visitsMovedOn,
    ImmutableList<SeriousIncident> incidentsMovedOn,
    ImmutableListMultimap<ContractMeetingId, MeetingAction> meetingActions,
    ImmutableMap<ActionId, LocalDate> meetingActionCompletions,
    ImmutableMap<IntelligenceId, IncidentId> incidentLinks,
    ImmutableList<DeepDive> deepDives) {

  private static final WorkflowChanges NONE = new WorkflowChanges(ImmutableList.of(),
      ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
      ImmutableList.of(), ImmutableListMultimap.of(), ImmutableMap.of(), ImmutableMap.of(),
      ImmutableList.of());

  public WorkflowChanges {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(visits, "visits");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(meetings, "meetings");
    Objects.requireNonNull(visitsMovedOn, "visitsMovedOn");
    Objects.requireNonNull(incidentsMovedOn, "incidentsMovedOn");
    Objects.requireNonNull(meetingActions, "meetingActions");
    Objects.requireNonNull(meetingActionCompletions, "meetingActionCompletions");
    Objects.requireNonNull(incidentLinks, "incidentLinks");
    Objects.requireNonNull(deepDives, "deepDives");
  }

  /** No change to the workflows (what a CSV import brings). */
  public static WorkflowChanges none() {
    return NONE;
  }

  /** The number of records added or moved on. */
  public long size() {
    return ratings.size() + visits.size() + incidents.size() + meetings.size()
        + meetings.stream().mapToLong(m -> m.actions().size()).sum() + visitsMovedOn.size()
        + incidentsMovedOn.size() + meetingActions.size() + meetingActionCompletions.size()
        + incidentLinks.size() + deepDives.size();
  }
}
