package org.qsurv.app.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.qsurv.app.port.WorkflowChanges;

/**
 * Writes what an import adds to the surveillance workflows (migration V7), on the import's
 * transaction: new records first, then the later facts about recorded ones, then the links of
 * recorded items to incidents (which may be new).
 */
final class JdbcWorkflows {
  private JdbcWorkflows() {}

  /** Writes {@code changes}; returns the number of records written, as {@link WorkflowChanges#size}. */
  static long write(Connection c, WorkflowChanges changes, long importId) throws SQLException {
    OptionalLong id = OptionalLong.of(importId);
    JdbcRegulatorRatings.insert(c, changes.ratings(), id);
    JdbcQualityVisits.insert(c, changes.visits(), id);
    JdbcSeriousIncidents.insert(c, changes.incidents(), id);
    JdbcContractMeetings.insert(c, changes.meetings(), id);
    JdbcQualityVisits.moveOn(c, changes.visitsMovedOn());
    JdbcSeriousIncidents.moveOn(c, changes.incidentsMovedOn());
    JdbcContractMeetings.insertActions(c, changes.meetingActions(), id);
    JdbcContractMeetings.complete(c, changes.meetingActionCompletions());
    JdbcIntelligenceStore.insertIncidentLinks(c, changes.incidentLinks(), id);
    JdbcDeepDives.insert(c, changes.deepDives(), id);
    return changes.size();
  }
}
