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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;

/**
 * The intelligence of the demo system (000 §6.9; 002 §3.1): the items that tell its stories, every
 * source type among them, and a background of routine complaints, incidents, visits and reports at
 * rates that fit each kind of provider. All invented.
 *
 * <p>Each item has its tone (praise and factual updates are not concerns) and, as a quality team
 * triages new intelligence at its weekly insights meeting (004 §4.3), its triage on the first
 * Wednesday after it was received, if that is by the data set's date: praise and updates need no
 * further action, routine concerns are monitored, the stories' concerns acted on, the acute
 * trust's Freedom to Speak Up concern escalated as credible (001 §7.2 "credible and material").
 * One item is left untriaged three weeks on, so that the demo shows INTELLIGENCE_NOT_TRIAGED; the
 * hospice's anonymous message arrived too recently to have been triaged.
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
  /** Story items left untriaged on purpose, by id. */
  private final Set<String> untriaged = new HashSet<>();
  /** Story items triaged to another outcome than ACT, by id. */
  private final Map<String, TriageOutcome> outcomes = new HashMap<>();
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
      IntelligenceItem item = sorted.get(i);
      numbered.add(IntelligenceItem.builder().from(item)
          .id(IntelligenceId.of(String.format("I-%04d", i + 1))).triage(triage(item)).build());
    }
    return numbered.build();
  }

  /**
   * The triage of {@code item} at the first weekly insights meeting after it was received (004
   * §4.3), if that is on or before the data set's date and the item is not left untriaged.
   */
  private Optional<Triage> triage(IntelligenceItem item) {
    LocalDate meeting = item.received().with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    if (meeting.isAfter(DemoDataSet.AS_OF) || untriaged.contains(item.id().value())) {
      return Optional.empty();
    }
    TriageOutcome outcome = item.tone() != Tone.CONCERN ? TriageOutcome.NO_FURTHER_ACTION
        : item.id().value().startsWith("routine-") ? TriageOutcome.MONITOR
        : outcomes.getOrDefault(item.id().value(), TriageOutcome.ACT);
    return Optional.of(Triage.of(meeting, outcome, true));
  }

  /** A concern of a story; returns its id. */
  private String story(Provider p, String date, IntelligenceSource source, Nature nature,
      QualityDomain domain, String summary, String reportedBy, boolean sensitive) {
    return story(p, date, source, nature, domain, Tone.CONCERN, summary, reportedBy, sensitive);
  }

  /** An item of a story, of any tone; returns its id. */
  private String story(Provider p, String date, IntelligenceSource source, Nature nature,
      QualityDomain domain, Tone tone, String summary, String reportedBy, boolean sensitive) {
    String id = String.format("story-%03d", ++storyCount);
    items.add(IntelligenceItem.builder()
        .id(IntelligenceId.of(id))
        .provider(p.code()).received(LocalDate.parse(date)).source(source).nature(nature)
        .domain(domain).tone(tone).summary(summary).reportedBy(Optional.ofNullable(reportedBy))
        .sensitive(sensitive).build());
    return id;
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
    outcomes.put(story(acute, "2024-12-19", WHISTLEBLOWING, SOFT, SAFE, "Freedom to Speak Up "
        + "concern: nurses on the acute medical unit report nights with one registered nurse to "
        + "14 patients", "Freedom to Speak Up Guardian", true), TriageOutcome.ESCALATE);
    story(acute, "2025-01-08", PROVIDER_REPORT, HARD, SAFE, "Board papers: SHMI reported as "
        + "higher than expected for the first time; mortality review under way", null, false);
    story(acute, "2025-02-20", CORONER_PFD, HARD, SAFE, "Regulation 28 report: delayed "
        + "recognition of a deteriorating patient on a medical ward; response due within 56 days",
        "HM Coroner", false);
    story(acute, "2025-03-05", MEDIA, SOFT, EXPERIENCE, "Local newspaper reports patients "
        + "waiting on trolleys in emergency department corridors", null, false);
    story(acute, "2025-03-26", STAFF_SURVEY, HARD, WELL_LED, "NHS Staff Survey: scores for "
        + "feeling safe to raise concerns fall on the medical wards", null, false);
    // The unannounced quality visit of 15 April is a visit record (DemoWorkflows), its finding
    // first-hand evidence: not an intelligence item too, which would count it twice.
    story(acute, "2025-05-22", CQC_INSPECTION, HARD, SAFE, "CQC focused inspection of medical "
        + "care: Safe rated Requires improvement", null, false);
    // Not triaged three weeks on: INTELLIGENCE_NOT_TRIAGED (004 §4.3, weekly).
    untriaged.add(story(acute, "2025-06-10", GP_REPORT, SOFT, EFFECTIVE, "GP intelligence "
        + "reports: discharge summaries missing changes to medicines", "Primary care quality lead",
        false));

    Provider mh = cast.mentalHealth;
    story(mh, "2023-06-14", SERIOUS_INCIDENT, HARD, SAFE, "Serious incident: a patient placed "
        + "out of area for 40 days without the family being told", null, false);
    story(mh, "2023-08-02", HEALTHWATCH, SOFT, EXPERIENCE, "Healthwatch report: families "
        + "describe travelling over 100 miles to visit relatives placed out of area", null, false);
    story(mh, "2023-08-22", CQC_INSPECTION, HARD, SAFE, "CQC inspection of acute wards for adults "
        + "of working age: Requires improvement; restrictive practice concerns", null, false);
    story(mh, "2024-03-12", QUALITY_VISIT, SOFT, SAFE, Tone.POSITIVE, "Quality visit: the "
        + "reducing restrictive practice programme is embedded on two wards", "ICB quality team",
        false);
    story(mh, "2024-07-09", PROVIDER_REPORT, HARD, EFFECTIVE, Tone.POSITIVE, "Board papers: "
        + "out-of-area placements at their lowest for three years", null, false);

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
    story(home, "2025-01-16", HEALTHWATCH, SOFT, EXPERIENCE, Tone.POSITIVE, "Relatives tell "
        + "Healthwatch that communication has improved under the interim manager", null, false);
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

    // The judgement a quality team can trust: on enhanced surveillance, with nothing but praise
    // in the local paper and one anonymous, not yet triaged message about a rota, the advice
    // stays calm (003 §5.2.1: triggers are "usually a combination rather than any single one").
    Provider hospice = cast.hospice;
    story(hospice, "2025-06-02", MEDIA, SOFT, EXPERIENCE, Tone.POSITIVE, "Local newspaper "
        + "praises the hospice's new inpatient unit", null, false);
    story(hospice, "2025-06-26", WHISTLEBLOWING, SOFT, SAFE, "Anonymous message: the night rota "
        + "on the inpatient unit is often one nurse short", null, true);

    Provider assured = cast.assuredHome;
    story(assured, "2025-01-27", SAFEGUARDING, HARD, SAFE, "Safeguarding concern: medicines "
        + "given hours late to three residents on one night", "Local authority safeguarding team",
        false);
    story(assured, "2025-05-07", QUALITY_VISIT, SOFT, SAFE, Tone.POSITIVE, "Unannounced ICB "
        + "quality visit: medicines rounds on time, audit clean for three months",
        "ICB quality team", false);
  }

  /**
   * The tone of a routine item, from what it says: praise and good findings are POSITIVE, a report
   * received or a concern closed with no further action NEUTRAL, the rest concerns.
   */
  private static Tone tone(String summary) {
    String s = summary.toLowerCase(Locale.ROOT);
    if (s.contains("positive") || s.contains("praising") || s.contains("good practice")
        || s.contains("no concerns") || s.contains("rated good")) {
      return Tone.POSITIVE;
    }
    return s.contains("received") || s.contains("no further action") ? Tone.NEUTRAL
        : Tone.CONCERN;
  }

  private void routine() {
    for (Provider provider : cast.all()) {
      Map<IntelligenceSource, Double> rates = RATES.get(provider.kind());
      if (rates == null || provider.equals(cast.hospice)) {
        // The hospice's story is that it has nothing else (see stories()).
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
            // Drawn in this order (date, then summary), as the data set has always drawn them.
            LocalDate received = start.plusDays(random.nextInt(start.lengthOfMonth()));
            String summary = routine.summaries().get(random.nextInt(routine.summaries().size()));
            items.add(IntelligenceItem.builder()
                .id(IntelligenceId.of("routine-" + items.size()))
                .provider(provider.code())
                .received(received)
                .source(source).nature(routine.nature()).domain(routine.domain())
                .summary(summary).tone(tone(summary))
                .build());
          }
        }
      }
    }
  }
}
