package org.qsurv.app;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;

/** Small, hand-made surveillance data for tests, and large synthetic loads for the import tests. */
public final class Fixtures {
  public static final OrganisationCode TRUST = OrganisationCode.of("RH5");
  public static final OrganisationCode HOME = OrganisationCode.of("1-101234567");
  public static final IndicatorId SHMI = IndicatorId.of("shmi");
  public static final IndicatorId FLU = IndicatorId.of("staff-flu");

  private Fixtures() {}

  /** Two providers, a monthly and a quarterly indicator, and a little of everything. */
  public static Snapshot small() {
    return Snapshot.builder()
        .asOf(LocalDate.of(2025, 7, 1))
        .commissioner(Commissioner.of(OdsCode.of("QSL"), "NHS Somerset ICB"))
        .addProviders(Provider.of(TRUST, "Test Trust", ProviderKind.ACUTE),
            Provider.of(HOME, "Test House", ProviderKind.CARE_HOME))
        .addIndicators(IndicatorDefinition.builder().id(SHMI).name("SHMI")
            .domain(QualityDomain.SAFE).unit("ratio").polarity(Polarity.LOWER_IS_BETTER)
            .frequency(Frequency.MONTHLY).thresholds(Thresholds.of(1.05, 1.15)).target(1.0)
            .build())
        .addIndicators(IndicatorDefinition.builder().id(FLU).name("Staff flu vaccination")
            .domain(QualityDomain.SAFE).unit("%").polarity(Polarity.HIGHER_IS_BETTER)
            .frequency(Frequency.QUARTERLY).build())
        .addObservations(Observation.of(TRUST, SHMI, Period.parse("2025-05"), 1.01),
            Observation.of(TRUST, SHMI, Period.parse("2025-06"), 1.07),
            Observation.of(HOME, FLU, Period.parse("2025-Q1"), 48))
        .addIntelligence(IntelligenceItem.builder().id(IntelligenceId.of("I-1")).provider(TRUST)
            .received(LocalDate.of(2025, 6, 10)).source(IntelligenceSource.WHISTLEBLOWING)
            .nature(Nature.SOFT).domain(QualityDomain.SAFE)
            .summary("Staff report unsafe night staffing on ward 4").build())
        .addRisks(Risk.builder().id(RiskId.of("R-1")).provider(TRUST)
            .title("Night staffing below safe levels").domain(QualityDomain.SAFE)
            .owner("Deputy Chief Nurse").likelihood(4).consequence(4)
            .lastReviewed(LocalDate.of(2025, 5, 20)).build())
        .addDecisions(Decision.builder().provider(TRUST).at(LocalDate.of(2025, 3, 3))
            .decision(DecisionType.PLACE_ON_ENHANCED).by(Actor.of("A. Director", Role.ICB_DIRECTOR))
            .rationale("Rising mortality").build())
        .build();
  }

