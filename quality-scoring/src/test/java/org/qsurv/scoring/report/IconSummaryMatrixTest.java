package org.qsurv.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.qsurv.scoring.report.IconSummaryMatrix.Cell;
import org.qsurv.scoring.report.IconSummaryMatrix.Order;
import org.qsurv.scoring.report.IconSummaryMatrix.Row;
import org.qsurv.scoring.spc.Variation;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * The icon summary matrix (MDC summary table): a service area's providers down, indicators across,
 * each cell the variation and assurance icons of the latest point with its value and period and
 * their text equivalents (MDC icon names), empty where a provider has no such indicator; sorted
 * stably by provider or by concerning cells; and the same data as CSV guarded against formulas.
 */
class IconSummaryMatrixTest {

  /**
   * RH5 (acute): 24 months of SHMI, 10 and 11 then 20 and 21 (mean 15.5: the last point is a
   * shift above it, concerning on a lower-is-better indicator). RA4 (acute): 13 months of FFT at
   * 90 and 91 against a target of 95 (limits 87.8 to 93.2: consistently falling short). "=Zeta"
   * (acute): no returns. Oak House (care home): SHMI, but not in the acute area.
   */
  private static Snapshot snapshot() {
    StringBuilder obs = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      obs.append(observation("RH5", "shmi", i, (i < 12 ? 10 : 20) + i % 2)).append(", ");
      obs.append(observation("1-101234567", "shmi", i, 10 + i % 2)).append(", ");
    }
    for (int i = 11; i < 24; i++) {
      obs.append(observation("RA4", "fft", i, 90 + i % 2)).append(i < 23 ? ", " : "");
    }
    String json = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-01-15\","
        + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
        + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
        + " {\"code\": \"RA4\", \"name\": \"Yeovil FT\", \"kind\": \"ACUTE\"},"
        + " {\"code\": \"RBA\", \"name\": \"=Zeta\", \"kind\": \"ACUTE\"},"
        + " {\"code\": \"1-101234567\", \"name\": \"Oak House\", \"kind\": \"CARE_HOME\"}],"
        + " \"indicators\": [{\"id\": \"shmi\", \"name\": \"SHMI\", \"domain\": \"SAFE\","
        + " \"unit\": \"ratio\", \"polarity\": \"LOWER_IS_BETTER\", \"frequency\": \"MONTHLY\"},"
        + " {\"id\": \"fft\", \"name\": \"FFT\", \"domain\": \"EXPERIENCE\", \"unit\": \"%\","
        + " \"polarity\": \"HIGHER_IS_BETTER\", \"frequency\": \"MONTHLY\", \"target\": 95}],"
        + " \"observations\": [" + obs + "], \"intelligence\": [], \"risks\": [],"
        + " \"decisions\": []}";
    return SnapshotReader.read(json).snapshot();
  }

  private static String observation(String provider, String indicator, int month, double value) {
    return "{\"provider\": \"" + provider + "\", \"indicator\": \"" + indicator + "\", \"period\":"
        + " \"" + (2023 + month / 12) + "-" + String.format("%02d", month % 12 + 1)
        + "\", \"value\": " + value + "}";
  }

  private static IconSummaryMatrix acute(Order order) {
    Snapshot s = snapshot();
    return IconSummaryMatrix.of("Acute services", Set.of(ProviderKind.ACUTE), s,
        Assessed.routine(s), order);
  }

  /**
   * MDC names each variation icon by its direction: a concern is high on a lower-is-better
   * indicator and low on a higher-is-better one, an improvement the other way round, and a
   * special cause on a neutral indicator is high or low by the latest value against the mean.
   */
  @Test
  void theVariationIconsAreNamedByTheirDirection() {
    assertEquals("Special cause concerning variation - high", IconSummaryMatrix.variationText(
        Variation.SPECIAL_CAUSE_CONCERN, Polarity.LOWER_IS_BETTER, false));
    assertEquals("Special cause concerning variation - low", IconSummaryMatrix.variationText(
        Variation.SPECIAL_CAUSE_CONCERN, Polarity.HIGHER_IS_BETTER, true));
    assertEquals("Special cause improving variation - low", IconSummaryMatrix.variationText(
        Variation.SPECIAL_CAUSE_IMPROVEMENT, Polarity.LOWER_IS_BETTER, true));
    assertEquals("Special cause improving variation - high", IconSummaryMatrix.variationText(
        Variation.SPECIAL_CAUSE_IMPROVEMENT, Polarity.HIGHER_IS_BETTER, false));
    // A neutral indicator: 10 and 11 for a year, then 20 and 21 (high) or the reverse (low).
    StringBuilder obs = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      obs.append(i == 0 ? "" : ", ")
          .append(observation("RH5", "beds", i, (i < 12 ? 10 : 20) + i % 2)).append(", ")
          .append(observation("RA4", "beds", i, (i < 12 ? 20 : 10) + i % 2));
    }
    String json = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-01-15\","
        + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
        + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
        + " {\"code\": \"RA4\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"}],"
        + " \"indicators\": [{\"id\": \"beds\", \"name\": \"Beds\", \"domain\": \"SAFE\","
        + " \"unit\": \"count\", \"polarity\": \"NEUTRAL\", \"frequency\": \"MONTHLY\"}],"
        + " \"observations\": [" + obs + "], \"intelligence\": [], \"risks\": [],"
        + " \"decisions\": []}";
    SnapshotReader.Result read = SnapshotReader.read(json);
    assertTrue(read.isValid(), () -> read.problems().toString());
    Snapshot s = read.snapshot();
    IconSummaryMatrix m = IconSummaryMatrix.of("Acute services", Set.of(ProviderKind.ACUTE), s,
        Assessed.routine(s), Order.PROVIDER);
    // Two providers of one name come in code order.
    assertEquals(List.of("RA4", "RH5"), m.rows().stream()
        .map(r -> r.provider().code().value()).toList());
    assertEquals("Special cause neither improving nor concerning variation - low",
        m.rows().get(0).cells().get(0).orElseThrow().variationText());
    assertEquals("Special cause neither improving nor concerning variation - high",
        m.rows().get(1).cells().get(0).orElseThrow().variationText());
  }

  @Test
  void eachCellHasTheIconsOfTheLatestPointInWordsAndEmptyCellsWhereThereIsNoIndicator() {
    IconSummaryMatrix m = acute(Order.PROVIDER);
    assertEquals(List.of("shmi", "fft"), m.indicators().stream().map(d -> d.id().value()).toList());
    assertEquals(List.of("=Zeta", "Somerset FT", "Yeovil FT"),
        m.rows().stream().map(r -> r.provider().name()).toList(), "by name; Oak House is not acute");
    Row rh5 = m.rows().get(1);
    Cell shmi = rh5.cells().get(0).orElseThrow();
    assertEquals("2024-12", shmi.period().toString());
    assertEquals(21.0, shmi.value());
    assertEquals(Variation.SPECIAL_CAUSE_CONCERN, shmi.variation());
    assertEquals("Special cause concerning variation - high", shmi.variationText());
    assertEquals("No target assurance (no target, or not enough data)", shmi.assuranceText());
    assertEquals(Optional.empty(), rh5.cells().get(1));
    Cell fft = m.rows().get(2).cells().get(1).orElseThrow();
    assertEquals("Common cause variation", fft.variationText());
    assertEquals("Variation indicates consistently falling short of the target",
        fft.assuranceText());
    assertEquals(List.of(Optional.empty(), Optional.empty()), m.rows().get(0).cells());
  }

  @Test
  void byConcerningCellsTheProvidersABoardShouldLookAtComeFirstThenByName() {
    IconSummaryMatrix m = acute(Order.CONCERNING_CELLS);
    // Somerset FT and Yeovil FT have one concerning cell each; =Zeta none.
    assertEquals(List.of("Somerset FT", "Yeovil FT", "=Zeta"),
        m.rows().stream().map(r -> r.provider().name()).toList());
    assertEquals(m, m.sorted(Order.PROVIDER).sorted(Order.CONCERNING_CELLS), "a stable sort");
  }

  @Test
  void theCsvHasTheSameDataAndAFormulaIsWrittenAsText() {
    assertEquals(String.join("\r\n",
        "provider,name,shmi period,shmi value,shmi variation,shmi assurance,fft period,"
            + "fft value,fft variation,fft assurance",
        "RBA,'=Zeta,,,,,,,,",
        "RH5,Somerset FT,2024-12,21,Special cause concerning variation - high,"
            + "\"No target assurance (no target, or not enough data)\",,,,",
        "RA4,Yeovil FT,,,,,2024-12,91,Common cause variation,"
            + "Variation indicates consistently falling short of the target",
        ""), acute(Order.PROVIDER).csv());
  }

  /**
   * For any snapshot and every provider kind as the area: each row has a cell per column, present
   * exactly when the provider's assessment has the indicator, with its latest period, value and
   * icons; by concerning cells the counts never rise down the matrix; the CSV has a record per
   * row plus the header.
   */
  @Property
  void theMatrixHoldsExactlyTheAssessmentsLatestPoints(
      @ForAll("snapshots") Snapshot snapshot, @ForAll ProviderKind kind) {
    Assessment assessment = Assessed.routine(snapshot);
    IconSummaryMatrix m = IconSummaryMatrix.of("Area", Set.of(kind), snapshot, assessment,
        Order.CONCERNING_CELLS);
    int previous = Integer.MAX_VALUE;
    for (Row row : m.rows()) {
      assertEquals(kind, row.provider().kind());
      assertTrue(row.concerningCells() <= previous);
      previous = row.concerningCells();
      ProviderAssessment p = assessment.providers().stream()
          .filter(a -> a.code().equals(row.provider().code())).findFirst().orElseThrow();
      for (int c = 0; c < m.indicators().size(); c++) {
        int column = c;
        Optional<IndicatorAssessment> expected = p.quality().indicators().stream()
            .filter(i -> i.id().equals(m.indicators().get(column).id())).findFirst();
        assertEquals(expected.isPresent(), row.cells().get(c).isPresent());
        expected.ifPresent(i -> {
          Cell cell = row.cells().get(column).orElseThrow();
          assertEquals(i.period(), cell.period());
          assertEquals(i.value(), cell.value());
          assertEquals(i.variation(), cell.variation());
          assertEquals(i.assurance(), cell.assurance());
          assertTrue(cell.variationText().toLowerCase().contains(
              i.variation() == Variation.NOT_ENOUGH_DATA ? "not enough data" : "variation"));
        });
      }
    }
    assertEquals(assessment.providers().stream()
        .filter(p -> snapshot.provider(p.code()).orElseThrow().kind() == kind).count(),
        m.rows().size());
    String[] records = m.csv().split("\r\n", -1);
    assertEquals(m.rows().size() + 2, records.length, "header, rows, and the final CRLF");
  }

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.v1Snapshots();
  }
}
