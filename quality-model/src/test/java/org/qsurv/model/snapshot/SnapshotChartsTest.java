package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.schema.JsonSchemas;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * The chart arrays of {@code qsurv-snapshot/1.1} (SNAPSHOT.md {@code recalculations} and
 * {@code annotations}): limits are recalculated only at a known, sustained change and the reason
 * is recorded (MDC), so a recalculation is data with its reason, never inferred; annotations carry
 * the context an analyst saw. Each array is read exactly as written, written back, valid under
 * the published schema, an unknown-field error in format 1, and every problem is reported with
 * its JSON path.
 */
class SnapshotChartsTest {
  private static final JsonSchemas SCHEMA = JsonSchemas.load(JsonSchemas.SNAPSHOT);
  private static final String HEAD = "{\"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"NHS Somerset ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"},"
      + " {\"code\": \"RA4\", \"name\": \"Yeovil FT\", \"kind\": \"ACUTE\"}],"
      + " \"indicators\": [{\"id\": \"shmi\", \"name\": \"SHMI\", \"domain\": \"SAFE\","
      + " \"unit\": \"ratio\", \"polarity\": \"LOWER_IS_BETTER\", \"frequency\": \"MONTHLY\"},"
      + " {\"id\": \"fft\", \"name\": \"FFT\", \"domain\": \"EXPERIENCE\", \"unit\": \"%\","
      + " \"polarity\": \"HIGHER_IS_BETTER\", \"frequency\": \"QUARTERLY\"}],"
      + " \"observations\": [], \"intelligence\": [], \"risks\": [], \"decisions\": [],";
  private static final String RECALCULATIONS = " \"recalculations\": [{\"provider\": \"RH5\","
      + " \"indicator\": \"shmi\", \"from\": \"2024-04\", \"reason\": \"Merged with Yeovil\","
      + " \"recordedBy\": \"Head of Quality Intelligence\"}, {\"provider\": \"RA4\","
      + " \"indicator\": \"fft\", \"from\": \"2024-Q2\", \"reason\": \"Survey moved online\"}],";
  private static final String ANNOTATIONS = " \"annotations\": [{\"provider\": \"RH5\","
      + " \"indicator\": \"shmi\", \"period\": \"2025-03\", \"text\": \"Coding audit\","
      + " \"author\": \"Analyst\"}, {\"provider\": \"RH5\", \"indicator\": \"shmi\","
      + " \"date\": \"2025-05-19\", \"text\": \"Sepsis pathway live\", \"author\": \"Nurse\"}]";

  private static String doc(String format, String body) {
    return HEAD + " \"format\": \"" + format + "\"," + body + "}";
  }

  private static List<String> problems(String json) {
    return SnapshotReader.read(json).problems().stream().map(SnapshotProblem::toString)
        .collect(Collectors.toList());
  }

  @Test
  void aVersion11DocumentReadsRecalculationsAndAnnotationsAsWrittenAndWritesThemBack() {
    String json = doc("qsurv-snapshot/1.1", RECALCULATIONS + ANNOTATIONS);
    Snapshot s = SnapshotReader.read(json).snapshot();
    assertEquals(List.of(
        new LimitsRecalculation(OrganisationCode.of("RH5"), IndicatorId.of("shmi"),
            Period.parse("2024-04"), "Merged with Yeovil",
            Optional.of("Head of Quality Intelligence")),
        new LimitsRecalculation(OrganisationCode.of("RA4"), IndicatorId.of("fft"),
            Period.parse("2024-Q2"), "Survey moved online", Optional.empty())),
        s.recalculations());
    assertEquals(List.of(
        IndicatorAnnotation.onPeriod(OrganisationCode.of("RH5"), IndicatorId.of("shmi"),
            Period.parse("2025-03"), "Coding audit", "Analyst"),
        IndicatorAnnotation.onDate(OrganisationCode.of("RH5"), IndicatorId.of("shmi"),
            LocalDate.of(2025, 5, 19), "Sepsis pathway live", "Nurse")),
        s.annotations());
    assertEquals(LocalDate.of(2025, 3, 1), s.annotations().get(0).on(), "a period's first day");
    assertEquals(s, SnapshotReader.read(SnapshotWriter.write(s)).snapshot(),
        "what 1.1 reads, it writes back");
    assertEquals(List.of(), SCHEMA.problems(json));
    assertEquals(List.of(), SCHEMA.problems(SnapshotWriter.write(s)));
  }

  /** Like every model value, the new arrays round-trip through the library's JSON mapper. */
  @Test
  void recalculationsAndAnnotationsRoundTripThroughQsurvJson() throws Exception {
    Snapshot s = SnapshotReader.read(doc("qsurv-snapshot/1.1", RECALCULATIONS + ANNOTATIONS))
        .snapshot();
    com.fasterxml.jackson.databind.ObjectMapper json = org.qsurv.model.json.QsurvJson.mapper();
    assertEquals(s, json.readValue(json.writeValueAsString(s), Snapshot.class));
  }

