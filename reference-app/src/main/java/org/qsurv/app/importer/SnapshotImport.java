package org.qsurv.app.importer;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qsurv.app.cases.CaseDecisions;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.CaseAppend;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.StoredEvent;
import org.qsurv.app.port.WorkflowChanges;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;

/**
 * A whole snapshot, checked against what is recorded. A snapshot describes everything known as of
 * its date, so next month's snapshot repeats this month's providers, observations and decisions:
 * whatever is already recorded the same is skipped, and only what is new is written. Records are
 * compared on the fields the exchange format carries (SNAPSHOT.md), so that a snapshot written
 * from the database (which drops, say, a risk's controls) matches what it was written from. What
 * happened to a recorded record since is added, never changed: the triage of an item recorded
 * untriaged, the completion of an action recorded open, the link of an item to the incident it is
 * about. A snapshot that lacks them (an older one, or format 1, which cannot hold tone or triage)
 * still matches. The workflows (ratings, visits, incidents, meetings) follow the same rules
 * ({@link WorkflowImport}).
 * Decisions are compared per provider: the snapshot's must continue the ones its case records,
 * and the new ones must be accepted by the escalation lifecycle: they are imported as case events.
 */
final class SnapshotImport {
  /** The longest recalculation reason stored (migration V10). */
  static final int MAX_REASON = 2000;
  /** The longest annotation text stored (migration V10). */
  static final int MAX_NOTE = 4000;
  /** The longest recorder or author name stored (migration V10). */
  static final int MAX_AUTHOR = 200;
  private final Snapshot snapshot;
  private final List<ImportProblem> problems = new ArrayList<>();
  private long unchanged;

