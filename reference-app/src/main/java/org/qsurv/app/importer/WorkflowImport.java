package org.qsurv.app.importer;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.WorkflowChanges;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitStatus;

/**
 * The workflows of a snapshot (SNAPSHOT.md "Workflows"), checked against what is recorded, with the
 * same rules as intelligence and plan actions: a record not yet recorded is added; a recorded one
 * must say the same, field for field; what happened to it since is added, never changed: a planned
 * visit done or cancelled, an incident's response received, its review and its sign-off, a
 * meeting's new actions and their completion, an item's link to the incident it is about. A
 * snapshot that lacks a later fact (an older one) still matches. Every conflict is a problem at the
 * path of the field, naming the record's id and what is recorded; any problem and nothing is
 * written.
 */
final class WorkflowImport {
  private final Snapshot snapshot;
  private final Ports ports;
  private final List<ImportProblem> problems;
  private long unchanged;

  WorkflowImport(Snapshot snapshot, Ports ports, List<ImportProblem> problems) {
    this.snapshot = snapshot;
    this.ports = ports;
    this.problems = problems;
  }

  /** The records found identical to recorded ones. */
  long unchanged() {
    return unchanged;
  }

  /** What the snapshot adds; meaningful only if no problem was added. */
  WorkflowChanges changes(Map<IntelligenceId, IncidentId> incidentLinks) {
    List<RegulatorRating> ratings = ratings();
    List<QualityVisit> visitsMovedOn = new ArrayList<>();
    List<QualityVisit> visits = visits(visitsMovedOn);
    List<SeriousIncident> incidentsMovedOn = new ArrayList<>();
    List<SeriousIncident> incidents = incidents(incidentsMovedOn);
    ImmutableListMultimap.Builder<ContractMeetingId, MeetingAction> meetingActions =
        ImmutableListMultimap.builder();
    Map<ActionId, LocalDate> completions = new LinkedHashMap<>();
    List<ContractMeeting> meetings = meetings(meetingActions, completions);
    return new WorkflowChanges(ImmutableList.copyOf(ratings), ImmutableList.copyOf(visits),
        ImmutableList.copyOf(incidents), ImmutableList.copyOf(meetings),
        ImmutableList.copyOf(visitsMovedOn), ImmutableList.copyOf(incidentsMovedOn),
        meetingActions.build(), ImmutableMap.copyOf(completions),
        ImmutableMap.copyOf(incidentLinks), ImmutableList.copyOf(deepDives()));
  }

  /** A field of a record that an import never changes. */
  private record Fixed<T>(String name, Function<T, Object> value) {}

  /**
   * Whether {@code now} says what {@code before} says in every fixed field; each field that
   * differs is a problem at its path.
   */
  @SafeVarargs
  private <T> boolean same(String path, String what, String id, T before, T now,
      Fixed<T>... fields) {
    boolean same = true;
    for (Fixed<T> f : fields) {
      Object was = f.value().apply(before);
      Object is = f.value().apply(now);
      if (!Objects.equals(was, is)) {
        problems.add(new ImportProblem(path + "." + f.name(), f.name(), text(is), "differs from "
            + what + " " + id + " as recorded (" + f.name() + " " + text(was) + "): an import "
            + "never changes a recorded " + what));
        same = false;
      }
    }
    return same;
  }

  /**
   * A fact that happens later ({@code now}) against the one recorded ({@code before}): absent in
   * the snapshot or the same is nothing new; recorded as absent is an addition; a different value
   * is a problem at its path, naming what is recorded.
   *
   * @return whether {@code now} adds it
   */
  private <V> boolean later(String path, String field, String what, String id, Optional<V> before,
      Optional<V> now) {
    if (now.isEmpty() || now.equals(before)) {
      return false;
    }
    if (before.isEmpty()) {
      return true;
    }
    problems.add(new ImportProblem(path + "." + field, field, text(now), "differs from the "
        + field + " recorded for " + what + " " + id + " (" + text(before) + "): an import never "
        + "changes a recorded " + field));
    return false;
  }

  /**
   * The snapshot's deep dives not yet recorded; a recorded one must say the same in every field
   * (a deep dive is a director's decision, never changed: hazard H39).
   */
  private List<DeepDive> deepDives() {
    Map<DeepDiveId, DeepDive> stored = new HashMap<>();
    for (DeepDive d : ports.deepDives().deepDives()) {
      stored.put(d.id(), d);
    }
    List<DeepDive> added = new ArrayList<>();
    for (int i = 0; i < snapshot.deepDives().size(); i++) {
      DeepDive d = snapshot.deepDives().get(i);
      DeepDive before = stored.get(d.id());
      if (before == null) {
        added.add(d);
      } else if (same("$.deepDives[" + i + "]", "deep dive", d.id().value(), before, d,
          new Fixed<>("provider", DeepDive::provider),
          new Fixed<>("authorised", DeepDive::authorised),
          new Fixed<>("by", DeepDive::by),
          new Fixed<>("riskAssessment", DeepDive::riskAssessment),
          new Fixed<>("rationale", DeepDive::rationale))) {
        unchanged++;
      }
    }
    return added;
  }

