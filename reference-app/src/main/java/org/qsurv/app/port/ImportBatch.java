package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.risk.Risk;

/**
 * Everything one import adds, already validated: new providers and indicators, observations,
 * intelligence (with its triage), risks, the escalation case events its decisions led to,
 * improvement-plan actions, the triage of items recorded untriaged and the completion of actions
 * recorded open, the surveillance workflows ({@link WorkflowChanges}), and where they came from. An {@link ImportSink} writes it all in one transaction or nothing of it.
 *
 * @param commissioner the commissioner, when the import names one and none is recorded yet
 * @param providers providers to add
 * @param indicators indicator definitions to add
 * @param observations observations to add
 * @param intelligence intelligence items to add
 * @param risks risks to add, with their controls and review history
 * @param caseAppends the events each case's new decisions were accepted as, to append at the
 *     version they were decided against (the lifecycle already accepted them)
 * @param source what was imported (a file name), for the import log
 * @param importedBy who imported it, for the import log
 * @param actions improvement-plan actions to add
 * @param triages triages to add to items already recorded without one, by item
 * @param completions completion dates to add to actions already recorded open, by action
 * @param workflows what it adds to the ratings, visits, incidents and meetings, and to the
 *     incident links of recorded items
 * @param recalculations recalculations of SPC limits to add ({@link SeriesNotes})
 * @param annotations annotations of providers' series to add ({@link SeriesNotes})
 */
public record ImportBatch(
    Optional<Commissioner> commissioner,
    ImmutableList<Provider> providers,
    ImmutableList<IndicatorDefinition> indicators,
    ImmutableList<Observation> observations,
    ImmutableList<IntelligenceItem> intelligence,
    ImmutableList<Risk> risks,
    ImmutableList<CaseAppend> caseAppends,
    String source,
    String importedBy,
    ImmutableList<ImprovementAction> actions,
    ImmutableMap<IntelligenceId, Triage> triages,
    ImmutableMap<ActionId, LocalDate> completions,
    WorkflowChanges workflows,
    ImmutableList<LimitsRecalculation> recalculations,
    ImmutableList<IndicatorAnnotation> annotations) {

  public ImportBatch {
    Objects.requireNonNull(commissioner, "commissioner");
    Objects.requireNonNull(providers, "providers");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(intelligence, "intelligence");
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(caseAppends, "caseAppends");
    Checks.notBlank("import source", source);
    Checks.notBlank("import importedBy", importedBy);
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(triages, "triages");
    Objects.requireNonNull(completions, "completions");
    Objects.requireNonNull(workflows, "workflows");
    Objects.requireNonNull(recalculations, "recalculations");
    Objects.requireNonNull(annotations, "annotations");
  }

  /** A batch that adds no recalculations or annotations. */
  public ImportBatch(Optional<Commissioner> commissioner, ImmutableList<Provider> providers,
      ImmutableList<IndicatorDefinition> indicators, ImmutableList<Observation> observations,
      ImmutableList<IntelligenceItem> intelligence, ImmutableList<Risk> risks,
      ImmutableList<CaseAppend> caseAppends, String source, String importedBy,
      ImmutableList<ImprovementAction> actions, ImmutableMap<IntelligenceId, Triage> triages,
      ImmutableMap<ActionId, LocalDate> completions, WorkflowChanges workflows) {
    this(commissioner, providers, indicators, observations, intelligence, risks, caseAppends,
        source, importedBy, actions, triages, completions, workflows, ImmutableList.of(),
        ImmutableList.of());
  }

  /** A batch that adds no actions, triages, completions or workflows (what a CSV import adds). */
  public ImportBatch(Optional<Commissioner> commissioner, ImmutableList<Provider> providers,
      ImmutableList<IndicatorDefinition> indicators, ImmutableList<Observation> observations,
      ImmutableList<IntelligenceItem> intelligence, ImmutableList<Risk> risks,
      ImmutableList<CaseAppend> caseAppends, String source, String importedBy) {
    this(commissioner, providers, indicators, observations, intelligence, risks, caseAppends,
        source, importedBy, ImmutableList.of(), ImmutableMap.of(), ImmutableMap.of(),
        WorkflowChanges.none(), ImmutableList.of(), ImmutableList.of());
  }

  /** The number of records the batch adds. */
  public long size() {
    return commissioner.map(c -> 1L).orElse(0L) + providers.size() + indicators.size()
        + observations.size() + intelligence.size() + risks.size() + caseEvents()
        + actions.size() + triages.size() + completions.size() + workflows.size()
        + recalculations.size() + annotations.size();
  }

  /** The number of case events the batch appends. */
  public long caseEvents() {
    return caseAppends.stream().mapToLong(a -> a.events().size()).sum();
  }
}
