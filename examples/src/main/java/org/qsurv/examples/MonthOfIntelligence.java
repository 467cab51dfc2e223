package org.qsurv.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.profile.Recommendation;
import org.qsurv.scoring.profile.RecommendationPolicy;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.scoring.threshold.ThresholdBand;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.triangulation.Triangulation;
import org.qsurv.scoring.triangulation.TriangulationPolicy;
import org.qsurv.scoring.trigger.IndicatorSignal;
import org.qsurv.scoring.trigger.TriggerEvidence;
import org.qsurv.scoring.trigger.TriggerFiring;
import org.qsurv.scoring.trigger.TriggerPolicy;
import org.qsurv.scoring.trigger.Triggers;

/**
 * Example 3: triangulate a month of hard and soft intelligence about one provider (000 §6.9;
 * 002 footnote 14), evaluate the enhanced-surveillance and risk-summit triggers (003 §5.2.1;
 * 001 §7.2) and print the recommended level with its reasons. A recommendation advises: people
 * decide.
 */
public final class MonthOfIntelligence {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");

  private MonthOfIntelligence() {}

  public static void main(String[] args) {
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    ImmutableList<IntelligenceItem> june = ImmutableList.of(
        item("I-1", 3, IntelligenceSource.COMPLAINT, Nature.SOFT,
            "Family report call bells unanswered at night"),
        item("I-2", 9, IntelligenceSource.WHISTLEBLOWING, Nature.SOFT,
            "Nurse reports unsafe night staffing on ward 4"),
        item("I-3", 12, IntelligenceSource.SERIOUS_INCIDENT, Nature.HARD,
            "Unwitnessed fall with hip fracture, ward 4"),
        item("I-4", 17, IntelligenceSource.SAFEGUARDING, Nature.HARD,
            "Safeguarding alert: pressure ulcer grade 4"),
        item("I-5", 20, IntelligenceSource.CORONER_PFD, Nature.HARD,
            "Regulation 28 report on observations after falls"),
        item("I-6", 24, IntelligenceSource.COMPLAINT, Nature.SOFT,
            "Complaint about delayed pain relief"),
        item("I-7", 27, IntelligenceSource.MEDIA, Nature.SOFT,
            "Local paper: 'wards left short of nurses'"));
    ImmutableList<IndicatorSignal> indicators = ImmutableList.of(
        IndicatorSignal.of(IndicatorId.of("shmi"), QualityDomain.SAFE, Period.month(2025, 6),
            ThresholdBand.AMBER, Variation.SPECIAL_CAUSE_CONCERN),
        IndicatorSignal.of(IndicatorId.of("fft"), QualityDomain.EXPERIENCE, Period.month(2025, 6),
            ThresholdBand.GREEN, Variation.COMMON_CAUSE));

    System.out.println("RH5, intelligence received in June 2025: " + june.size() + " items");
    ImmutableList<DomainConcern> concerns = Triangulation.of(asOf, ProviderKind.ACUTE, june,
        indicators, TriangulationPolicy.nhsDefaults());
    System.out.println("Triangulation by domain (independent sources count for more than volume):");
    for (DomainConcern concern : concerns) {
      System.out.printf("  %-22s %-8s score %.2f from %d source(s) %s%n",
          concern.domain().displayName(), concern.level(), concern.score(),
          concern.corroboration(), concern.sources());
    }

    TriggerEvidence evidence = TriggerEvidence.builder()
        .asOf(asOf).intelligence(june).indicators(indicators).build();
    ImmutableList<TriggerFiring> fired = Triggers.evaluate(evidence, TriggerPolicy.nhsDefaults());
    System.out.println("Triggers fired: " + fired.size());
    for (TriggerFiring firing : fired) {
      System.out.println("  " + firing.code() + " " + firing.evidence() + ": " + firing.reason());
    }

    Recommendation recommendation = Recommendation.of(Level.ROUTINE, fired, concerns,
        RecommendationPolicy.nhsDefaults());
    System.out.println("Recommendation: " + recommendation.level()
        + (recommendation.urgent() ? " (urgent)" : "") + ", because");
    recommendation.reasons().forEach(reason -> System.out.println("  - " + reason));
  }

  private static IntelligenceItem item(String id, int day, IntelligenceSource source,
      Nature nature, String summary) {
    return IntelligenceItem.builder()
        .id(IntelligenceId.of(id)).provider(RH5).received(LocalDate.of(2025, 6, day))
        .source(source).nature(nature).domain(QualityDomain.SAFE).summary(summary)
        .sensitive(source == IntelligenceSource.WHISTLEBLOWING)
        .build();
  }
}
