package org.qsurv.app.demo;

import static org.qsurv.model.framework.QualityDomain.EFFECTIVE;
import static org.qsurv.model.framework.QualityDomain.EXPERIENCE;
import static org.qsurv.model.framework.QualityDomain.SAFE;
import static org.qsurv.model.framework.QualityDomain.SUSTAINABLE;
import static org.qsurv.model.framework.QualityDomain.WELL_LED;
import static org.qsurv.model.risk.ConsequenceDomain.FINANCE;
import static org.qsurv.model.risk.ConsequenceDomain.QUALITY_COMPLAINTS_AUDIT;
import static org.qsurv.model.risk.ConsequenceDomain.SAFETY;
import static org.qsurv.model.risk.ConsequenceDomain.SERVICE_INTERRUPTION;
import static org.qsurv.model.risk.ConsequenceDomain.STAFFING;
import static org.qsurv.model.risk.ConsequenceDomain.STATUTORY_DUTY;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.ConsequenceDomain;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;

/**
 * The risk register of the demo system (004 §4.4): the risks of its stories, some scoring 15
 * or more (reviewed monthly, 004 §4.4) and some with their review overdue, two system-wide risks,
 * and a background of smaller risks about practices, care homes and trusts. Each risk has its
 * controls, initial and target scores, and a history of reviews at the interval its band usually
 * has (monthly for 15 and above, quarterly for 8 to 12, six-monthly for 4 to 6, yearly below).
 */
final class DemoRisks {
  private record Template(ProviderKind kind, String title, QualityDomain domain,
      ConsequenceDomain consequence, String control) {}

  private static final List<Template> BACKGROUND = List.of(
      new Template(ProviderKind.GP_PRACTICE, "Practice nurse vacancy delaying long-term "
          + "condition reviews", EFFECTIVE, STAFFING, "Locum practice nurse sessions funded"),
      new Template(ProviderKind.GP_PRACTICE, "Monitoring of high-risk medicines overdue", SAFE,
          SAFETY, "Pharmacist-led audit and recall"),
      new Template(ProviderKind.GP_PRACTICE, "Premises too small for the registered list",
          EXPERIENCE, SERVICE_INTERRUPTION, "Estates bid submitted"),
      new Template(ProviderKind.GP_PRACTICE, "Reliance on locum GPs after a partner retired",
          WELL_LED, STAFFING, "Recruitment through the training hub"),
      new Template(ProviderKind.CARE_HOME, "Medicines administration errors", SAFE, SAFETY,
          "Medicines optimisation team support visits"),
      new Template(ProviderKind.CARE_HOME, "Registered manager post vacant", WELL_LED,
          STATUTORY_DUTY, "Interim manager from the provider group"),
      new Template(ProviderKind.CARE_HOME, "Falls among residents with dementia", SAFE, SAFETY,
          "Falls prevention training from the community team"),
      new Template(ProviderKind.CARE_HOME, "Infection prevention audit actions outstanding", SAFE,
          QUALITY_COMPLAINTS_AUDIT, "IPC nurse follow-up visit booked"),
      new Template(ProviderKind.CARE_HOME, "Induction of agency staff not recorded", SAFE,
          STAFFING, "Agency induction checklist agreed"),
      new Template(ProviderKind.ACUTE, "Maternity staffing below establishment", SAFE, STAFFING,
          "Daily staffing huddle and escalation policy"),
      new Template(ProviderKind.ACUTE, "Children in mental health crisis waiting in the "
          + "emergency department", SAFE, SAFETY, "Liaison psychiatry in-reach"),
      new Template(ProviderKind.ACUTE, "Discharge delays for patients with no criteria to reside",
          EFFECTIVE, SERVICE_INTERRUPTION, "System discharge cell"),
      new Template(ProviderKind.MENTAL_HEALTH, "Waits for autism and ADHD assessment",
          EXPERIENCE, QUALITY_COMPLAINTS_AUDIT, "Waiting list validation and triage"),
      new Template(ProviderKind.AMBULANCE, "Ageing vehicle fleet", SUSTAINABLE,
          SERVICE_INTERRUPTION, "Fleet replacement plan"));

  private static final List<String> OWNERS = List.of("Associate Director of Quality",
      "Head of Quality, Primary Care", "Care Home Quality Lead", "Deputy Chief Nurse",
      "Head of Patient Safety", "Head of Medicines Optimisation");

  private final long seed;
  private final Cast cast;
  private final LocalDate asOf;
  private final List<Risk> risks = new ArrayList<>();

  DemoRisks(long seed, Cast cast, LocalDate asOf) {
    this.seed = seed;
    this.cast = cast;
    this.asOf = asOf;
  }

  ImmutableList<Risk> generate() {
    stories();
    background();
    return ImmutableList.copyOf(risks);
  }

