package org.qsurv.scoring.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;

/**
 * One provider's evidence for the triggers and triangulation: its intelligence, its serious
 * incidents and the findings of its done visits, each event counted once.
 *
 * <p>An incident reported on or before the date counts as an item of its own id: a never event as
 * NEVER_EVENT, any other as SERIOUS_INCIDENT, hard evidence in the safe domain (003 §5.2.1:
 * "higher than usual serious incidents", "multiple never events"). An intelligence item whose
 * {@code incident} names a counted incident is the same event and is left out; one whose incident
 * is not yet reported by the date still counts. The findings of a visit done on or before the date
 * are first-hand evidence (000 §6.5, "walking the service"; 001 §7.1): one hard QUALITY_VISIT item
 * of the visit's id per domain and tone, so that two findings in one domain are one visit's word,
 * not two sources.
 */
final class WorkflowEvidence {
  private WorkflowEvidence() {}

  static ImmutableList<IntelligenceItem> of(LocalDate asOf, List<IntelligenceItem> intelligence,
      List<SeriousIncident> incidents, List<QualityVisit> visits) {
    if (incidents.isEmpty() && visits.isEmpty()) {
      return ImmutableList.copyOf(intelligence);
    }
    ImmutableList.Builder<IntelligenceItem> items = ImmutableList.builder();
    Set<IncidentId> counted = new HashSet<>();
    for (SeriousIncident i : incidents) {
      if (!i.reported().isAfter(asOf)) {
        counted.add(i.id());
      }
    }
    for (IntelligenceItem item : intelligence) {
      if (item.incident().map(id -> !counted.contains(id)).orElse(true)) {
        items.add(item);
      }
    }
    for (SeriousIncident i : incidents) {
      if (counted.contains(i.id())) {
        items.add(IntelligenceItem.builder().id(IntelligenceId.of(i.id().value()))
            .provider(i.provider()).received(i.reported())
            .source(i.neverEvent() ? IntelligenceSource.NEVER_EVENT
                : IntelligenceSource.SERIOUS_INCIDENT)
            .nature(Nature.HARD).domain(QualityDomain.SAFE)
            .summary((i.neverEvent() ? "Never event " : "Serious incident ") + i.id()
                + " reported " + i.reported() + " (" + i.framework() + ")")
            .build());
      }
    }
    for (QualityVisit v : visits) {
      if (!v.doneBy(asOf)) {
        continue;
      }
      Map<List<Object>, List<String>> byDomainAndTone = new LinkedHashMap<>();
      for (VisitFinding f : v.findings()) {
        byDomainAndTone.computeIfAbsent(List.of(f.domain(), f.tone()), k -> new ArrayList<>())
            .add(f.summary());
      }
      for (VisitFinding f : v.findings()) {
        List<String> summaries = byDomainAndTone.remove(List.of(f.domain(), f.tone()));
        if (summaries != null) {
          items.add(IntelligenceItem.builder().id(IntelligenceId.of(v.id().value()))
              .provider(v.provider()).received(v.date()).source(IntelligenceSource.QUALITY_VISIT)
              .nature(Nature.HARD).domain(f.domain()).tone(f.tone())
              .summary("Visit " + v.id() + " on " + v.date() + " (" + v.kind() + ") found: "
                  + String.join("; ", summaries))
              .build());
        }
      }
    }
    return items.build();
  }
}
