package org.qsurv.app.web.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * What the bi-monthly quality report (004 §4.4; 000 §6.7) knows of one provider, which {@code
 * system/report.jte} writes under its three headings: insight (the indicators of concern and where
 * the period's intelligence comes from), involvement (the recommendation, the enhanced procedure,
 * contractual levers) and improvement (the plan's actions).
 *
 * @param name the provider's name
 * @param p the provider's assessment
 * @param concerns its indicators of concern (special cause of concern or a red threshold)
 * @param intelligence its intelligence received in the two months to {@code today}
 * @param file its surveillance case, if one is recorded
 * @param today the report's date
 * @since 1.0.0
 */
public record ReportEntry(String name, ProviderAssessment p, List<IndicatorAssessment> concerns,
    List<IntelligenceItem> intelligence, Optional<CaseFile> file, LocalDate today) {

  /** The entry of provider {@code p} from its intelligence and case as stored. */
  public static ReportEntry of(String name, ProviderAssessment p,
      List<IntelligenceItem> intelligence, Optional<CaseFile> file, LocalDate today) {
    return new ReportEntry(name, p, p.quality().indicators().stream()
        .filter(i -> i.variation() == Variation.SPECIAL_CAUSE_CONCERN
            || i.threshold() == ThresholdBand.RED).toList(),
        intelligence.stream().filter(i -> !i.received().isBefore(today.minusMonths(2))).toList(),
        file, today);
  }

  /** The case's enhanced procedure, if it has one. */
  public Optional<EnhancedProcedure> procedure() {
    return file.flatMap(f -> f.state().procedure());
  }

  /** The improvement plan's actions; none without a procedure. */
  public List<PlanAction> plan() {
    return procedure().map(proc -> (List<PlanAction>) proc.plan()).orElse(List.of());
  }

  /** Whether the provider has nothing to report: named with the others at its level's end. */
  public boolean hasNothingToReport() {
    return concerns.isEmpty() && intelligence.isEmpty() && p.quality().triggers().isEmpty()
        && p.quality().recommendation().level() == p.level()
        && !p.quality().recommendation().urgent() && procedure().isEmpty()
        && file.map(f -> f.state().levers().isEmpty()).orElse(true);
  }
}