  private Risk.Builder risk(Optional<Provider> provider, String title, QualityDomain domain,
      ConsequenceDomain consequence, String owner, String... controls) {
    return Risk.builder().id(RiskId.of(String.format("R-%03d", risks.size() + 1)))
        .provider(provider.map(Provider::code)).title(title).domain(domain)
        .consequenceDomain(consequence).owner(owner).addControls(controls);
  }

  /** Adds a risk whose reviews move through {@code scores} (oldest first) to its current one. */
  private void add(Risk.Builder risk, RiskScore initial, RiskScore target, String lastReviewed,
      RiskScore... scores) {
    RiskScore current = scores[scores.length - 1];
    risk.likelihood(current.likelihood()).consequence(current.consequence()).initial(initial)
        .target(target);
    if (lastReviewed != null) {
      LocalDate last = LocalDate.parse(lastReviewed);
      risk.lastReviewed(last).reviews(reviews(last, scores, risk.build().owner()));
    }
    risks.add(risk.build());
  }

  private static List<RiskReview> reviews(LocalDate last, RiskScore[] scores, String owner) {
    List<RiskReview> reviews = new ArrayList<>();
    LocalDate date = last;
    for (int i = scores.length - 1; i >= 0; i--) {
      RiskScore score = scores[i];
      String note = i == 0 ? "Added to the register" : score.score() < scores[i - 1].score()
          ? "Controls taking effect: score reduced" : score.score() > scores[i - 1].score()
          ? "Risk increased: see the latest intelligence" : "Reviewed: no change";
      reviews.add(0, RiskReview.builder().reviewed(date).reviewedBy(owner).score(score)
          .note(note).build());
      date = date.minusMonths(interval(score.score()));
    }
    return reviews;
  }

  /**
   * The months between reviews a risk of this score usually has (the local-choice defaults of
   * docs/frameworks.md).
   */
  private static int interval(int score) {
    return score >= 15 ? 1 : score >= 8 ? 3 : score >= 4 ? 6 : 12;
  }

  private static RiskScore s(int likelihood, int consequence) {
    return RiskScore.of(likelihood, consequence);
  }

