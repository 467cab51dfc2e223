package org.qsurv.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qsurv.app.cases.CasePlans;
import org.qsurv.app.port.Ports;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.snapshot.Snapshot;

/**
 * The surveillance snapshot of what the ports hold, as of a date: what a commissioner knows about
 * its providers on that day (SNAPSHOT.md). Observations of periods that start after the date,
 * intelligence received after it and decisions taken after it are left out; risks and
 * stored improvement-plan actions are as they now stand (an evaluation as of the date ignores a
 * triage or completion dated after it). So are the workflows, ratings, visits, incidents and
 * meetings, whole: their evaluation ignores whatever is dated after the day (SNAPSHOT.md: "nothing
 * dated after asOf has happened yet"), and an item received by the day keeps its incident link
 * whenever the incident was reported. Recalculations of limits from periods that start by the
 * day, and annotations of days (or periods that start) by the day, are in it, so that the charts
 * and the assessment step and note as recorded (H34). The improvement plan is one per provider: the stored
 * actions and the escalation cases' plan actions as of the date ({@link CasePlans}), so an action
 * entered on the escalation page counts towards IMPROVEMENT_ACTIONS_OVERDUE (003 §5.2.1) like
 * an imported one. Lists are in the order things were first recorded; observations
 * by provider, indicator and period.
 *
 * <p>The snapshot is always of format {@value Snapshot#FORMAT_1_1}, even when nothing in it needs
 * 1.1: the store records triage (the web application's triage form, a 1.1 import), so an item
 * without one is untriaged, and its evaluation must say so (INTELLIGENCE_NOT_TRIAGED, which a
 * format 1 snapshot cannot give, as format 1 cannot record triage).
 *
 * <pre>{@code
 * Snapshot today = StoredSnapshot.asOf(ports, LocalDate.now(ports.clock()));
 * String json = SnapshotWriter.write(today);
 * }</pre>
 */
public final class StoredSnapshot {
  private StoredSnapshot() {}

  /**
   * The snapshot as of {@code asOf}.
   *
   * @throws IllegalStateException if no commissioner is recorded yet (nothing has been imported)
   */
  public static Snapshot asOf(Ports ports, LocalDate asOf) {
    Commissioner commissioner = ports.directory().commissioner().orElseThrow(() ->
        new IllegalStateException("the database holds no surveillance data yet: import a "
            + "snapshot first"));
    List<Observation> observations = new ArrayList<>();
    ports.observations().forEachObservation(o -> {
      if (!o.period().start().isAfter(asOf)) {
        observations.add(o);
      }
    });
    return Snapshot.builder()
        .format(Snapshot.FORMAT_1_1)
        .asOf(asOf)
        .commissioner(commissioner)
        .providers(ports.directory().providers())
        .indicators(ports.observations().indicators())
        .observations(observations)
        .intelligence(ports.intelligence().intelligence().stream()
            .filter(i -> !i.received().isAfter(asOf)).toList())
        .risks(ports.risks().risks())
        .decisions(ports.decisions().decisions().stream().filter(d -> !d.at().isAfter(asOf))
            .toList())
        .actions(CasePlans.merged(ports.actions().actions(),
            CasePlans.asOf(ports.cases(), asOf)))
        .ratings(ports.ratings().ratings())
        .visits(ports.visits().visits())
        .incidents(ports.incidents().incidents())
        .meetings(ports.meetings().meetings())
        .deepDives(ports.deepDives().deepDives())
        .recalculations(ports.notes().recalculations().stream()
            .filter(r -> !r.from().start().isAfter(asOf)).toList())
        .annotations(ports.notes().annotations().stream()
            .filter(a -> !a.on().isAfter(asOf)).toList())
        .build();
  }
}
