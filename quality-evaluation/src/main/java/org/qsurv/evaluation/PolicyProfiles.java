package org.qsurv.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.evaluation.PolicyProfile.Setting;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.scoring.policy.FindingPolicy;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.profile.RecommendationPolicy;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.trigger.TriggerCode;

/**
 * The named policy profiles: the national defaults and each of the five source frameworks as a
 * runnable policy (docs/profiles.md). A profile changes only what its framework says; every other
 * setting is inherited from {@code nhs-defaults}, and its provenance says so.
 *
 * <pre>{@code
 * PolicyProfiles.all().forEach(p -> System.out.println(p.name() + "  " + p.title()));
 * PolicyProfile somerset = PolicyProfiles.named("somerset-qaif-2025").orElseThrow();
 * }</pre>
 *
 * @since 1.0.0
 */
public final class PolicyProfiles {
  /** The name of the default profile. */
  public static final String DEFAULT = "nhs-defaults";

  private static final String INHERITS = "inherits nhs-defaults: ";
  private static final ImmutableList<PolicyProfile> ALL = ImmutableList.of(nhsDefaults(),
      somerset(), haltonWarrington(), dorset(), cannockChase(), lewisham());

  private PolicyProfiles() {}

  /** Every profile, {@code nhs-defaults} first, then the frameworks 004, 003, 000, 001, 002. */
  public static ImmutableList<PolicyProfile> all() {
    return ALL;
  }

