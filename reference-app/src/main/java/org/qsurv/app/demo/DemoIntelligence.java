package org.qsurv.app.demo;

import static org.qsurv.model.framework.QualityDomain.EFFECTIVE;
import static org.qsurv.model.framework.QualityDomain.EQUITABLE;
import static org.qsurv.model.framework.QualityDomain.EXPERIENCE;
import static org.qsurv.model.framework.QualityDomain.SAFE;
import static org.qsurv.model.framework.QualityDomain.WELL_LED;
import static org.qsurv.model.intelligence.IntelligenceSource.COMPLAINT;
import static org.qsurv.model.intelligence.IntelligenceSource.CORONER_PFD;
import static org.qsurv.model.intelligence.IntelligenceSource.CQC_ENFORCEMENT;
import static org.qsurv.model.intelligence.IntelligenceSource.CQC_INSPECTION;
import static org.qsurv.model.intelligence.IntelligenceSource.GP_REPORT;
import static org.qsurv.model.intelligence.IntelligenceSource.HEALTHWATCH;
import static org.qsurv.model.intelligence.IntelligenceSource.HSE;
import static org.qsurv.model.intelligence.IntelligenceSource.INCIDENT;
import static org.qsurv.model.intelligence.IntelligenceSource.MEDIA;
import static org.qsurv.model.intelligence.IntelligenceSource.NEVER_EVENT;
import static org.qsurv.model.intelligence.IntelligenceSource.OTHER;
import static org.qsurv.model.intelligence.IntelligenceSource.PALS;
import static org.qsurv.model.intelligence.IntelligenceSource.PATIENT_FEEDBACK;
import static org.qsurv.model.intelligence.IntelligenceSource.POLICE;
import static org.qsurv.model.intelligence.IntelligenceSource.PROFESSIONAL_REGULATOR;
import static org.qsurv.model.intelligence.IntelligenceSource.PROVIDER_REPORT;
import static org.qsurv.model.intelligence.IntelligenceSource.QUALITY_VISIT;
import static org.qsurv.model.intelligence.IntelligenceSource.SAFEGUARDING;
import static org.qsurv.model.intelligence.IntelligenceSource.SERIOUS_INCIDENT;
import static org.qsurv.model.intelligence.IntelligenceSource.STAFF_SURVEY;
import static org.qsurv.model.intelligence.IntelligenceSource.WHISTLEBLOWING;
import static org.qsurv.model.intelligence.Nature.HARD;
import static org.qsurv.model.intelligence.Nature.SOFT;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;

/**
 * The intelligence of the demo system (000 §6.9; 002 §3.1): the items that tell its stories, every
 * source type among them, and a background of routine complaints, incidents, visits and reports at
 * rates that fit each kind of provider. All invented.
 */
final class DemoIntelligence {
  /** A kind of routine item: its nature, domain and the summaries it may have. */
  private record Routine(Nature nature, QualityDomain domain, List<String> summaries) {}

  private static final Map<IntelligenceSource, Routine> ROUTINE = ImmutableMap.<IntelligenceSource,
      Routine>builder()
      .put(COMPLAINT, new Routine(SOFT, EXPERIENCE, List.of("Complaint about delays in being seen",
          "Complaint about communication with a family", "Complaint about discharge arrangements",
          "Complaint about the attitude of a member of staff",
          "Complaint about medication not given on time")))
      .put(PALS, new Routine(SOFT, EXPERIENCE, List.of("PALS enquiry about a cancelled appointment",
          "PALS contact about visiting arrangements", "PALS contact about a delayed letter")))
      .put(INCIDENT, new Routine(HARD, SAFE, List.of("Medication incident reported, no harm",
          "Fall with minor harm reported", "Delayed referral reported as an incident",
          "Equipment failure reported, no harm")))
      .put(PATIENT_FEEDBACK, new Routine(SOFT, EXPERIENCE, List.of(
          "Positive feedback about end-of-life care", "Online review praising reception staff",
          "Feedback about difficulty contacting the service by telephone")))
      .put(GP_REPORT, new Routine(SOFT, EFFECTIVE, List.of(
          "GP intelligence report: discharge letter arrived after the patient was seen",
          "GP intelligence report: test results not passed on")))
      .put(QUALITY_VISIT, new Routine(SOFT, SAFE, List.of("Routine quality visit: no concerns",
          "Announced quality visit: good practice in nutrition and hydration")))
      .put(PROVIDER_REPORT, new Routine(HARD, WELL_LED, List.of("Quality report received",
          "Quality account update received")))
      .put(CQC_INSPECTION, new Routine(HARD, WELL_LED, List.of(
          "CQC inspection report: rated Good overall")))
      .put(SAFEGUARDING, new Routine(HARD, SAFE, List.of(
          "Safeguarding concern raised and closed with no further action")))
      .put(HEALTHWATCH, new Routine(SOFT, EXPERIENCE, List.of(
          "Healthwatch Enter and View visit: positive findings")))
      .build();