  @Test
  void bothArraysAreErrorsInAFormat1Document() {
    String json = doc("qsurv-snapshot/1", RECALCULATIONS + ANNOTATIONS);
    assertEquals(List.of(
        "$.annotations: is not a known field in \"qsurv-snapshot/1\" (it is in"
            + " \"qsurv-snapshot/1.1\")",
        "$.recalculations: is not a known field in \"qsurv-snapshot/1\" (it is in"
            + " \"qsurv-snapshot/1.1\")"), problems(json));
    assertFalse(SCHEMA.problems(json).isEmpty(), "the schema rejects them in format 1 too");
  }

  @Test
  void aSnapshotBuiltInCodeWithARecalculationIsVersion11AndCannotBeVersion1() {
    Snapshot s = SnapshotReader.read(doc("qsurv-snapshot/1.1", RECALCULATIONS.replaceAll(",$", "")))
        .snapshot();
    Snapshot rebuilt = Snapshot.builder().from(s).format(Snapshot.FORMAT_1_1).build();
    assertTrue(rebuilt.usesVersion11());
    InvalidSnapshotException e = assertThrows(InvalidSnapshotException.class,
        () -> Snapshot.builder().from(s).format(Snapshot.FORMAT).build());
    assertTrue(e.problems().get(0).toString().contains("recalculations or annotations"),
        e.problems()::toString);
  }

  /**
   * Every problem is reported with its path: a reason left blank (MDC: the reason is what makes a
   * recalculation legitimate), a period of the wrong frequency, one series recalculated twice
   * from one period (two reasons for one step), an unknown provider or indicator, an annotation
   * with both a date and a period or with neither, and one without an author.
   */
  @Test
  void everyChartProblemIsReportedWithItsPath() {
    String body = " \"recalculations\": ["
        + "{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"from\": \"2024-04\", \"reason\": \" \"},"
        + "{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"from\": \"2024-Q2\", \"reason\": \"x\"},"
        + "{\"provider\": \"RH5\", \"indicator\": \"fft\", \"from\": \"2024-Q2\", \"reason\": \"a\"},"
        + "{\"provider\": \"RH5\", \"indicator\": \"fft\", \"from\": \"2024-Q2\", \"reason\": \"b\"},"
        + "{\"provider\": \"RXX\", \"indicator\": \"hsmr\", \"from\": \"2024-04\", \"reason\": \"c\"},"
        + "{\"provider\": \"RA4\", \"indicator\": \"fft\", \"from\": \"2024-Q3\", \"reason\": \"d\","
        + " \"recordedBy\": \"\"}],"
        + " \"annotations\": ["
        + "{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"date\": \"2025-05-19\","
        + " \"period\": \"2025-05\", \"text\": \"t\", \"author\": \"a\"},"
        + "{\"provider\": \"RH5\", \"indicator\": \"shmi\", \"text\": \"t\", \"author\": \"a\"},"
        + "{\"provider\": \"RA4\", \"indicator\": \"fft\", \"period\": \"2025-Q2\", \"text\": \"t\","
        + " \"author\": \" \"},"
        + "{\"provider\": \"RXX\", \"indicator\": \"fft\", \"period\": \"2025-05\", \"text\": \"t\","
        + " \"author\": \"a\"},"
        + "{\"provider\": \"RA4\", \"indicator\": \"fft\", \"period\": \"2025-06\", \"text\": \"t\","
        + " \"author\": \"a\", \"note\": \"n\"}]";
    assertEquals(List.of(
        "$.annotations[0]: has both a date and a period: an annotation is pinned to one of them",
        "$.annotations[1]: needs a date or a period",
        "$.annotations[2].author: must not be blank but was \" \"",
        "$.annotations[3].period: \"2025-05\" is a MONTHLY period but indicator fft is QUARTERLY",
        "$.annotations[3].provider: \"RXX\" is not a provider in this snapshot",
        "$.annotations[4].note: is not a known field (known fields: author, date, indicator,"
            + " period, provider, text)",
        "$.recalculations[0].reason: must not be blank but was \" \"",
        "$.recalculations[1].from: \"2024-Q2\" is a QUARTERLY period but indicator shmi is"
            + " MONTHLY",
        "$.recalculations[3].from: \"2024-Q2\" is also the period of $.recalculations[2] for RH5"
            + " and fft: a series is recalculated once from a period, with one reason",
        "$.recalculations[4].indicator: \"hsmr\" is not an indicator in this snapshot",
        "$.recalculations[4].provider: \"RXX\" is not a provider in this snapshot",
        "$.recalculations[5].recordedBy: must not be blank but was \"\""),
        problems(doc("qsurv-snapshot/1.1", body)));
  }

  /**
   * Whatever recalculations and annotations a snapshot holds, the writer writes them so that the
   * reader reads back the same snapshot and the published schema accepts the text.
   */
  @Property
  void everySnapshotWithChartsRoundTripsAndMatchesTheSchema(
      @ForAll("snapshotsWithCharts") Snapshot snapshot) {
    String json = SnapshotWriter.write(snapshot);
    assertEquals(snapshot, SnapshotReader.read(json).snapshot());
    assertEquals(List.of(), SCHEMA.problems(json), json);
    Statistics.label("charts").collect(!snapshot.recalculations().isEmpty()
        && !snapshot.annotations().isEmpty());
    Statistics.label("charts").coverage(k -> k.check(true).percentage(p -> p > 20));
  }

  @Provide
  Arbitrary<Snapshot> snapshotsWithCharts() {
    return ModelArbitraries.withCharts(ModelArbitraries.v1Snapshots());
  }
}
