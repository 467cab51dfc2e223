package org.qsurv.evaluation;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.evaluation.PolicyProfile.MainView;
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
  /** Where each national value comes from (docs/calibration.md says why). */
  private static final Map<String, String> NATIONAL_SOURCES = nationalSources();
  private static final ImmutableList<PolicyProfile> ALL = ImmutableList.of(national(),
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

  /**
   * The {@value #DEFAULT} profile: the national policies every command and page uses unless told
   * otherwise, as {@code named(DEFAULT)} gives it.
   *
   * @since 1.1.0
   */
  public static PolicyProfile nhsDefaults() {
    return ALL.get(0);
  }

  /** The names of every profile, comma separated, for a message naming the valid ones. */
  public static String names() {
    return ALL.stream().map(PolicyProfile::name).collect(Collectors.joining(", "));
  }

  private static PolicyProfile national() {
    return profile(DEFAULT, "National defaults: NQB 2022 levels, 004 §4.4's risk rule",
        "NQB 2022", ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults(), Map.of());
  }

  /** 004: Somerset's rules are the national defaults; it is their source for two settings. */
  private static PolicyProfile somerset() {
    return profile("somerset-qaif-2025",
        "NHS Somerset ICB Quality Assurance and Improvement Framework 2025-2027", "004",
        ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults(), Map.of(
            "riskReview.extremeMonths",
            "004 §4.4: 15 or above reviewed by the risk owner at least monthly",
            "findings.triageDays",
            "004 §4.3: new intelligence discussed weekly at the Insights Meeting"));
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
        "003", scoring, EscalationPolicy.nhsDefaults(), Map.of(
            "recommendation.enhancedTriggers",
            "003 §5.2.1: \"usually a combination rather than any single one\"",
            "recommendation.enhancedAlone",
            "003 Appendix 1: \"or there has been a trigger i.e. safeguarding concern,"
                + " incident, CQC inspection outcome\"",
            "escalation.sustainedAssurancePeriod",
            "003 Appendix 1: three months on enhanced to ensure assurance is sustained"));
  }

  /** 000: every risk's mitigations "detailed and updated at least monthly" (000 §6.5). */
  private static PolicyProfile dorset() {
    ScoringPolicy scoring = ScoringPolicy.builder().riskReview(RiskReviewPolicy.monthly())
        .findings(FindingPolicy.builder().contractMeetingMonths(3).build()).build();
    String monthly = "000 §6.5: mitigations \"detailed and updated at least monthly\"";
    return profile("dorset-qf-2018", "NHS Dorset Quality Framework 2018-2020", "000", scoring,
        EscalationPolicy.nhsDefaults(), Map.of("riskReview.extremeMonths", monthly,
            "riskReview.highMonths", monthly, "riskReview.moderateMonths", monthly,
            "riskReview.lowMonths", monthly, "findings.contractMeetingMonths",
            "000 §8.7: contractual quality review meetings \"on a quarterly basis\""));
  }

  /** 001: each situation of 001 §7.2 may call a risk summit on its own, once corroborated. */
  private static PolicyProfile cannockChase() {
    ScoringPolicy scoring = ScoringPolicy.builder()
        .recommendation(RecommendationPolicy.builder().urgentSummitTriggers(1).build())
        .findings(FindingPolicy.builder()
            .putVisitProgrammeMonth(ProviderKind.GP_PRACTICE, 12).build())
        .build();
    return profile("cannock-chase-qs-2012", "Cannock Chase CCG Quality Strategy 2012", "001",
        scoring, EscalationPolicy.nhsDefaults(), MainView.LEVEL_OF_ASSURANCE, Map.of(
            "mainView", "001 §7.0-7.1: the quality monitoring and assurance framework's three"
                + " levels of assurance",
            "recommendation.urgentSummitTriggers",
            "001 §7.2: each listed situation may call a risk summit (still only on"
                + " corroborated evidence)",
            "triggers.whistleblowing",
            "001 §7.2: \"credible and material whistle blower feedback\"",
            "findings.visitProgrammeMonths", "001 §6.2: \"annual visits to each GP practice\""));
  }

  /** 002: triangulation across independent sources is its own rule (002 footnote 14). */
  private static PolicyProfile lewisham() {
    return profile("lewisham-qaf",
        "NHS Lewisham CCG Quality Improvement Strategy 2015/16 and Quality Assurance Framework",
        "002", ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults(), Map.of(
            "recommendation.corroboratingSources",
            "002 footnote 14: \"using information from a number of different sources to"
                + " cross-check the facts\""));
  }

  /**
   * Every setting's value, read from the policies themselves so that what a profile shows is what
   * it runs, in docs/profiles.md's order.
   */
  private static Map<String, String> values(ScoringPolicy scoring, EscalationPolicy escalation,
      MainView view) {
    RecommendationPolicy r = scoring.recommendation();
    RiskReviewPolicy review = scoring.riskReview();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("mainView", view.name());
    values.put("riskReview.extremeMonths", Integer.toString(RiskReviewPolicy.EXTREME_MONTHS));
    values.put("riskReview.highMonths", Integer.toString(review.highMonths()));
    values.put("riskReview.moderateMonths", Integer.toString(review.moderateMonths()));
    values.put("riskReview.lowMonths", Integer.toString(review.lowMonths()));
    FindingPolicy findings = scoring.findings();
    values.put("findings.triageDays", Integer.toString(findings.triageDays()));
    values.put("findings.enhancedVisitMonths", Integer.toString(findings.enhancedVisitMonths()));
    values.put("findings.visitProgrammeMonths", findings.visitProgrammeMonths().isEmpty() ? "none"
        : findings.visitProgrammeMonths().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    values.put("findings.learningResponseReviewDays",
        Integer.toString(findings.learningResponseReviewDays()));
    values.put("findings.learningResponseResubmissionDays",
        Integer.toString(findings.learningResponseResubmissionDays()));
    values.put("findings.actionPlanSignOffDays",
        Integer.toString(findings.actionPlanSignOffDays()));
    values.put("findings.contractMeetingMonths",
        Integer.toString(findings.contractMeetingMonths()));
    values.put("triggers.whistleblowing", "fires when triaged credible");
    values.put("triggers.adverseMedia", "concern tone only");
    values.put("recommendation.enhancedTriggers",
        r.enhancedTriggers() + " triggers on at least 2 items");
    values.put("recommendation.enhancedAlone", codes(r.enhancedAlone()));
    values.put("recommendation.corroboratingSources",
        r.corroboratingSources() + ", one of them hard");
    values.put("recommendation.corroboratedAlone", codes(r.corroboratedAlone()));
    values.put("recommendation.urgentSummitTriggers", Integer.toString(r.urgentSummitTriggers()));
    values.put("recommendation.intensiveTriggers", Integer.toString(r.intensiveTriggers()));
    values.put("escalation.sustainedAssurancePeriod",
        escalation.sustainedAssurancePeriod().toString());
    return values;
  }

  /** Where each national value comes from (docs/calibration.md says why). */
  private static Map<String, String> nationalSources() {
    String localReview = "a local choice: a common NHS trust risk management policy";
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("mainView", "NQB 2022: routine, enhanced and intensive surveillance");
    sources.put("riskReview.extremeMonths", "004 §4.4");
    sources.put("riskReview.highMonths", localReview);
    sources.put("riskReview.moderateMonths", localReview);
    sources.put("riskReview.lowMonths", localReview);
    sources.put("findings.triageDays", "004 §4.3");
    sources.put("findings.enhancedVisitMonths",
        "003 §5.2.3 c: visits stepped up; the interval is a local choice");
    sources.put("findings.visitProgrammeMonths",
        "003 §5.1.1: a frequency agreed between commissioner and provider");
    sources.put("findings.learningResponseReviewDays", "002 QAF ¶40; the days are a local choice");
    sources.put("findings.learningResponseResubmissionDays",
        "002 QAF ¶40; the days are a local choice");
    sources.put("findings.actionPlanSignOffDays", "002 QAF ¶41; the days are a local choice");
    sources.put("findings.contractMeetingMonths", "000 §8.7; 003 §5.1.2");
    sources.put("triggers.whistleblowing", "001 §7.2");
    sources.put("triggers.adverseMedia", "003 §5.2.1; 001 §7.2");
    sources.put("recommendation.enhancedTriggers", "003 §5.2.1");
    sources.put("recommendation.enhancedAlone", "003 Appendix 1; 003 §5.2.1");
    sources.put("recommendation.corroboratingSources", "002 footnote 14");
    sources.put("recommendation.corroboratedAlone", "003 §5.2.1; 001 §7.2");
    sources.put("recommendation.urgentSummitTriggers", "001 §7.2; the count is a local choice");
    sources.put("recommendation.intensiveTriggers",
        "004 §4.4 (last resort); the count is a local choice");
    sources.put("escalation.sustainedAssurancePeriod", "003 Appendix 1");
    return sources;
  }

  /**
   * A profile whose settings are read from its policies, each with {@code own}'s source where the
   * framework gives one and otherwise inherited from {@code nhs-defaults}. A profile that changes a
   * setting without naming the framework section it comes from is a programming error, refused
   * when the class loads.
   */
  private static PolicyProfile profile(String name, String title, String source,
      ScoringPolicy scoring, EscalationPolicy escalation, Map<String, String> own) {
    return profile(name, title, source, scoring, escalation, MainView.LEVEL_OF_SURVEILLANCE, own);
  }

  private static PolicyProfile profile(String name, String title, String source,
      ScoringPolicy scoring, EscalationPolicy escalation, MainView view,
      Map<String, String> own) {
    Map<String, String> values = values(scoring, escalation, view);
    Map<String, String> national = values(ScoringPolicy.nhsDefaults(),
        EscalationPolicy.nhsDefaults(), MainView.LEVEL_OF_SURVEILLANCE);
    Preconditions.checkState(values.keySet().containsAll(own.keySet()),
        "profile %s gives sources for unknown settings %s", name, own.keySet());
    List<Setting> settings = new ArrayList<>();
    values.forEach((setting, value) -> {
      String nationalSource = NATIONAL_SOURCES.get(setting);
      if (own.containsKey(setting)) {
        settings.add(new Setting(setting, value, own.get(setting)));
      } else if (name.equals(DEFAULT)) {
        settings.add(new Setting(setting, value, nationalSource));
      } else {
        Preconditions.checkState(value.equals(national.get(setting)),
            "profile %s changes %s to %s without naming its source", name, setting, value);
        settings.add(new Setting(setting, value, INHERITS + nationalSource));
      }
    });
    return PolicyProfile.builder().name(name).title(title).source(source).scoring(scoring)
        .escalation(escalation).mainView(view).settings(settings).build();
  }

  private static String codes(ImmutableSet<TriggerCode> codes) {
    return codes.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }
}