  /**
   * {@link #small()} in format 1.1, with one of everything 1.1 added: the trust confirmed on
   * enhanced at its quality review meeting, an overdue and a completed action of its plan, a
   * praising media story triaged as needing no further action, a complaint triaged credible, and
   * a system risk. The whistleblowing item I-1 (received 10 June) is still untriaged on 1 July.
   */
  public static Snapshot v11() {
    Snapshot small = small();
    return Snapshot.builder().from(small)
        .format(Snapshot.FORMAT_1_1)
        .addIntelligence(IntelligenceItem.builder().id(IntelligenceId.of("I-2")).provider(TRUST)
            .received(LocalDate.of(2025, 6, 12)).source(IntelligenceSource.MEDIA)
            .nature(Nature.SOFT).domain(QualityDomain.EFFECTIVE).tone(Tone.POSITIVE)
            .summary("Local paper praises the new maternity unit")
            .triage(Triage.of(LocalDate.of(2025, 6, 17), TriageOutcome.NO_FURTHER_ACTION, true))
            .build())
        .addIntelligence(IntelligenceItem.builder().id(IntelligenceId.of("I-3")).provider(TRUST)
            .received(LocalDate.of(2025, 6, 14)).source(IntelligenceSource.COMPLAINT)
            .nature(Nature.SOFT).domain(QualityDomain.EXPERIENCE)
            .summary("Family describe delayed pain relief on ward 4")
            .triage(Triage.of(LocalDate.of(2025, 6, 17), TriageOutcome.ACT, true)).build())
        .addRisks(Risk.builder().id(RiskId.of("R-S1"))
            .title("Care home bed capacity across the system").domain(QualityDomain.SUSTAINABLE)
            .owner("ICB Chief Nurse").likelihood(3).consequence(4)
            .lastReviewed(LocalDate.of(2025, 6, 2)).build())
        .decisions(ImmutableList.<Decision>builder().addAll(small.decisions())
            .add(Decision.builder().provider(TRUST).at(LocalDate.of(2025, 3, 20))
                .decision(DecisionType.CONFIRM_ENHANCED)
                .by(Actor.of("A. Director", Role.ICB_DIRECTOR)).meeting(Meeting.QUALITY_REVIEW)
                .rationale("Mortality above the upper limit for three months").build())
            .build())
        .addActions(ImprovementAction.builder().id(ActionId.of("A-1")).provider(TRUST)
            .description("Recruit to the night rota on ward 4").owner("Director of Nursing")
            .due(LocalDate.of(2025, 5, 31)).build())
        .addActions(ImprovementAction.builder().id(ActionId.of("A-2")).provider(TRUST)
            .description("Mortality review of every death on ward 4").owner("Medical Director")
            .due(LocalDate.of(2025, 6, 15)).completed(LocalDate.of(2025, 6, 13)).build())
        .build();
  }

  /**
   * {@link #v11()} with one of each workflow (SNAPSHOT.md "Workflows"), each due to give its finding
   * or trigger on 1 July 2025: the trust's latest CQC rating is INADEQUATE for SAFE (CQC-2); an
   * unannounced visit done with a concern (V-1) and an announced one planned for 20 June and not
   * done (V-2); a learning response overdue (SI-1, with the whistleblowing item I-4 about the same
   * event), one received and not reviewed in 28 days (SI-2), one accepted and not signed off in 90
   * days (SI-3); a CQPG held in March with an overdue action (MA-1) and the June one not held
   * (M-2), so none held in the last three months. The care home has a GOOD rating and a visit
   * planned for August.
   */
  public static Snapshot workflows() {
    return Snapshot.builder().from(v11())
        .addIntelligence(IntelligenceItem.builder().id(IntelligenceId.of("I-4")).provider(TRUST)
            .received(LocalDate.of(2025, 5, 2)).source(IntelligenceSource.SERIOUS_INCIDENT)
            .nature(Nature.HARD).domain(QualityDomain.SAFE)
            .summary("Unexpected death after a fall on ward 4")
            .triage(Triage.of(LocalDate.of(2025, 5, 6), TriageOutcome.ACT, true))
            .incident(IncidentId.of("SI-1")).build())
        .addRatings(new RegulatorRating(RatingId.of("CQC-1"), TRUST, Regulator.CQC,
            LocalDate.of(2023, 5, 10), Rating.GOOD, Map.of()))
        .addRatings(new RegulatorRating(RatingId.of("CQC-2"), TRUST, Regulator.CQC,
            LocalDate.of(2025, 3, 14), Rating.REQUIRES_IMPROVEMENT, Map.of(KeyQuestion.SAFE,
                Rating.INADEQUATE, KeyQuestion.CARING, Rating.GOOD, KeyQuestion.WELL_LED,
                Rating.REQUIRES_IMPROVEMENT)))
        .addRatings(new RegulatorRating(RatingId.of("CQC-H1"), HOME, Regulator.CQC,
            LocalDate.of(2024, 11, 1), Rating.GOOD, Map.of()))
        .addVisits(new QualityVisit(VisitId.of("V-1"), TRUST, LocalDate.of(2025, 6, 3),
            VisitKind.UNANNOUNCED, VisitStatus.DONE, List.of(
                new VisitFinding(QualityDomain.SAFE, Tone.CONCERN, "Two nurses for 28 beds"),
                new VisitFinding(QualityDomain.EXPERIENCE, Tone.POSITIVE, "Kind, unhurried care"))))
        .addVisits(new QualityVisit(VisitId.of("V-2"), TRUST, LocalDate.of(2025, 6, 20),
            VisitKind.ANNOUNCED, VisitStatus.PLANNED, List.of()))
        .addVisits(new QualityVisit(VisitId.of("V-3"), HOME, LocalDate.of(2025, 8, 1),
            VisitKind.ANNOUNCED, VisitStatus.PLANNED, List.of()))
        .addIncidents(new SeriousIncident(IncidentId.of("SI-1"), TRUST, LocalDate.of(2025, 5, 1),
            IncidentFramework.PSIRF, false, LocalDate.of(2025, 6, 1), Optional.empty(),
            Optional.empty(), Optional.empty()))
        .addIncidents(new SeriousIncident(IncidentId.of("SI-2"), TRUST, LocalDate.of(2025, 4, 1),
            IncidentFramework.SI_2015, false, LocalDate.of(2025, 5, 1),
            Optional.of(LocalDate.of(2025, 5, 10)), Optional.empty(), Optional.empty()))
        .addIncidents(new SeriousIncident(IncidentId.of("SI-3"), TRUST, LocalDate.of(2025, 1, 10),
            IncidentFramework.SI_2015, true, LocalDate.of(2025, 2, 10),
            Optional.of(LocalDate.of(2025, 2, 1)),
            Optional.of(new ResponseReview(LocalDate.of(2025, 2, 20), ReviewOutcome.ACCEPTED)),
            Optional.empty()))
        .addMeetings(new ContractMeeting(ContractMeetingId.of("M-1"), TRUST,
            ContractMeetingKind.CQPG, LocalDate.of(2025, 3, 12), true, Optional.empty(), List.of(
                new MeetingAction(ActionId.of("MA-1"), "Share the staffing review",
                    "Chief Nurse", LocalDate.of(2025, 5, 1), Optional.empty()),
                new MeetingAction(ActionId.of("MA-2"), "Send the falls audit",
                    "Medical Director", LocalDate.of(2025, 4, 1),
                    Optional.of(LocalDate.of(2025, 3, 30))))))
        .addMeetings(new ContractMeeting(ContractMeetingId.of("M-2"), TRUST,
            ContractMeetingKind.CQPG, LocalDate.of(2025, 6, 12), false,
            Optional.of("Not quorate: rearranged for 3 July"), List.of()))
        .build();
  }

