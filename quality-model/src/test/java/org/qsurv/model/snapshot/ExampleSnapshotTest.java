package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
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
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/**
 * SNAPSHOT.md's example snapshot, copied verbatim into {@code snapshots/example.json}, parses into
 * exactly the values it describes.
 */
class ExampleSnapshotTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");

  /** The example document's bytes, for other tests to edit into broken variants. */
  static byte[] exampleBytes() {
    try (InputStream in = ExampleSnapshotTest.class.getResourceAsStream("/snapshots/example.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example, field by field, as SNAPSHOT.md writes it. */
  static Snapshot expectedExample() {
    return Snapshot.builder()
        .asOf(LocalDate.of(2025, 7, 1))
        .commissioner(Commissioner.of(OdsCode.of("QSL"), "NHS Somerset ICB"))
        .addProvider(Provider.of(RH5, "Somerset NHS Foundation Trust", ProviderKind.ACUTE))
        .addProvider(Provider.of(OrganisationCode.of("1-101234567"), "Oak House",
            ProviderKind.CARE_HOME))
        .addIndicator(IndicatorDefinition.builder()
            .id(IndicatorId.of("shmi")).name("Summary Hospital-level Mortality Indicator")
            .domain(QualityDomain.SAFE).unit("ratio").polarity(Polarity.LOWER_IS_BETTER)
            .frequency(Frequency.MONTHLY).thresholds(Thresholds.of(1.05, 1.15)).target(1.0)
            .build())
        .addObservation(Observation.of(RH5, IndicatorId.of("shmi"), Period.month(2024, 7), 1.02))
        .addIntelligence(IntelligenceItem.builder()
            .id(IntelligenceId.of("I-1")).provider(RH5).received(LocalDate.of(2025, 6, 10))
            .source(IntelligenceSource.WHISTLEBLOWING).nature(Nature.SOFT)
            .domain(QualityDomain.SAFE).summary("Staff report unsafe night staffing on ward 4")
            .build())
        .addRisk(Risk.builder()
            .id(RiskId.of("R-1")).provider(RH5).title("Night staffing below safe levels")
            .domain(QualityDomain.SAFE).owner("Deputy Chief Nurse").likelihood(4).consequence(4)
            .lastReviewed(LocalDate.of(2025, 5, 20))
            .build())
        .addDecision(Decision.builder()
            .provider(RH5).at(LocalDate.of(2025, 3, 3)).decision(DecisionType.PLACE_ON_ENHANCED)
            .by(Actor.of("A. Director", Role.ICB_DIRECTOR))
            .rationale("Rising mortality and two never events in a quarter")
            .build())
        .build();
  }

  @Test
  void snapshotMdsExampleParsesIntoTheValuesItDescribes() {
    SnapshotReader.Result result = SnapshotReader.read(exampleBytes());
    assertEquals(List.of(), result.problems());
    assertEquals(expectedExample(), result.snapshot());
  }

  @Test
  void theExampleReadsTheSameFromTextAsFromBytes() {
    String text = new String(exampleBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(expectedExample(), SnapshotReader.read(text).snapshot());
  }

  @Test
  void theExampleSurvivesBeingWrittenAndReadAgain() {
    Snapshot example = expectedExample();
    assertEquals(example, SnapshotReader.read(SnapshotWriter.write(example)).snapshot());
  }

  @Test
  void theExampleLooksUpItsProvidersAndIndicators() {
    Snapshot example = expectedExample();
    assertEquals(ProviderKind.CARE_HOME,
        example.provider(OrganisationCode.of("1-101234567")).orElseThrow().kind());
    assertEquals(Frequency.MONTHLY, example.indicator(IndicatorId.of("shmi")).orElseThrow()
        .frequency());
    assertEquals(java.util.Optional.empty(), example.provider(OrganisationCode.of("RXX")));
  }
}