  private void stories() {
    Optional<Provider> acute = Optional.of(cast.acute);
    add(risk(acute, "Mortality above expected: SHMI rising since mid-2024", SAFE, SAFETY,
        "Chief Nursing Officer", "Mortality review of every death in the groups above expected",
        "Weekly deteriorating-patient huddles on the medical wards",
        "ICB attends the trust's mortality surveillance group"),
        s(3, 5), s(2, 5), "2025-06-17",
        s(3, 5), s(3, 5), s(4, 5), s(4, 5), s(4, 5), s(4, 5), s(4, 5), s(4, 5));
    add(risk(acute, "Registered nurse staffing on medical wards at night below safe levels", SAFE,
        STAFFING, "Deputy Chief Nurse", "Nightly staffing escalation to the site manager",
        "Agency nurses booked four weeks ahead"),
        s(3, 4), s(2, 4), "2025-04-22", s(3, 4), s(4, 4), s(4, 4), s(4, 4));
    add(risk(acute, "Emergency department crowding and corridor care", SAFE, SAFETY,
        "Director of Urgent and Emergency Care", "Full-capacity protocol",
        "Rapid assessment and treatment area opened"),
        s(4, 4), s(3, 4), "2025-06-24", s(4, 4), s(5, 4), s(5, 4), s(4, 4), s(4, 4));
    add(risk(acute, "Long waits for planned treatment", EXPERIENCE, QUALITY_COMPLAINTS_AUDIT,
        "Director of Elective Care", "Clinical harm reviews for patients waiting over a year"),
        s(4, 3), s(3, 3), "2025-05-02", s(4, 3), s(4, 3), s(4, 3));

    Optional<Provider> mh = Optional.of(cast.mentalHealth);
    add(risk(mh, "Out-of-area placements for adult acute mental health care", EFFECTIVE, SAFETY,
        "Associate Director of Quality", "Daily bed management call",
        "Crisis house alternative to admission", "Purchased local beds"),
        s(5, 4), s(2, 4), "2025-04-14",
        s(5, 4), s(5, 4), s(4, 4), s(3, 4), s(2, 4), s(2, 4), s(2, 4), s(2, 4));
    add(risk(mh, "Restrictive practice on acute mental health wards", SAFE, SAFETY,
        "Head of Patient Safety", "Reducing restrictive practice programme"),
        s(4, 4), s(2, 4), "2025-03-20", s(4, 4), s(3, 4), s(2, 4), s(2, 4));

    Optional<Provider> ambulance = Optional.of(cast.ambulance);
    add(risk(ambulance, "Category 2 response times and handover delays causing harm", SAFE,
        SAFETY, "Director of Urgent and Emergency Care", "Hospital handover 45-minute release",
        "Clinical validation of Category 2 calls", "Harm reviews of long waits"),
        s(4, 4), s(3, 4), "2025-06-25", s(4, 4), s(5, 4), s(5, 4), s(5, 4), s(5, 4));
    add(risk(ambulance, "Sickness absence in the emergency operations centre", WELL_LED,
        STAFFING, "Deputy Chief Nurse", "Wellbeing support and return-to-work reviews"),
        s(3, 3), s(2, 3), "2025-01-10", s(3, 3), s(3, 3));

    Optional<Provider> home = Optional.of(cast.troubledHome);
    add(risk(home, "Safeguarding and night staffing at " + cast.troubledHome.name(), SAFE,
        SAFETY, "Care Home Quality Lead", "Daily safeguarding huddle with the local authority",
        "ICB-funded clinical in-reach at night", "Admissions suspended by agreement"),
        s(4, 5), s(2, 5), "2025-05-06", s(3, 5), s(4, 5), s(5, 5), s(5, 5), s(4, 5), s(4, 5),
        s(4, 5));

    Optional<Provider> gp = Optional.of(cast.strugglingPractice);
    add(risk(gp, "Access to appointments at " + cast.strugglingPractice.name(), EXPERIENCE,
        QUALITY_COMPLAINTS_AUDIT, "Head of Quality, Primary Care",
        "Telephony upgrade and call-back", "Practice manager mentoring"),
        s(3, 3), s(2, 3), "2025-03-25", s(4, 3), s(3, 3));

    add(risk(Optional.empty(), "Urgent and emergency care capacity across the system in winter",
        SAFE, SERVICE_INTERRUPTION, "Chief Nursing Officer", "System winter plan",
        "Virtual ward capacity"),
        s(4, 4), s(3, 4), "2025-06-02", s(4, 4), s(5, 4), s(4, 4), s(4, 4));
    add(risk(Optional.empty(), "Care home market fragility: closures at short notice",
        SUSTAINABLE, SERVICE_INTERRUPTION, "Care Home Quality Lead",
        "Joint market position statement with the council"),
        s(3, 4), s(2, 4), null, s(3, 4));

    add(risk(Optional.of(cast.hospice), "Charitable income shortfall threatens inpatient beds",
        SUSTAINABLE, FINANCE, "Associate Director of Quality", "Contract variation agreed"),
        s(3, 3), s(2, 3), "2025-04-30", s(2, 3), s(3, 3));
    add(risk(Optional.of(cast.silentPractice), "Quality data not received from "
        + cast.silentPractice.name() + " since March 2025", WELL_LED, QUALITY_COMPLAINTS_AUDIT,
        "Head of Quality, Primary Care", "Contract query issued"),
        s(3, 2), s(1, 2), "2025-06-05", s(3, 2));
  }

  private void background() {
    SplittableRandom random = new SplittableRandom(DemoSeries.mix(seed, "risks"));
    for (int n = 0; n < 30; n++) {
      Template t = BACKGROUND.get(random.nextInt(BACKGROUND.size()));
      Provider provider = providerOf(t.kind(), random);
      int likelihood = 1 + random.nextInt(4);
      int consequence = 2 + random.nextInt(4);
      if (n % 10 == 3) {
        likelihood = 4;
        consequence = 4;
      }
      RiskScore current = s(likelihood, consequence);
      RiskScore initial = s(Math.min(5, likelihood + 1), consequence);
      RiskScore target = s(Math.max(1, likelihood - 2), consequence);
      int months = interval(current.score());
      // Most are reviewed on time; one in five is overdue; one was never reviewed.
      LocalDate due = asOf.plusDays(1 + random.nextInt(months * 28));
      if (n % 5 == 1) {
        due = asOf.minusDays(1 + random.nextInt(60));
      }
      String last = n == 17 ? null : due.minusMonths(months).toString();
      int history = 1 + random.nextInt(4);
      RiskScore[] scores = new RiskScore[history];
      for (int i = 0; i < history; i++) {
        scores[i] = i == history - 1 ? current : initial;
      }
      add(risk(Optional.of(provider), t.title(), t.domain(), t.consequence(),
          OWNERS.get(random.nextInt(OWNERS.size())), t.control()), initial, target, last,
          last == null ? new RiskScore[] {current} : scores);
    }
  }

  private Provider providerOf(ProviderKind kind, SplittableRandom random) {
    switch (kind) {
      case GP_PRACTICE:
        return cast.practices.get(random.nextInt(cast.practices.size()));
      case CARE_HOME:
        return cast.careHomes.get(random.nextInt(cast.careHomes.size()));
      case ACUTE:
        return cast.acute;
      case MENTAL_HEALTH:
        return cast.mentalHealth;
      default:
        return cast.ambulance;
    }
  }
}