  /** The profile of this name, if there is one. */
  public static Optional<PolicyProfile> named(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The names of every profile, comma separated, for a message naming the valid ones. */
  public static String names() {
    return ALL.stream().map(PolicyProfile::name).collect(Collectors.joining(", "));
  }

  private static PolicyProfile nhsDefaults() {
    return profile(DEFAULT, "National defaults: NQB 2022 levels, 004 §4.4's risk rule",
        "NQB 2022", ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults(), List.of());
  }

  /** 004: Somerset's rules are the national defaults; it is their source for two settings. */
  private static PolicyProfile somerset() {
    return profile("somerset-qaif-2025",
        "NHS Somerset ICB Quality Assurance and Improvement Framework 2025-2027", "004",
        ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults(), List.of(
            new Setting("riskReview.extremeMonths", "1",
                "004 §4.4: 15 or above reviewed by the risk owner at least monthly"),
            new Setting("findings.triageDays", "7",
                "004 §4.3: new intelligence discussed weekly at the Insights Meeting")));
  }

  /** 003: a single named trigger places a provider in enhanced pending review (Appendix 1). */
  private static PolicyProfile haltonWarrington() {
    ImmutableSet<TriggerCode> alone = ImmutableSet.<TriggerCode>builder()
        .addAll(RecommendationPolicy.nhsDefaults().enhancedAlone())
        .add(TriggerCode.HIGHER_THAN_USUAL_SAFEGUARDING,
            TriggerCode.HIGHER_THAN_USUAL_SERIOUS_INCIDENTS, TriggerCode.CQC_RATING_CONCERN)
        .build();
    ScoringPolicy scoring = ScoringPolicy.builder()
        .recommendation(RecommendationPolicy.builder().enhancedAlone(alone).build()).build();
    return profile("halton-warrington-qsif-2020",
        "Halton and Warrington CCGs Quality Surveillance and Improvement Framework 2020-2024",
        "003", scoring, EscalationPolicy.nhsDefaults(), List.of(
            new Setting("recommendation.enhancedTriggers", "2 triggers on at least 2 items",
                "003 §5.2.1: \"usually a combination rather than any single one\""),
            new Setting("recommendation.enhancedAlone", codes(alone),
                "003 Appendix 1: \"or there has been a trigger i.e. safeguarding concern,"
                    + " incident, CQC inspection outcome\""),
            new Setting("escalation.sustainedAssurancePeriod", "P3M",
                "003 Appendix 1: three months on enhanced to ensure assurance is sustained")));
  }

  /** 000: every risk's mitigations "detailed and updated at least monthly" (000 §6.5). */
  private static PolicyProfile dorset() {
    ScoringPolicy scoring = ScoringPolicy.builder().riskReview(RiskReviewPolicy.monthly())
        .findings(FindingPolicy.builder().contractMeetingMonths(3).build()).build();
    String monthly = "000 §6.5: mitigations \"detailed and updated at least monthly\"";
    return profile("dorset-qf-2018", "NHS Dorset Quality Framework 2018-2020", "000", scoring,
        EscalationPolicy.nhsDefaults(), List.of(
            new Setting("riskReview.extremeMonths", "1", monthly),
            new Setting("riskReview.highMonths", "1", monthly),
            new Setting("riskReview.moderateMonths", "1", monthly),
            new Setting("riskReview.lowMonths", "1", monthly),
            new Setting("findings.contractMeetingMonths", "3",
                "000 §8.7: contractual quality review meetings \"on a quarterly basis\"")));
  }

  /** 001: each situation of 001 §7.2 may call a risk summit on its own, once corroborated. */
  private static PolicyProfile cannockChase() {
    ScoringPolicy scoring = ScoringPolicy.builder()
        .recommendation(RecommendationPolicy.builder().urgentSummitTriggers(1).build())
        .findings(FindingPolicy.builder()
            .putVisitProgrammeMonth(ProviderKind.GP_PRACTICE, 12).build())
        .build();
    return profile("cannock-chase-qs-2012", "Cannock Chase CCG Quality Strategy 2012", "001",
        scoring, EscalationPolicy.nhsDefaults(), List.of(
            new Setting("recommendation.urgentSummitTriggers", "1",
                "001 §7.2: each listed situation may call a risk summit (still only on"
                    + " corroborated evidence)"),
            new Setting("triggers.whistleblowing", "fires when triaged credible",
                "001 §7.2: \"credible and material whistle blower feedback\""),
            new Setting("findings.visitProgrammeMonths", "GP_PRACTICE 12",
                "001 §6.2: \"annual visits to each GP practice\"")));
  }

  /** 002: triangulation across independent sources is its own rule (002 footnote 14). */
  private static PolicyProfile lewisham() {
    return profile("lewisham-qaf",
        "NHS Lewisham CCG Quality Improvement Strategy 2015/16 and Quality Assurance Framework",
        "002", ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults(), List.of(
            new Setting("recommendation.corroboratingSources", "2, one of them hard",
                "002 footnote 14: \"using information from a number of different sources to"
                    + " cross-check the facts\"")));
  }

  /** The national settings with their sources, in docs/profiles.md's order. */
  private static List<Setting> national() {
    RecommendationPolicy r = RecommendationPolicy.nhsDefaults();
    RiskReviewPolicy review = RiskReviewPolicy.nhsDefaults();
    String localReview = "a local choice: a common NHS trust risk management policy";
    return List.of(
        new Setting("riskReview.extremeMonths", "1", "004 §4.4"),
        new Setting("riskReview.highMonths", Integer.toString(review.highMonths()), localReview),
        new Setting("riskReview.moderateMonths", Integer.toString(review.moderateMonths()),
            localReview),
        new Setting("riskReview.lowMonths", Integer.toString(review.lowMonths()), localReview),
        new Setting("findings.triageDays",
            Integer.toString(FindingPolicy.nhsDefaults().triageDays()), "004 §4.3"),
        new Setting("findings.enhancedVisitMonths",
            Integer.toString(FindingPolicy.nhsDefaults().enhancedVisitMonths()),
            "003 §5.2.3 c (visits stepped up); the interval is a local choice"),
        new Setting("findings.visitProgrammeMonths", "none",
            "003 §5.1.1: a frequency agreed between commissioner and provider"),
        new Setting("findings.learningResponseReviewDays",
            Integer.toString(FindingPolicy.nhsDefaults().learningResponseReviewDays()),
            "002 QAF ¶40; the days are a local choice"),
        new Setting("findings.actionPlanSignOffDays",
            Integer.toString(FindingPolicy.nhsDefaults().actionPlanSignOffDays()),
            "002 QAF ¶41; the days are a local choice"),
        new Setting("findings.contractMeetingMonths",
            Integer.toString(FindingPolicy.nhsDefaults().contractMeetingMonths()),
            "000 §8.7; 003 §5.1.2"),
        new Setting("triggers.whistleblowing", "fires when triaged credible", "001 §7.2"),
        new Setting("triggers.adverseMedia", "concern tone only", "003 §5.2.1; 001 §7.2"),
        new Setting("recommendation.enhancedTriggers",
            r.enhancedTriggers() + " triggers on at least 2 items", "003 §5.2.1"),
        new Setting("recommendation.enhancedAlone", codes(r.enhancedAlone()),
            "003 Appendix 1; 003 §5.2.1"),
        new Setting("recommendation.corroboratingSources",
            r.corroboratingSources() + ", one of them hard", "002 footnote 14"),
        new Setting("recommendation.corroboratedAlone", codes(r.corroboratedAlone()),
            "003 §5.2.1; 001 §7.2"),
        new Setting("recommendation.urgentSummitTriggers",
            Integer.toString(r.urgentSummitTriggers()), "001 §7.2; the count is a local choice"),
        new Setting("recommendation.intensiveTriggers", Integer.toString(r.intensiveTriggers()),
            "004 §4.4 (last resort); the count is a local choice"),
        new Setting("escalation.sustainedAssurancePeriod",
            EscalationPolicy.nhsDefaults().sustainedAssurancePeriod().toString(),
            "003 Appendix 1"));
  }

  /** A profile whose settings are the national ones with {@code own} replacing theirs. */
  private static PolicyProfile profile(String name, String title, String source,
      ScoringPolicy scoring, EscalationPolicy escalation, List<Setting> own) {
    List<Setting> settings = new ArrayList<>();
    for (Setting n : national()) {
      Setting mine = own.stream().filter(s -> s.name().equals(n.name())).findFirst()
          .orElse(name.equals(DEFAULT) ? n : new Setting(n.name(), n.value(), INHERITS
              + n.source()));
      settings.add(mine);
    }
    return PolicyProfile.builder().name(name).title(title).source(source).scoring(scoring)
        .escalation(escalation).settings(settings).build();
  }

  private static String codes(ImmutableSet<TriggerCode> codes) {
    return codes.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }
}
