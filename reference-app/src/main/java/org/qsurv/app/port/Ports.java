package org.qsurv.app.port;

import java.time.Clock;
import java.util.Objects;

/**
 * One of each port, and the clock: everything the reference application's commands and pages need
 * from the outside world. Build one from the reference application's database with
 * {@code JdbcPorts.open(database, clock)}, or assemble one from your own adapters (see
 * {@code docs/embedding.md}):
 *
 * <pre>{@code
 * Ports jdbc = JdbcPorts.open(database, Clock.systemUTC());
 * Ports mine = new Ports(new LdapDirectory(ldap), new WarehouseFeed(warehouse),
 *     jdbc.intelligence(), jdbc.risks(), jdbc.actions(), jdbc.decisions(), jdbc.cases(),
 *     jdbc.imports(), jdbc.ratings(), jdbc.visits(), jdbc.incidents(), jdbc.meetings(),
 *     jdbc.notes(), jdbc.deepDives(), Clock.system(ZoneId.of("Europe/London")));
 * }</pre>
 *
 * @param directory organisations and users
 * @param observations indicator definitions and observations
 * @param intelligence hard and soft intelligence
 * @param risks the risk register
 * @param actions the providers' improvement-plan actions
 * @param decisions the decisions the escalation cases accepted (a view of {@code cases})
 * @param cases escalation cases as event logs
 * @param imports where imports write
 * @param ratings the regulator's ratings of providers
 * @param visits quality visits and their findings
 * @param incidents serious incidents and their learning responses
 * @param meetings contract quality meetings and their action logs
 * @param notes the recalculations of SPC limits and the annotations of providers' series
 * @param deepDives the deep dives ICB directors authorised (001 §7.1 Level 3)
 * @param clock the time: the domain never reads a clock of its own, so every
 *     "today" of the application comes from here
 */
public record Ports(
    Directory directory,
    ObservationFeed observations,
    IntelligenceStore intelligence,
    RiskRegister risks,
    ImprovementPlans actions,
    DecisionLog decisions,
    CaseStore cases,
    ImportSink imports,
    RegulatorRatings ratings,
    QualityVisits visits,
    SeriousIncidents incidents,
    ContractMeetings meetings,
    SeriesNotes notes,
    DeepDives deepDives,
    Clock clock) {

  public Ports {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(intelligence, "intelligence");
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(decisions, "decisions");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(imports, "imports");
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(visits, "visits");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(meetings, "meetings");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(deepDives, "deepDives");
    Objects.requireNonNull(clock, "clock");
  }
}