  /** Routine items a month, by kind of provider and source. */
  private static final Map<ProviderKind, Map<IntelligenceSource, Double>> RATES = rates();

  private static Map<ProviderKind, Map<IntelligenceSource, Double>> rates() {
    Map<ProviderKind, Map<IntelligenceSource, Double>> rates = new EnumMap<>(ProviderKind.class);
    rates.put(ProviderKind.ACUTE, Map.of(COMPLAINT, 0.5, PALS, 0.3, INCIDENT, 0.4,
        PATIENT_FEEDBACK, 0.2, GP_REPORT, 0.3, PROVIDER_REPORT, 0.33, QUALITY_VISIT, 0.1));
    rates.put(ProviderKind.MENTAL_HEALTH, Map.of(COMPLAINT, 0.3, PALS, 0.2, INCIDENT, 0.3,
        GP_REPORT, 0.15, PROVIDER_REPORT, 0.33, QUALITY_VISIT, 0.1));
    rates.put(ProviderKind.AMBULANCE, Map.of(COMPLAINT, 0.25, INCIDENT, 0.3, PROVIDER_REPORT,
        0.33));
    rates.put(ProviderKind.HOSPICE, Map.of(PATIENT_FEEDBACK, 0.1, QUALITY_VISIT, 0.04,
        PROVIDER_REPORT, 0.33));
    rates.put(ProviderKind.GP_PRACTICE, Map.of(COMPLAINT, 0.02, PATIENT_FEEDBACK, 0.01,
        QUALITY_VISIT, 0.01, CQC_INSPECTION, 0.005));
    rates.put(ProviderKind.CARE_HOME, Map.of(SAFEGUARDING, 0.015, COMPLAINT, 0.01,
        QUALITY_VISIT, 0.012, CQC_INSPECTION, 0.006, HEALTHWATCH, 0.003));
    return rates;
  }

  private final long seed;
  private final Cast cast;
  private final List<IntelligenceItem> items = new ArrayList<>();
  private int storyCount;

  DemoIntelligence(long seed, Cast cast) {
    this.seed = seed;
    this.cast = cast;
  }

  ImmutableList<IntelligenceItem> generate() {
    stories();
    routine();
    // Ids in the order received, as an intelligence log numbers them.
    List<IntelligenceItem> sorted = new ArrayList<>(items);
    Map<Provider, Integer> order = new HashMap<>();
    cast.all().forEach(p -> order.put(p, order.size()));
    Map<String, Integer> providerOrder = new HashMap<>();
    order.forEach((p, i) -> providerOrder.put(p.code().value(), i));
    sorted.sort(Comparator.comparing(IntelligenceItem::received)
        .thenComparing(i -> providerOrder.get(i.provider().value()))
        .thenComparing(i -> i.id().value()));
    ImmutableList.Builder<IntelligenceItem> numbered = ImmutableList.builder();
    for (int i = 0; i < sorted.size(); i++) {
      numbered.add(org.qsurv.model.intelligence.IntelligenceItem.builder().from(sorted.get(i))
          .id(IntelligenceId.of(String.format("I-%04d", i + 1))).build());
    }
    return numbered.build();
  }

