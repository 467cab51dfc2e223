package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.risk.Risk;

/**
 * Everything one import adds, already validated: new providers and indicators, observations,
 * intelligence, risks, the escalation case events its decisions led to, and where they came from. An {@link ImportSink} writes it all
 * in one transaction or nothing of it.
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
    String importedBy) {

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
  }

  /** The number of records the batch adds. */
  public long size() {
    return commissioner.map(c -> 1L).orElse(0L) + providers.size() + indicators.size()
        + observations.size() + intelligence.size() + risks.size() + caseEvents();
  }

  /** The number of case events the batch appends. */
  public long caseEvents() {
    return caseAppends.stream().mapToLong(a -> a.events().size()).sum();
  }
}