  /**
   * A history that only grows ({@code now} against {@code before}): a prefix of the recorded one
   * (an older snapshot) is nothing new; one that continues it adds; any other is a problem at
   * {@code field}, naming what is recorded.
   *
   * @return whether {@code now} adds to it
   */
  private <V> boolean laterList(String path, String field, String id, List<V> before,
      List<V> now) {
    int common = Math.min(before.size(), now.size());
    if (before.subList(0, common).equals(now.subList(0, common))) {
      return now.size() > before.size();
    }
    problems.add(new ImportProblem(path + "." + field, field, now.toString(), "differs from "
        + "the reviews and resubmissions recorded for incident " + id + " (" + before + "): an "
        + "import adds to a recorded history, never changes it"));
    return false;
  }

  private static String text(Object value) {
    return value instanceof Optional<?> o ? o.map(String::valueOf).orElse("") : String.valueOf(value);
  }

  private List<RegulatorRating> ratings() {
    Map<RatingId, RegulatorRating> stored = new HashMap<>();
    Map<String, RegulatorRating> byDay = new HashMap<>();
    for (RegulatorRating r : ports.ratings().ratings()) {
      stored.put(r.id(), r);
      byDay.put(r.provider() + " " + r.published(), r);
    }
    List<RegulatorRating> added = new ArrayList<>();
    for (int i = 0; i < snapshot.ratings().size(); i++) {
      RegulatorRating r = snapshot.ratings().get(i);
      RegulatorRating before = stored.get(r.id());
      String path = "$.ratings[" + i + "]";
      if (before == null) {
        RegulatorRating sameDay = byDay.get(r.provider() + " " + r.published());
        if (sameDay != null) {
          problems.add(new ImportProblem(path + ".published", "published",
              r.published().toString(), "rating " + sameDay.id() + " of " + r.provider()
              + " is recorded as published that day: the latest rating must be one rating"));
        }
        added.add(r);
      } else if (same(path, "rating", r.id().value(), before, r,
          new Fixed<>("provider", RegulatorRating::provider),
          new Fixed<>("regulator", RegulatorRating::regulator),
          new Fixed<>("published", RegulatorRating::published),
          new Fixed<>("overall", RegulatorRating::overall),
          new Fixed<>("keyQuestions", RegulatorRating::keyQuestions))) {
        unchanged++;
      }
    }
    return added;
  }

  private List<QualityVisit> visits(List<QualityVisit> movedOn) {
    Map<VisitId, QualityVisit> stored = new HashMap<>();
    ports.visits().visits().forEach(v -> stored.put(v.id(), v));
    List<QualityVisit> added = new ArrayList<>();
    for (int i = 0; i < snapshot.visits().size(); i++) {
      QualityVisit v = snapshot.visits().get(i);
      QualityVisit before = stored.get(v.id());
      String path = "$.visits[" + i + "]";
      if (before == null) {
        added.add(v);
      } else if (!same(path, "visit", v.id().value(), before, v,
          new Fixed<>("provider", QualityVisit::provider),
          new Fixed<>("date", QualityVisit::date),
          new Fixed<>("kind", QualityVisit::kind))) {
        continue;
      } else if (v.status() == VisitStatus.PLANNED || v.equals(before)) {
        unchanged++;
      } else if (before.status() == VisitStatus.PLANNED) {
        movedOn.add(v);
      } else if (v.status() != before.status()) {
        problems.add(new ImportProblem(path + ".status", "status", v.status().name(),
            "visit " + v.id() + " is recorded as " + before.status() + ": an import never "
            + "changes a recorded visit"));
      } else {
        problems.add(new ImportProblem(path + ".findings", "findings",
            v.findings().size() + " findings", "differ from the " + before.findings().size()
            + " recorded for visit " + v.id() + ": an import never changes a visit's findings"));
      }
    }
    return added;
  }