  private void story(Provider p, String date, IntelligenceSource source, Nature nature,
      QualityDomain domain, String summary, String reportedBy, boolean sensitive) {
    items.add(IntelligenceItem.builder()
        .id(IntelligenceId.of(String.format("story-%03d", ++storyCount)))
        .provider(p.code()).received(LocalDate.parse(date)).source(source).nature(nature)
        .domain(domain).summary(summary).reportedBy(Optional.ofNullable(reportedBy))
        .sensitive(sensitive).build());
  }

  private void stories() {
    Provider acute = cast.acute;
    story(acute, "2024-09-18", INCIDENT, HARD, SAFE, "Learning from deaths review flags three "
        + "unexpected deaths after emergency laparotomy in two months", "Medical examiner service",
        false);
    story(acute, "2024-10-07", NEVER_EVENT, HARD, SAFE, "Never event declared: wrong-site "
        + "procedure in day surgery", "Trust patient safety team", false);
    story(acute, "2024-12-12", NEVER_EVENT, HARD, SAFE, "Never event declared: retained swab "
        + "after an obstetric procedure", "Trust patient safety team", false);
    story(acute, "2024-12-19", WHISTLEBLOWING, SOFT, SAFE, "Freedom to Speak Up concern: nurses "
        + "on the acute medical unit report nights with one registered nurse to 14 patients",
        "Freedom to Speak Up Guardian", true);
    story(acute, "2025-01-08", PROVIDER_REPORT, HARD, SAFE, "Board papers: SHMI reported as "
        + "higher than expected for the first time; mortality review under way", null, false);
    story(acute, "2025-02-20", CORONER_PFD, HARD, SAFE, "Regulation 28 report: delayed "
        + "recognition of a deteriorating patient on a medical ward; response due within 56 days",
        "HM Coroner", false);
    story(acute, "2025-03-05", MEDIA, SOFT, EXPERIENCE, "Local newspaper reports patients "
        + "waiting on trolleys in emergency department corridors", null, false);
    story(acute, "2025-03-26", STAFF_SURVEY, HARD, WELL_LED, "NHS Staff Survey: scores for "
        + "feeling safe to raise concerns fall on the medical wards", null, false);
    story(acute, "2025-04-15", QUALITY_VISIT, SOFT, SAFE, "Unannounced ICB quality visit to "
        + "medical wards: observations not escalated in two of eight records reviewed",
        "ICB quality team", false);
    story(acute, "2025-05-22", CQC_INSPECTION, HARD, SAFE, "CQC focused inspection of medical "
        + "care: Safe rated Requires improvement", null, false);
    story(acute, "2025-06-10", GP_REPORT, SOFT, EFFECTIVE, "GP intelligence reports: discharge "
        + "summaries missing changes to medicines", "Primary care quality lead", false);

    Provider mh = cast.mentalHealth;
    story(mh, "2023-06-14", SERIOUS_INCIDENT, HARD, SAFE, "Serious incident: a patient placed "
        + "out of area for 40 days without the family being told", null, false);
    story(mh, "2023-08-02", HEALTHWATCH, SOFT, EXPERIENCE, "Healthwatch report: families "
        + "describe travelling over 100 miles to visit relatives placed out of area", null, false);
    story(mh, "2023-08-22", CQC_INSPECTION, HARD, SAFE, "CQC inspection of acute wards for adults "
        + "of working age: Requires improvement; restrictive practice concerns", null, false);
    story(mh, "2024-03-12", QUALITY_VISIT, SOFT, SAFE, "Quality visit: the reducing restrictive "
        + "practice programme is embedded on two wards", "ICB quality team", false);
    story(mh, "2024-07-09", PROVIDER_REPORT, HARD, EFFECTIVE, "Board papers: out-of-area "
        + "placements at their lowest for three years", null, false);

    Provider home = cast.troubledHome;
    story(home, "2024-09-05", SAFEGUARDING, HARD, SAFE, "Safeguarding concern: unexplained "
        + "bruising to a resident", "Local authority safeguarding team", false);
    story(home, "2024-10-03", SAFEGUARDING, HARD, SAFE, "Safeguarding concern: a resident found "
        + "on the floor at night, not checked for four hours", "Local authority safeguarding team",
        false);
    story(home, "2024-10-21", WHISTLEBLOWING, SOFT, SAFE, "A care worker reports night shifts "
        + "with two staff for 38 residents", null, true);
    story(home, "2024-10-28", POLICE, HARD, SAFE, "Police attended after an allegation of rough "
        + "handling by a member of staff", null, false);
    story(home, "2024-11-08", SAFEGUARDING, HARD, SAFE, "Section 42 safeguarding enquiry opened "
        + "by the local authority", "Local authority safeguarding team", false);
    story(home, "2024-11-14", CQC_INSPECTION, HARD, SAFE, "CQC inspection: rated Inadequate for "
        + "Safe and Well-led", null, false);
    story(home, "2024-11-29", CQC_ENFORCEMENT, HARD, WELL_LED, "CQC warning notice: staffing and "
        + "safe care and treatment", null, false);
    story(home, "2025-01-16", HEALTHWATCH, SOFT, EXPERIENCE, "Relatives tell Healthwatch that "
        + "communication has improved under the interim manager", null, false);
    story(home, "2025-03-04", PROFESSIONAL_REGULATOR, HARD, WELL_LED, "Referral to the NMC "
        + "about a registered nurse", null, false);

    Provider ambulance = cast.ambulance;
    story(ambulance, "2024-01-10", SERIOUS_INCIDENT, HARD, SAFE, "Harm review after a long "
        + "Category 2 wait during a handover surge", null, false);
    story(ambulance, "2024-12-30", MEDIA, SOFT, SAFE, "Regional television reports ambulances "
        + "queuing outside the emergency department", null, false);
    story(ambulance, "2025-01-22", HSE, HARD, SAFE, "HSE improvement notice: manual handling of "
        + "bariatric patients", null, false);
    story(ambulance, "2025-01-29", CORONER_PFD, HARD, SAFE, "Regulation 28 report: delayed "
        + "response to an older person who had fallen at home", "HM Coroner", false);

    Provider gp = cast.strugglingPractice;
    story(gp, "2024-11-12", COMPLAINT, SOFT, EXPERIENCE, "Several complaints about getting "
        + "through on the telephone at 8am", null, false);
    story(gp, "2025-01-20", HEALTHWATCH, SOFT, EXPERIENCE, "Healthwatch: patients report "
        + "waiting four weeks for a routine appointment", null, false);
    story(gp, "2025-02-11", PATIENT_FEEDBACK, SOFT, EXPERIENCE, "Online reviews fall sharply; "
        + "patients describe unanswered calls", null, false);
    story(gp, "2025-02-25", PALS, SOFT, EXPERIENCE, "PALS contacts about the practice up from "
        + "one a month to six", null, false);

    story(cast.practices.get(40), "2025-05-30", OTHER, SOFT, EQUITABLE, "Interpreting service "
        + "reports repeated failures to book interpreters for appointments", null, false);
  }

  private void routine() {
    for (Provider provider : cast.all()) {
      Map<IntelligenceSource, Double> rates = RATES.get(provider.kind());
      if (rates == null) {
        continue;
      }
      SplittableRandom random = new SplittableRandom(DemoSeries.mix(seed,
          provider.code().value(), "intelligence"));
      for (int month = 0; month < DemoSeries.MONTHS; month++) {
        LocalDate start = DemoSeries.month(month).start();
        for (IntelligenceSource source : IntelligenceSource.values()) {
          Double rate = rates.get(source);
          if (rate == null) {
            continue;
          }
          long count = DemoSeries.poisson(rate, random);
          for (int n = 0; n < count; n++) {
            Routine routine = ROUTINE.get(source);
            items.add(IntelligenceItem.builder()
                .id(IntelligenceId.of("routine-" + items.size()))
                .provider(provider.code())
                .received(start.plusDays(random.nextInt(start.lengthOfMonth())))
                .source(source).nature(routine.nature()).domain(routine.domain())
                .summary(routine.summaries().get(random.nextInt(routine.summaries().size())))
                .build());
          }
        }
      }
    }
  }
}