  /** A code for synthetic provider {@code i}: five characters, as ODS codes of sites have. */
  public static OrganisationCode syntheticProvider(int i) {
    return OrganisationCode.of(String.format("S%04d", i));
  }

  /** {@code providers} providers and {@code indicators} monthly indicators, and nothing else. */
  public static Snapshot skeleton(int providers, int indicators) {
    List<Provider> ps = new ArrayList<>();
    for (int i = 0; i < providers; i++) {
      ps.add(Provider.of(syntheticProvider(i), "Synthetic provider " + i, ProviderKind.OTHER));
    }
    List<IndicatorDefinition> is = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      is.add(IndicatorDefinition.builder().id(IndicatorId.of("ind-" + i)).name("Indicator " + i)
          .domain(QualityDomain.EFFECTIVE).unit("%").polarity(Polarity.HIGHER_IS_BETTER)
          .frequency(Frequency.MONTHLY).build());
    }
    return Snapshot.builder().asOf(LocalDate.of(2025, 7, 1))
        .commissioner(Commissioner.of(OdsCode.of("QSL"), "NHS Somerset ICB"))
        .providers(ps).indicators(is).build();
  }

  /**
   * Writes an observations CSV of {@code providers x indicators x months} rows (months from
   * January 2020) for the providers and indicators of {@link #skeleton}.
   */
  public static Path observationsCsv(Path file, int providers, int indicators, int months) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("provider,indicator,period,value\n");
      Period first = Period.month(2020, 1);
      String[] periods = new String[months];
      for (int m = 0; m < months; m++) {
        periods[m] = first.plus(m).toString();
      }
      StringBuilder row = new StringBuilder(64);
      for (int p = 0; p < providers; p++) {
        String provider = syntheticProvider(p).value();
        for (int i = 0; i < indicators; i++) {
          for (int m = 0; m < months; m++) {
            row.setLength(0);
            row.append(provider).append(",ind-").append(i).append(',').append(periods[m])
                .append(',').append((p * 31 + i * 7 + m) % 1000 / 10.0).append('\n');
            out.write(row.toString());
          }
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
