package org.qsurv.app.demo;

import static org.qsurv.model.regulation.KeyQuestion.CARING;
import static org.qsurv.model.regulation.KeyQuestion.EFFECTIVE;
import static org.qsurv.model.regulation.KeyQuestion.RESPONSIVE;
import static org.qsurv.model.regulation.KeyQuestion.SAFE;
import static org.qsurv.model.regulation.KeyQuestion.WELL_LED;
import static org.qsurv.model.regulation.Rating.GOOD;
import static org.qsurv.model.regulation.Rating.INADEQUATE;
import static org.qsurv.model.regulation.Rating.OUTSTANDING;
import static org.qsurv.model.regulation.Rating.REQUIRES_IMPROVEMENT;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;

/**
 * The surveillance workflows of the demo system (SNAPSHOT.md "Workflows"), a story per source
 * framework, each as of {@link DemoDataSet#AS_OF}:
 * <ul>
 *   <li>000 §8.7: the community and mental health trust's quarterly clinical quality review
 *       meetings, the June one not held, so it is CONTRACT_MEETING_NOT_HELD and a CQRM is
 *       CONTRACT_MEETING_DUE;</li>
 *   <li>001 §7.1: the ambulance trust on intensive surveillance, its Level 2 quality review visit
 *       done in March and the unannounced visit planned for June not done, so VISIT_OVERDUE for
 *       the visit and for the trust;</li>
 *   <li>002 QAF ¶40-41: the acute trust's serious incidents at the SI review panel: a never event
 *       reviewed, accepted and signed off; a never event whose root cause analysis the panel sent
 *       back for more information and that has not come back (LEARNING_RESPONSE_NOT_RESUBMITTED,
 *       hazard H40); a PSIRF learning response now overdue
 *       (LEARNING_RESPONSE_OVERDUE). The never events' intelligence items name their incidents,
 *       so each event counts once;</li>
 *   <li>003 Appendix 1 and §5.2.3 c: the care home rated INADEQUATE (CQC_RATING_CONCERN), then on
 *       enhanced surveillance with its visits stepped up, so no visit is overdue;</li>
 *   <li>004 §5.1: the CQC rating of every provider is known, and one care home's has fallen from
 *       GOOD to REQUIRES_IMPROVEMENT (CQC_RATING_CONCERN).</li>
 * </ul>
 * The other providers' ratings are drawn from the seed (mostly GOOD, never INADEQUATE and never
 * fallen, so they fire nothing). The hospice, on enhanced surveillance with no visit recorded, is
 * VISIT_OVERDUE too (003 §5.2.3 c). All invented.
 */
final class DemoWorkflows {
  private final long seed;
  private final Cast cast;

  DemoWorkflows(long seed, Cast cast) {
    this.seed = seed;
    this.cast = cast;
  }

  /** Every provider's CQC rating history (004 §5.1), the stories' as told. */
  ImmutableList<RegulatorRating> ratings() {
    List<RegulatorRating> ratings = new ArrayList<>();
    Provider acute = cast.acute;
    ratings.add(rating(acute, "2023-02-15", REQUIRES_IMPROVEMENT, Map.of(SAFE,
        REQUIRES_IMPROVEMENT, EFFECTIVE, GOOD, CARING, GOOD, RESPONSIVE, REQUIRES_IMPROVEMENT,
        WELL_LED, REQUIRES_IMPROVEMENT)));
    // The trust that stepped down: rated better after its improvement plan was delivered.
    ratings.add(rating(cast.mentalHealth, "2023-10-04", REQUIRES_IMPROVEMENT, Map.of(SAFE,
        REQUIRES_IMPROVEMENT)));
    ratings.add(rating(cast.mentalHealth, "2024-12-11", GOOD, Map.of(SAFE, GOOD)));
    ratings.add(rating(cast.ambulance, "2024-04-17", REQUIRES_IMPROVEMENT, Map.of(SAFE,
        REQUIRES_IMPROVEMENT, RESPONSIVE, REQUIRES_IMPROVEMENT)));
    ratings.add(rating(cast.hospice, "2022-06-08", OUTSTANDING, Map.of()));
    // 003 Appendix 1: the inspection outcome that is a trigger on its own.
    ratings.add(rating(cast.troubledHome, "2022-03-09", GOOD, Map.of()));
    ratings.add(rating(cast.troubledHome, "2024-11-26", INADEQUATE, Map.of(SAFE, INADEQUATE,
        EFFECTIVE, REQUIRES_IMPROVEMENT, CARING, GOOD, RESPONSIVE, REQUIRES_IMPROVEMENT,
        WELL_LED, INADEQUATE)));
    // 004 §5.1: a fall since the rating before is a concern, even short of INADEQUATE.
    ratings.add(rating(cast.fallenHome, "2022-09-14", GOOD, Map.of()));
    ratings.add(rating(cast.fallenHome, "2025-05-28", REQUIRES_IMPROVEMENT, Map.of(SAFE,
        REQUIRES_IMPROVEMENT, WELL_LED, REQUIRES_IMPROVEMENT)));
    List<Provider> told = List.of(acute, cast.mentalHealth, cast.ambulance, cast.hospice,
        cast.troubledHome, cast.fallenHome);
    for (Provider p : cast.all()) {
      if (!told.contains(p)) {
        SplittableRandom random = new SplittableRandom(DemoSeries.mix(seed, p.code().value(),
            "rating"));
        LocalDate published = LocalDate.of(2021, 1, 4).plusDays(random.nextInt(4 * 365));
        int draw = random.nextInt(100);
        ratings.add(rating(p, published.toString(),
            draw < 6 ? OUTSTANDING : draw < 82 ? GOOD : REQUIRES_IMPROVEMENT, Map.of()));
      }
    }
    return ImmutableList.copyOf(ratings);
  }