  private SnapshotImport(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The plan for importing {@code snapshot}: the new records, or every conflict. */
  static ImportPlan plan(Snapshot snapshot, Ports ports, EscalationPolicy policy,
      Map<OrganisationCode, ? extends List<? extends CaseCommand>> stories, String source,
      String importedBy) {
    SnapshotImport i = new SnapshotImport(snapshot);
    long records = 1 + snapshot.providers().size() + snapshot.indicators().size()
        + snapshot.observations().size() + snapshot.intelligence().size() + snapshot.risks().size()
        + snapshot.decisions().size() + snapshot.actions().size() + snapshot.ratings().size()
        + snapshot.visits().size() + snapshot.incidents().size() + snapshot.meetings().size()
        + snapshot.recalculations().size() + snapshot.annotations().size();
    Optional<Commissioner> commissioner = i.commissioner(ports);
    List<Provider> providers = i.providers(ports);
    List<IndicatorDefinition> indicators = i.indicators(ports);
    List<Observation> observations = i.observations(ports);
    Map<IntelligenceId, Triage> triages = new LinkedHashMap<>();
    Map<IntelligenceId, IncidentId> links = new LinkedHashMap<>();
    List<IntelligenceItem> intelligence = i.intelligence(ports, triages, links);
    List<Risk> risks = i.risks(ports);
    Map<ActionId, LocalDate> completions = new LinkedHashMap<>();
    List<ImprovementAction> actions = i.actions(ports, completions);
    List<CaseAppend> decisions =
        i.decisions(new SurveillanceCases(ports.cases(), policy), stories);
    List<LimitsRecalculation> recalculations = i.recalculations(ports);
    List<IndicatorAnnotation> annotations = i.annotations(ports);
    WorkflowImport workflows = new WorkflowImport(snapshot, ports, i.problems);
    WorkflowChanges changes = workflows.changes(links);
    i.unchanged += workflows.unchanged();
    if (!i.problems.isEmpty()) {
      return ImportPlan.invalid(source, Optional.of(ImportKind.SNAPSHOT), records,
          ImmutableList.copyOf(i.problems));
    }
    ImportBatch batch = new ImportBatch(commissioner, ImmutableList.copyOf(providers),
        ImmutableList.copyOf(indicators), ImmutableList.copyOf(observations),
        ImmutableList.copyOf(intelligence), ImmutableList.copyOf(risks),
        ImmutableList.copyOf(decisions), source, importedBy, ImmutableList.copyOf(actions),
        ImmutableMap.copyOf(triages), ImmutableMap.copyOf(completions), changes,
        ImmutableList.copyOf(recalculations), ImmutableList.copyOf(annotations));
    return new ImportPlan(source, Optional.of(ImportKind.SNAPSHOT), records, i.unchanged,
        Optional.of(batch), ImmutableList.of());
  }

  /**
   * The snapshot's recalculations not recorded yet. One recorded for the same series and period
   * with the same reason is unchanged; with another reason it is a problem: a series is
   * recalculated once from a period, with one reason, and an import never changes a recorded one
   * (H34). The reader has already checked that each names a provider and indicator of the snapshot
   * and a period of the indicator's frequency.
   */
  private List<LimitsRecalculation> recalculations(Ports ports) {
    Map<String, LimitsRecalculation> stored = new HashMap<>();
    ports.notes().recalculations().forEach(r -> stored.put(seriesPeriod(r), r));
    List<LimitsRecalculation> added = new ArrayList<>();
    for (int k = 0; k < snapshot.recalculations().size(); k++) {
      LimitsRecalculation r = snapshot.recalculations().get(k);
      LimitsRecalculation before = stored.get(seriesPeriod(r));
      if (r.reason().length() > MAX_REASON) {
        problem("$.recalculations[" + k + "].reason", "reason", r.reason().substring(0, 40)
            + "...", "must be at most " + MAX_REASON + " characters but was "
            + r.reason().length());
      } else if (r.recordedBy().map(by -> by.length() > MAX_AUTHOR).orElse(false)) {
        problem("$.recalculations[" + k + "].recordedBy", "recordedBy",
            r.recordedBy().get().substring(0, 40) + "...", "must be at most " + MAX_AUTHOR
            + " characters but was " + r.recordedBy().get().length());
      } else if (before == null) {
        added.add(r);
      } else if (before.reason().equals(r.reason())) {
        unchanged++;
      } else {
        problem("$.recalculations[" + k + "].reason", "reason", r.reason(), "the limits of "
            + r.provider() + "'s " + r.indicator() + " are recorded as recalculated from "
            + r.from() + " for another reason (\"" + before.reason() + "\"): an import never"
            + " changes a recorded recalculation");
      }
    }
    return added;
  }

  private static String seriesPeriod(LimitsRecalculation r) {
    return r.provider() + " " + r.indicator() + " " + r.from();
  }

  /**
   * The snapshot's annotations not recorded yet: an annotation recorded alike (same series, day or
   * period, text and author) is unchanged; any other is added.
   */
  private List<IndicatorAnnotation> annotations(Ports ports) {
    Set<IndicatorAnnotation> stored = new HashSet<>(ports.notes().annotations());
    List<IndicatorAnnotation> added = new ArrayList<>();
    for (int k = 0; k < snapshot.annotations().size(); k++) {
      IndicatorAnnotation a = snapshot.annotations().get(k);
      if (a.text().length() > MAX_NOTE) {
        problem("$.annotations[" + k + "].text", "text", a.text().substring(0, 40) + "...",
            "must be at most " + MAX_NOTE + " characters but was " + a.text().length());
      } else if (a.author().length() > MAX_AUTHOR) {
        problem("$.annotations[" + k + "].author", "author", a.author().substring(0, 40)
            + "...", "must be at most " + MAX_AUTHOR + " characters but was "
            + a.author().length());
      } else if (stored.add(a)) {
        added.add(a);
      } else {
        unchanged++;
      }
    }
    return added;
  }

  private void problem(String path, String column, String value, String reason) {
    problems.add(new ImportProblem(path, column, value, reason));
  }

  private Optional<Commissioner> commissioner(Ports ports) {
    Optional<Commissioner> stored = ports.directory().commissioner();
    Commissioner read = snapshot.commissioner();
    if (stored.isEmpty()) {
      return Optional.of(read);
    }
    if (!stored.get().code().equals(read.code())) {
      problem("$.commissioner.code", "code", read.code().value(), "this database serves "
          + stored.get().code() + " (" + stored.get().name() + "): a snapshot of another "
          + "commissioner cannot be imported into it");
    } else {
      unchanged++;
    }
    return Optional.empty();
  }

  private List<Provider> providers(Ports ports) {
    Map<OrganisationCode, Provider> stored = new HashMap<>();
    ports.directory().providers().forEach(p -> stored.put(p.code(), p));
    List<Provider> added = new ArrayList<>();
    for (int i = 0; i < snapshot.providers().size(); i++) {
      Provider p = snapshot.providers().get(i);
      Provider before = stored.get(p.code());
      if (before == null) {
        added.add(p);
      } else if (before.name().equals(p.name()) && before.kind() == p.kind()) {
        unchanged++;
      } else {
        problem("$.providers[" + i + "]", "code", p.code().value(), "is recorded as "
            + before.name() + " (" + before.kind() + "): an import never changes a recorded "
            + "provider");
      }
    }
    return added;
  }

  private List<IndicatorDefinition> indicators(Ports ports) {
    Map<IndicatorId, IndicatorDefinition> stored = new HashMap<>();
    ports.observations().indicators().forEach(d -> stored.put(d.id(), d));
    List<IndicatorDefinition> added = new ArrayList<>();
    for (int i = 0; i < snapshot.indicators().size(); i++) {
      IndicatorDefinition d = snapshot.indicators().get(i);
      IndicatorDefinition before = stored.get(d.id());
      if (before == null) {
        added.add(d);
      } else if (IndicatorDefinition.builder().from(before).trajectory(Optional.empty()).build()
          .equals(IndicatorDefinition.builder().from(d).trajectory(Optional.empty()).build())) {
        unchanged++;
      } else {
        problem("$.indicators[" + i + "]", "id", d.id().value(), "is recorded with a different "
            + "definition: an import never changes a recorded indicator");
      }
    }
    return added;
  }

  private List<Observation> observations(Ports ports) {
    Set<ObservationKey> keys = new LinkedHashSet<>(snapshot.observations().size() * 2);
    snapshot.observations().forEach(o -> keys.add(ObservationKey.of(o)));
    ImmutableMap<ObservationKey, Observation> stored = ports.observations().recorded(keys);
    if (stored.isEmpty()) {
      return snapshot.observations();
    }
    List<Observation> added = new ArrayList<>();
    for (int i = 0; i < snapshot.observations().size(); i++) {
      Observation o = snapshot.observations().get(i);
      Observation before = stored.get(ObservationKey.of(o));
      if (before == null) {
        added.add(o);
      } else if (before.value().equals(o.value())) {
        unchanged++;
      } else {
        problem("$.observations[" + i + "]", "value", o.value().isPresent()
            ? Double.toString(o.value().getAsDouble()) : "", "differs from the observation "
            + "recorded for " + ObservationKey.of(o) + ": an import never changes a recorded "
            + "observation");
      }
    }
    return added;
  }

  private List<IntelligenceItem> intelligence(Ports ports, Map<IntelligenceId, Triage> triages,
      Map<IntelligenceId, IncidentId> links) {
    Map<IntelligenceId, IntelligenceItem> stored = new HashMap<>();
    ports.intelligence().intelligence().forEach(i -> stored.put(i.id(), i));
    boolean hasTone = snapshot.format().equals(Snapshot.FORMAT_1_1);
    List<IntelligenceItem> added = new ArrayList<>();
    for (int i = 0; i < snapshot.intelligence().size(); i++) {
      IntelligenceItem item = snapshot.intelligence().get(i);
      IntelligenceItem before = stored.get(item.id());
      if (before == null) {
        added.add(item);
      } else if (!content(before, hasTone).equals(content(item, hasTone))) {
        problem("$.intelligence[" + i + "]", "id", item.id().value(), "is recorded with "
            + "different content: an import never changes recorded intelligence");
      } else if (!linkContinues(i, item, before)) {
        continue;
      } else if (item.triage().isEmpty() || item.triage().equals(before.triage())) {
        if (item.incident().isPresent() && before.incident().isEmpty()) {
          links.put(item.id(), item.incident().get());
        } else {
          unchanged++;
        }
      } else if (before.triage().isEmpty()) {
        triages.put(item.id(), item.triage().get());
        item.incident().filter(l -> before.incident().isEmpty())
            .ifPresent(l -> links.put(item.id(), l));
      } else {
        problem("$.intelligence[" + i + "].triage", "triage", item.triage().get().outcome()
            + " on " + item.triage().get().on(), "differs from the triage recorded for "
            + item.id() + " (" + before.triage().get().outcome() + " on "
            + before.triage().get().on() + "): an import never changes a recorded triage");
      }
    }
    return added;
  }

  /**
   * Whether the item's link to an incident continues the recorded one: a link may be added to an
   * item recorded without one (the incident was reported after the item came in), never changed.
   */
  private boolean linkContinues(int index, IntelligenceItem item, IntelligenceItem before) {
    if (item.incident().isEmpty() || before.incident().isEmpty()
        || item.incident().equals(before.incident())) {
      return true;
    }
    problem("$.intelligence[" + index + "].incident", "incident", item.incident().get().value(),
        "differs from the incident recorded for " + item.id() + " ("
        + before.incident().get() + "): an import never changes a recorded link");
    return false;
  }

  /**
   * What an item says, as the snapshot's format carries it: without reporter, sensitivity (not
   * in the exchange format), triage and incident link (compared on their own); without tone where
   * the format has none.
   */
  private static IntelligenceItem content(IntelligenceItem item, boolean withTone) {
    IntelligenceItem.Builder b = IntelligenceItem.builder();
    b.from(item).reportedBy(Optional.empty()).sensitive(false).triage(Optional.empty())
        .incident(Optional.empty());
    if (!withTone) {
      b.tone(Tone.CONCERN);
    }
    return b.build();
  }

  private List<ImprovementAction> actions(Ports ports, Map<ActionId, LocalDate> completions) {
    Map<ActionId, ImprovementAction> stored = new HashMap<>();
    ports.actions().actions().forEach(a -> stored.put(a.id(), a));
    List<ImprovementAction> added = new ArrayList<>();
    for (int i = 0; i < snapshot.actions().size(); i++) {
      ImprovementAction action = snapshot.actions().get(i);
      ImprovementAction before = stored.get(action.id());
      if (before == null) {
        added.add(action);
      } else if (!open(before).equals(open(action))) {
        problem("$.actions[" + i + "]", "id", action.id().value(), "is recorded with a "
            + "different provider, description, owner or due date: an import never changes a "
            + "recorded action");
      } else if (action.completed().isEmpty() || action.completed().equals(before.completed())) {
        unchanged++;
      } else if (before.completed().isEmpty()) {
        completions.put(action.id(), action.completed().get());
      } else {
        problem("$.actions[" + i + "].completed", "completed",
            action.completed().get().toString(), "differs from the completion recorded for "
            + action.id() + " (" + before.completed().get() + "): an import never changes a "
            + "recorded completion");
      }
    }
    return added;
  }

  private static ImprovementAction open(ImprovementAction action) {
    return ImprovementAction.builder().from(action).completed(Optional.empty()).build();
  }

  private List<Risk> risks(Ports ports) {
    Map<RiskId, Risk> stored = new HashMap<>();
    ports.risks().risks().forEach(r -> stored.put(r.id(), r));
    List<Risk> added = new ArrayList<>();
    for (int i = 0; i < snapshot.risks().size(); i++) {
      Risk risk = snapshot.risks().get(i);
      Risk before = stored.get(risk.id());
      if (before == null) {
        added.add(risk);
      } else if (v1(before).equals(v1(risk))) {
        unchanged++;
      } else {
        problem("$.risks[" + i + "]", "id", risk.id().value(), "is already on the register with "
            + "a different score, owner, title or review date: an import never changes a recorded "
            + "risk (record a review instead)");
      }
    }
    return added;
  }

  private static Risk v1(Risk risk) {
    return Risk.builder().id(risk.id()).provider(risk.provider()).title(risk.title())
        .domain(risk.domain()).owner(risk.owner()).likelihood(risk.likelihood())
        .consequence(risk.consequence()).lastReviewed(risk.lastReviewed()).build();
  }

  /**
   * The case events the snapshot's new decisions are accepted as, per provider. The decisions
   * already recorded in a provider's case must be the first of the snapshot's decisions about it;
   * the rest are decided in order against the case as it then stands, and one the escalation
   * lifecycle rejects is a problem at its path, with the lifecycle's reason. A provider with a
   * story gets the story's commands instead of the snapshot's decisions (only into a new case).
   */
  private List<CaseAppend> decisions(SurveillanceCases cases,
      Map<OrganisationCode, ? extends List<? extends CaseCommand>> stories) {
    Map<OrganisationCode, List<Integer>> byProvider = new LinkedHashMap<>();
    for (int i = 0; i < snapshot.decisions().size(); i++) {
      byProvider.computeIfAbsent(snapshot.decisions().get(i).provider(), p -> new ArrayList<>())
          .add(i);
    }
    stories.keySet().forEach(p -> byProvider.putIfAbsent(p, List.of()));
    List<CaseAppend> appends = new ArrayList<>();
    for (Map.Entry<OrganisationCode, List<Integer>> e : byProvider.entrySet()) {
      OrganisationCode provider = e.getKey();
      CaseFile file = cases.load(provider);
      List<String> paths = new ArrayList<>();
      List<CaseCommand> commands = new ArrayList<>();
      if (stories.containsKey(provider)) {
        if (!file.log().isEmpty()) {
          problem("$.cases." + provider, "provider", provider.value(), "the case of " + provider
              + " already has " + file.log().size() + " events: a case story is only imported "
              + "into a new case");
          continue;
        }
        List<? extends CaseCommand> story = stories.get(provider);
        for (int k = 0; k < story.size(); k++) {
          paths.add("$.cases." + provider + "[" + k + "]");
          commands.add(story.get(k));
        }
      } else {
        List<Decision> recorded = CaseDecisions.decisions(file.log()).toList();
        List<Integer> indices = e.getValue();
        int matched = 0;
        while (matched < recorded.size() && matched < indices.size() && v1(recorded.get(matched))
            .equals(v1(snapshot.decisions().get(indices.get(matched))))) {
          matched++;
        }
        if (matched < recorded.size()) {
          String path = matched < indices.size() ? "$.decisions[" + indices.get(matched) + "]"
              : "$.decisions";
          problem(path, "provider", provider.value(), "the snapshot's decisions about "
              + provider + " do not continue the " + recorded.size() + " recorded (they differ "
              + "from decision " + (matched + 1) + "): recorded decisions are never changed");
          continue;
        }
        unchanged += matched;
        for (int k = matched; k < indices.size(); k++) {
          paths.add("$.decisions[" + indices.get(k) + "]");
          commands.add(TakeDecision.from(snapshot.decisions().get(indices.get(k))));
        }
      }
      SurveillanceCase state = file.state();
      List<StoredEvent> events = new ArrayList<>();
      for (int k = 0; k < commands.size(); k++) {
        Outcome outcome = state.decide(commands.get(k), cases.policy());
        if (outcome.rejection().isPresent()) {
          CaseCommand command = commands.get(k);
          problem(paths.get(k), command instanceof TakeDecision t ? "decision" : "command",
              command instanceof TakeDecision t ? t.decision().name()
                  : command.getClass().getSimpleName().replaceFirst("^Immutable", ""),
              "rejected by the escalation lifecycle: " + outcome.rejection().get().reason());
          continue;
        }
        outcome.events().forEach(ev -> events.add(SurveillanceCases.toStored(ev)));
        state = outcome.after();
      }
      if (!events.isEmpty()) {
        appends.add(new CaseAppend(SurveillanceCases.caseId(provider), file.state().version(),
            ImmutableList.copyOf(events)));
      }
    }
    return appends;
  }

  private static Decision v1(Decision d) {
    return Decision.builder().from(d).by(Actor.of(d.by().name(), d.by().role())).build();
  }
}
