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
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
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
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;

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
