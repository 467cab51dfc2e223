package org.qsurv.scoring.assurance;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qsurv.model.Checks;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * Works out a provider's level of assurance (001 §7.0-7.1) from its evidence: indicator returns,
 * contract meetings, quality visits, the deep dives its directors authorised, and the triggers
 * that fired. {@code QualityScoring} calls it for every provider, so each provider's
 * {@code QualityAssessment} carries its level.
 *
 * <ul>
 *   <li>Level 3 while a deep dive authorised on or before the date is within {@code months}
 *       of it (a director's decision, 001 §7.1).
 *   <li>Level 2 while a clinical quality review meeting (CQRM or CQPG) was held, or a quality
 *       visit done, within {@code months} of the date.
 *   <li>Level 1 otherwise: the information of quality schedules and national data.
 * </ul>
 *
 * <p>What would move it: the triggers 001 §7.1 names for a deep dive that fired (raised
 * mortality, repeated failure to deliver improvement plans, persistent concerns in the data,
 * credible soft intelligence not accounted for), which a director may act on after a formal risk
 * assessment; an unannounced visit where intelligence identifies a patient safety risk, such as a
 * never event (001 §7.1); and the date a Level 2 or 3 assurance lapses. Pure: the caller passes
 * the evidence.
 *
 * <pre>{@code
 * LevelOfAssurance a = LevelsOfAssurance.of(evidence, 3);
 * a.level();    // LEVEL_2
 * a.toMove();   // ["HIGH_MORTALITY fired (shmi): a director may authorise a deep dive ..."]
 * }</pre>
 *
 * @since 1.0.0
 */
public final class LevelsOfAssurance {
  /**
   * The triggers 001 §7.1 lists for a Level 3 deep dive: raised mortality and concerning data,
   * credible soft intelligence, mitigations with little impact, repeated failure to deliver
   * improvement plans.
   */
  public static final ImmutableSet<TriggerCode> DEEP_DIVE_TRIGGERS = Sets.immutableEnumSet(
      TriggerCode.HIGH_MORTALITY, TriggerCode.PERSISTENT_INDICATOR_CONCERNS,
      TriggerCode.WHISTLEBLOWING, TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE,
      TriggerCode.HIGH_AND_INCREASING_RISKS);

  private static final Set<IntelligenceSource> UNANNOUNCED_VISIT_SOURCES = EnumSet.of(
      IntelligenceSource.NEVER_EVENT, IntelligenceSource.GP_REPORT,
      IntelligenceSource.PROFESSIONAL_REGULATOR, IntelligenceSource.COMPLAINT);

  private LevelsOfAssurance() {}

  /**
   * The level of assurance of the evidence's provider as of its date; meetings, visits and deep
   * dives count for {@code months} months (the scoring policy's {@code contractMeetingMonths}:
   * 3, a quarter, 000 §8.7).
   *
   * @throws IllegalArgumentException if {@code months} is not between 1 and 120
   */
  public static LevelOfAssurance of(AssuranceEvidence evidence, int months) {
    Checks.inRange("assurance months", months, 1, 120);
    OrganisationCode provider = evidence.provider();
    LocalDate asOf = evidence.asOf();
    LocalDate from = asOf.minusMonths(months);
    List<String> basis = new ArrayList<>();
    List<String> toMove = new ArrayList<>();

    Optional<DeepDive> deepDive = evidence.deepDives().stream()
        .filter(d -> d.provider().equals(provider) && !d.authorised().isAfter(asOf)
            && !d.authorised().isBefore(from))
        .reduce((a, b) -> b.authorised().isBefore(a.authorised()) ? a : b);
    deepDive.ifPresent(d -> basis.add("deep dive " + d.id() + " authorised on " + d.authorised()
        + " by " + d.by().name() + " after a risk assessment (\"" + d.riskAssessment() + "\"): "
        + d.rationale() + " (001 §7.1)"));

    Optional<LocalDate> lastLevel2 = Optional.empty();
    for (ContractMeeting m : evidence.meetings()) {
      if (m.provider().equals(provider) && m.held() && m.kind().withProvider()
          && !m.date().isAfter(asOf) && !m.date().isBefore(from)) {
        basis.add(m.kind() + " " + m.id() + " held on " + m.date());
        lastLevel2 = later(lastLevel2, m.date());
      }
    }
    for (QualityVisit v : evidence.visits()) {
      if (v.provider().equals(provider) && v.doneBy(asOf) && !v.date().isBefore(from)) {
        basis.add(v.kind() + " visit " + v.id() + " done on " + v.date());
        lastLevel2 = later(lastLevel2, v.date());
      }
    }
    if (evidence.indicators() > 0) {
      basis.add(evidence.indicators() + " indicator" + (evidence.indicators() == 1 ? "" : "s")
          + " reported through the quality schedule and national data");
    }

    AssuranceLevel level = deepDive.isPresent() ? AssuranceLevel.LEVEL_3
        : lastLevel2.isPresent() ? AssuranceLevel.LEVEL_2 : AssuranceLevel.LEVEL_1;

    if (level != AssuranceLevel.LEVEL_3) {
      for (TriggerFiring t : evidence.triggers()) {
        if (DEEP_DIVE_TRIGGERS.contains(t.code())) {
          toMove.add(t.code() + " fired (" + String.join(", ", t.evidence()) + "): a director may"
              + " authorise a Level 3 deep dive after a formal risk assessment (001 §7.1)");
        }
      }
    }
    List<String> unannounced = new ArrayList<>();
    for (IntelligenceItem item : evidence.intelligence()) {
      if (item.provider().equals(provider) && item.countsOn(asOf)
          && UNANNOUNCED_VISIT_SOURCES.contains(item.source()) && !item.received().isAfter(asOf)
          && !item.received().isBefore(from)) {
        unannounced.add(item.id().value());
      }
    }
    boolean visitedSince = unannounced.isEmpty() || evidence.visits().stream().anyMatch(v ->
        v.provider().equals(provider) && v.kind() == VisitKind.UNANNOUNCED
            && v.doneBy(asOf) && !v.date().isBefore(from));
    if (!visitedSince) {
      toMove.add("intelligence identifying a patient safety risk (" + String.join(", ", unannounced)
          + ") supports an unannounced visit (001 §7.1: Level 2)");
    }
    if (level == AssuranceLevel.LEVEL_3) {
      toMove.add("the deep dive counts until " + deepDive.orElseThrow().authorised()
          .plusMonths(months) + "; then the level falls to what meetings and visits give");
    } else if (level == AssuranceLevel.LEVEL_2) {
      toMove.add("Level 2 lapses after " + lastLevel2.orElseThrow().plusMonths(months)
          + " without another review meeting or visit");
    } else {
      toMove.add("a CQRM held or a quality visit done gives Level 2 (001 §7.1)");
    }
    return new LevelOfAssurance(provider, asOf, level, basis, toMove);
  }

  private static Optional<LocalDate> later(Optional<LocalDate> a, LocalDate b) {
    return Optional.of(a.map(x -> x.isAfter(b) ? x : b).orElse(b));
  }
}