  private static RegulatorRating rating(Provider p, String published, Rating overall,
      Map<KeyQuestion, Rating> keyQuestions) {
    return new RegulatorRating(RatingId.of("CQC-" + p.code().value() + "-" + published),
        p.code(), Regulator.CQC, LocalDate.parse(published), overall, keyQuestions);
  }

  /**
   * The quality visits of the ambulance trust (001 §7.1), of the inadequate care home (003 §5.2.3
   * c) and the acute trust's unannounced visit.
   */
  ImmutableList<QualityVisit> visits() {
    Provider ambulance = cast.ambulance;
    Provider home = cast.troubledHome;
    return ImmutableList.of(
        visit(cast.acute, "V-1", "2025-04-15", VisitKind.UNANNOUNCED, VisitStatus.DONE,
            finding(QualityDomain.SAFE, Tone.CONCERN, "Medical wards: observations not "
                + "escalated in two of eight records reviewed")),
        visit(ambulance, "V-1", "2025-03-04", VisitKind.ANNOUNCED, VisitStatus.DONE,
            finding(QualityDomain.SAFE, Tone.CONCERN, "Calls waiting over an hour are not "
                + "welfare-checked in the emergency operations centre"),
            finding(QualityDomain.WELL_LED, Tone.NEUTRAL, "The trust's surge plan is agreed but "
                + "not yet rehearsed")),
        // 001 §7.1: unannounced, because intelligence identified a patient safety risk (the
        // coroner's report and the HSE notice); planned for June and not done.
        visit(ambulance, "V-2", "2025-06-11", VisitKind.UNANNOUNCED, VisitStatus.PLANNED),
        // 003 §5.2.3 c: visits stepped up once the home was on enhanced surveillance.
        visit(home, "V-1", "2024-12-17", VisitKind.UNANNOUNCED, VisitStatus.DONE,
            finding(QualityDomain.SAFE, Tone.CONCERN, "Two staff on nights for 38 residents")),
        visit(home, "V-2", "2025-02-12", VisitKind.UNANNOUNCED, VisitStatus.DONE,
            finding(QualityDomain.SAFE, Tone.CONCERN, "Night falls checks not recorded on two "
                + "of five nights"),
            finding(QualityDomain.EXPERIENCE, Tone.POSITIVE, "Relatives welcomed at any time and "
                + "kept informed")),
        visit(home, "V-3", "2025-04-09", VisitKind.ANNOUNCED, VisitStatus.DONE,
            finding(QualityDomain.SAFE, Tone.NEUTRAL, "Three staff on nights, as agreed")),
        visit(home, "V-4", "2025-06-04", VisitKind.UNANNOUNCED, VisitStatus.DONE,
            finding(QualityDomain.SAFE, Tone.POSITIVE, "Falls checks recorded every two hours "
                + "for a month")),
        visit(home, "V-5", "2025-08-06", VisitKind.UNANNOUNCED, VisitStatus.PLANNED));
  }