  private List<SeriousIncident> incidents(List<SeriousIncident> movedOn) {
    Map<IncidentId, SeriousIncident> stored = new HashMap<>();
    ports.incidents().incidents().forEach(s -> stored.put(s.id(), s));
    List<SeriousIncident> added = new ArrayList<>();
    for (int i = 0; i < snapshot.incidents().size(); i++) {
      SeriousIncident s = snapshot.incidents().get(i);
      SeriousIncident before = stored.get(s.id());
      String path = "$.incidents[" + i + "]";
      if (before == null) {
        added.add(s);
        continue;
      }
      String id = s.id().value();
      if (!same(path, "incident", id, before, s,
          new Fixed<>("provider", SeriousIncident::provider),
          new Fixed<>("reported", SeriousIncident::reported),
          new Fixed<>("framework", SeriousIncident::framework),
          new Fixed<>("neverEvent", SeriousIncident::neverEvent),
          new Fixed<>("responseDue", SeriousIncident::responseDue))) {
        continue;
      }
      int problemsBefore = problems.size();
      boolean received = later(path, "responseReceived", "incident", id,
          before.responseReceived(), s.responseReceived());
      // The review history and the resubmissions (hazard H40): one must continue the other.
      // A history of one review each side is the snapshot's `review`.
      boolean single = before.resubmissions().isEmpty() && s.resubmissions().isEmpty();
      boolean reviewed = laterList(path, single ? "review" : "reviews", id, before.reviews(),
          s.reviews());
      boolean resubmitted = laterList(path, "reviews", id, before.resubmissions(),
          s.resubmissions());
      boolean signedOff = later(path, "actionPlanSignedOff", "incident", id,
          before.actionPlanSignedOff(), s.actionPlanSignedOff());
      if (problems.size() > problemsBefore) {
        continue;
      }
      if (!received && !reviewed && !resubmitted && !signedOff) {
        unchanged++;
        continue;
      }
      try {
        SeriousIncident longer = reviewed ? s : before;
        List<ResponseReview> reviews = longer.reviews();
        movedOn.add(new SeriousIncident(before.id(), before.provider(), before.reported(),
            before.framework(), before.neverEvent(), before.responseDue(),
            before.responseReceived().or(s::responseReceived),
            reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1)),
            before.actionPlanSignedOff().or(s::actionPlanSignedOff),
            reviews.isEmpty() ? List.of() : reviews.subList(0, reviews.size() - 1),
            resubmitted ? s.resubmissions() : before.resubmissions()));
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(path, "id", id, "does not continue what is recorded: "
            + e.getMessage()));
      }
    }
    return added;
  }

  private List<ContractMeeting> meetings(
      ImmutableListMultimap.Builder<ContractMeetingId, MeetingAction> newActions,
      Map<ActionId, LocalDate> completions) {
    Map<ContractMeetingId, ContractMeeting> stored = new HashMap<>();
    Map<ActionId, ContractMeetingId> actionMeeting = new HashMap<>();
    Map<ActionId, MeetingAction> actions = new HashMap<>();
    for (ContractMeeting m : ports.meetings().meetings()) {
      stored.put(m.id(), m);
      for (MeetingAction a : m.actions()) {
        actionMeeting.put(a.id(), m.id());
        actions.put(a.id(), a);
      }
    }
    List<ContractMeeting> added = new ArrayList<>();
    for (int i = 0; i < snapshot.meetings().size(); i++) {
      ContractMeeting m = snapshot.meetings().get(i);
      ContractMeeting before = stored.get(m.id());
      String path = "$.meetings[" + i + "]";
      int problemsBefore = problems.size();
      if (before != null && !same(path, "meeting", m.id().value(), before, m,
          new Fixed<>("provider", ContractMeeting::provider),
          new Fixed<>("kind", ContractMeeting::kind),
          new Fixed<>("date", ContractMeeting::date),
          new Fixed<>("held", ContractMeeting::held),
          new Fixed<>("reasonNotHeld", ContractMeeting::reasonNotHeld))) {
        continue;
      }
      boolean changed = false;
      for (int j = 0; j < m.actions().size(); j++) {
        MeetingAction a = m.actions().get(j);
        String actionPath = path + ".actions[" + j + "]";
        ContractMeetingId recordedIn = actionMeeting.get(a.id());
        if (recordedIn == null) {
          if (before != null) {
            newActions.put(m.id(), a);
            changed = true;
          }
        } else if (!recordedIn.equals(m.id())) {
          problems.add(new ImportProblem(actionPath + ".id", "id", a.id().value(),
              "is recorded as an action of meeting " + recordedIn + ": an import never moves a "
              + "recorded action"));
        } else if (same(actionPath, "meeting action", a.id().value(), actions.get(a.id()), a,
            new Fixed<>("description", MeetingAction::description),
            new Fixed<>("owner", MeetingAction::owner),
            new Fixed<>("due", MeetingAction::due))
            && later(actionPath, "completed", "meeting action", a.id().value(),
                actions.get(a.id()).completed(), a.completed())) {
          completions.put(a.id(), a.completed().orElseThrow());
          changed = true;
        }
      }
      if (problems.size() > problemsBefore) {
        continue;
      }
      if (before == null) {
        added.add(m);
      } else if (!changed) {
        unchanged++;
      }
    }
    return added;
  }
}