  private static QualityVisit visit(Provider p, String id, String date, VisitKind kind,
      VisitStatus status, VisitFinding... findings) {
    return new QualityVisit(VisitId.of(p.code().value() + "-" + id), p.code(),
        LocalDate.parse(date), kind, status, List.of(findings));
  }

  private static VisitFinding finding(QualityDomain domain, Tone tone, String summary) {
    return new VisitFinding(domain, tone, summary);
  }

  /** The acute trust's serious incidents at the SI review panel (002 QAF ¶40-41; PSIRF). */
  ImmutableList<SeriousIncident> incidents() {
    Provider acute = cast.acute;
    return ImmutableList.of(
        incident(acute, "SI-1", "2024-10-07", IncidentFramework.SI_2015, true, "2024-12-16",
            Optional.of("2024-12-13"), Optional.of(review("2025-01-15", ReviewOutcome.ACCEPTED)),
            Optional.of("2025-03-19")),
        incident(acute, "SI-2", "2024-12-12", IncidentFramework.SI_2015, true, "2025-03-10",
            Optional.of("2025-03-07"),
            Optional.of(review("2025-04-09", ReviewOutcome.MORE_INFORMATION)), Optional.empty()),
        incident(acute, "SI-3", "2025-04-22", IncidentFramework.PSIRF, false, "2025-06-17",
            Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private static SeriousIncident incident(Provider p, String id, String reported,
      IncidentFramework framework, boolean neverEvent, String due, Optional<String> received,
      Optional<ResponseReview> review, Optional<String> signedOff) {
    return new SeriousIncident(IncidentId.of(p.code().value() + "-" + id), p.code(),
        LocalDate.parse(reported), framework, neverEvent, LocalDate.parse(due),
        received.map(LocalDate::parse), review, signedOff.map(LocalDate::parse));
  }

  private static ResponseReview review(String on, ReviewOutcome outcome) {
    return new ResponseReview(LocalDate.parse(on), outcome);
  }

  /**
   * {@code items} with each never event or serious incident item naming the incident it is about:
   * the incident of its provider reported the day it was received. The event then counts once, as
   * the incident (SNAPSHOT.md).
   */
  ImmutableList<IntelligenceItem> linked(List<IntelligenceItem> items) {
    List<SeriousIncident> incidents = incidents();
    return items.stream().map(i -> {
      if (i.source() != IntelligenceSource.NEVER_EVENT
          && i.source() != IntelligenceSource.SERIOUS_INCIDENT) {
        return i;
      }
      return incidents.stream().filter(s -> s.provider().equals(i.provider())
              && s.reported().equals(i.received())).findFirst()
          .map(s -> IntelligenceItem.builder().from(i).incident(s.id()).build())
          .orElse(i);
    }).collect(ImmutableList.toImmutableList());
  }

  /**
   * The community and mental health trust's quarterly clinical quality review meetings (000
   * §8.7; 001 §6.4), the June one not held (003 §5.1.2: documented with its reason).
   */
  ImmutableList<ContractMeeting> meetings() {
    Provider mh = cast.mentalHealth;
    return ImmutableList.of(
        meeting(mh, "M-1", "2024-09-10", Optional.empty(), action(mh, "MA-1", "Share the "
            + "out-of-area placement audit", "Director of Nursing", "2024-10-31", "2024-10-28")),
        meeting(mh, "M-2", "2024-12-10", Optional.empty(), action(mh, "MA-2", "Report restrictive "
            + "practice figures by ward", "Medical Director", "2025-02-28", "2025-03-04")),
        meeting(mh, "M-3", "2025-03-11", Optional.empty(), action(mh, "MA-3", "Present the "
            + "crisis house evaluation", "Director of Operations", "2025-09-30", null)),
        meeting(mh, "M-4", "2025-06-10", Optional.of("The trust's director of nursing was on "
            + "leave and no deputy was named: rearranged for 8 July")));
  }

  private static ContractMeeting meeting(Provider p, String id, String date,
      Optional<String> reasonNotHeld, MeetingAction... actions) {
    return new ContractMeeting(ContractMeetingId.of(p.code().value() + "-" + id), p.code(),
        ContractMeetingKind.CQRM, LocalDate.parse(date), reasonNotHeld.isEmpty(), reasonNotHeld,
        List.of(actions));
  }

  private static MeetingAction action(Provider p, String id, String description, String owner,
      String due, String completed) {
    return new MeetingAction(ActionId.of(p.code().value() + "-" + id), description, owner,
        LocalDate.parse(due), Optional.ofNullable(completed).map(LocalDate::parse));
  }
}
