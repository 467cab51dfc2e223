package org.qsurv.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Broken variants of SNAPSHOT.md's example, each read to the EXACT list of its problems, every one
 * with its JSON path (SNAPSHOT.md: "Every problem is reported, not only the first"; "Unknown fields
 * are errors (a typo must not pass silently)"). A problem caused by another one is not reported
 * twice: a reference to a provider or indicator that is present but broken is not also "unknown".
 */
class BrokenSnapshotTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final String EXAMPLE =
      new String(ExampleSnapshotTest.exampleBytes(), StandardCharsets.UTF_8);
  private static final String KINDS = "ACUTE, COMMUNITY, MENTAL_HEALTH, AMBULANCE, NHS_111, "
      + "GP_PRACTICE, DENTAL, PHARMACY, OPTOMETRY, CARE_HOME, DOMICILIARY_CARE, "
      + "CONTINUING_HEALTHCARE, INDEPENDENT_SECTOR, LD_AUTISM_INPATIENT, HOSPICE, OTHER";

  /** The problems of the example after {@code edit}, as SNAPSHOT.md prints them. */
  private static List<String> problemsAfter(Consumer<ObjectNode> edit) {
    try {
      ObjectNode document = (ObjectNode) TREES.readTree(EXAMPLE);
      edit.accept(document);
      return problemsOf(TREES.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problemsOf(String json) {
    SnapshotReader.Result result = SnapshotReader.read(json);
    assertFalse(result.isValid());
    assertThrows(InvalidSnapshotException.class, result::snapshot);
    return result.problems().stream().map(SnapshotProblem::toString).collect(Collectors.toList());
  }

  private static ObjectNode element(ObjectNode document, String array, int index) {
    return (ObjectNode) document.get(array).get(index);
  }

  private static ArrayNode array(ObjectNode document, String name) {
    return (ArrayNode) document.get(name);
  }

  // --- Values out of range or malformed

  @Test
  void likelihood7IsNotBetween1And5() {
    assertEquals(List.of("$.risks[0].likelihood: 7 is not between 1 and 5"),
        problemsAfter(d -> element(d, "risks", 0).put("likelihood", 7)));
  }

  @Test
  void aLikelihoodMustBeAWholeNumber() {
    assertEquals(List.of("$.risks[0].likelihood: 4.5 is not a whole number"),
        problemsAfter(d -> element(d, "risks", 0).put("likelihood", 4.5)));
    assertEquals(List.of("$.risks[0].consequence: 10000000000 is not between 1 and 5"),
        problemsAfter(d -> element(d, "risks", 0).put("consequence", 10_000_000_000L)));
  }

  @Test
  void period2025Dash13HasNoMonth13() {
    assertEquals(List.of("$.observations[0].period: "
            + "period \"2025-13\" has month 13, which is not between 1 and 12"),
        problemsAfter(d -> element(d, "observations", 0).put("period", "2025-13")));
  }

  @Test
  void period2025Q5HasNoQuarter5() {
    assertEquals(List.of("$.observations[0].period: "
            + "period \"2025-Q5\" has quarter 5, which is not between 1 and 4"),
        problemsAfter(d -> element(d, "observations", 0).put("period", "2025-Q5")));
  }

  @Test
  void aQuarterIsNotAPeriodOfAMonthlyIndicator() {
    // SNAPSHOT.md: "YYYY-MM for monthly indicators, YYYY-Qn ... for quarterly ones".
    assertEquals(List.of("$.observations[0].period: "
            + "\"2024-Q3\" is a QUARTERLY period but indicator shmi is MONTHLY"),
        problemsAfter(d -> element(d, "observations", 0).put("period", "2024-Q3")));
  }

  @Test
  void aValueTooLargeForADoubleIsNotAFiniteNumber() {
    assertEquals(List.of("$.observations[0].value: "
            + "must be a finite number but was too large (Infinity)"),
        problemsAfter(d -> element(d, "observations", 0).put("value", new BigDecimal("1e999"))));
  }

  @Test
  void nanIsNotAJsonNumber() {
    assertEquals(List.of("$.observations[0].value: is not valid JSON: 'NaN' is not a JSON number: "
            + "a value must be a finite number (line 15, column 80)"),
        problemsOf(EXAMPLE.replace("\"value\": 1.02", "\"value\": NaN")));
  }

  @Test
  void datesAreIsoCalendarDates() {
    assertEquals(List.of(
            "$.asOf: \"1 July 2025\" is not a date (YYYY-MM-DD)",
            "$.intelligence[0].received: \"2025-02-30\" is not a date (YYYY-MM-DD)",
            "$.risks[0].lastReviewed: \"2025-5-20\" is not a date (YYYY-MM-DD)"),
        problemsAfter(d -> {
          d.put("asOf", "1 July 2025");
          element(d, "intelligence", 0).put("received", "2025-02-30");
          element(d, "risks", 0).put("lastReviewed", "2025-5-20");
        }));
  }

  @Test
  void malformedCodesNameTheShapeExpected() {
    assertEquals(List.of(
            "$.commissioner.code: ODS code must be 3 or 5 upper-case letters or digits, or a "
                + "letter and 5 digits (e.g. RH5, RTG08, A81001) but was \"qsl\"",
            "$.providers[1].code: organisation code must be an ODS code (e.g. RH5, A81001) or a "
                + "CQC location id (e.g. 1-101234567) but was \"1-12\""),
        problemsAfter(d -> {
          ((ObjectNode) d.get("commissioner")).put("code", "qsl");
          element(d, "providers", 1).put("code", "1-12");
        }));
  }

  @Test
  void enumsAreSpelledAsSnapshotMdSpellsThem() {
    assertEquals(List.of("$.providers[1].kind: \"Care home\" is not one of " + KINDS),
        problemsAfter(d -> element(d, "providers", 1).put("kind", "Care home")));
    assertEquals(List.of("$.intelligence[0].source: \"WHISTLEBLOWER\" is not one of COMPLAINT, "
            + "PALS, INCIDENT, SERIOUS_INCIDENT, NEVER_EVENT, SAFEGUARDING, GP_REPORT, "
            + "PATIENT_FEEDBACK, HEALTHWATCH, STAFF_SURVEY, WHISTLEBLOWING, CQC_INSPECTION, "
            + "CQC_ENFORCEMENT, CORONER_PFD, HSE, POLICE, PROFESSIONAL_REGULATOR, MEDIA, "
            + "QUALITY_VISIT, PROVIDER_REPORT, OTHER"),
        problemsAfter(d -> element(d, "intelligence", 0).put("source", "WHISTLEBLOWER")));
  }

  @Test
  void namesMustNotBeBlank() {
    assertEquals(List.of("$.providers[0].name: must not be blank but was \"  \""),
        problemsAfter(d -> element(d, "providers", 0).put("name", "  ")));
  }

  @Test
  void aBlankRationaleIsNotAFormatError() {
    // SNAPSHOT.md: a decision with a blank rationale is rejected by the lifecycle, as a value.
    SnapshotReader.Result result = SnapshotReader.read(EXAMPLE.replace(
        "\"Rising mortality and two never events in a quarter\"", "\" \""));
    assertEquals(List.of(), result.problems());
    assertEquals(" ", result.snapshot().decisions().get(0).rationale());
  }

  // --- References and uniqueness

  @Test
  void anObservationOfAnUnknownProviderOrIndicator() {
    assertEquals(List.of(
            "$.observations[0].indicator: \"hsmr\" is not an indicator in this snapshot",
            "$.observations[0].provider: \"RXX\" is not a provider in this snapshot"),
        problemsAfter(d -> element(d, "observations", 0)
            .put("provider", "RXX").put("indicator", "hsmr")));
  }

  @Test
  void intelligenceRisksAndDecisionsAboutAnUnknownProvider() {
    assertEquals(List.of(
            "$.decisions[0].provider: \"RTG\" is not a provider in this snapshot",
            "$.intelligence[0].provider: \"1-999999999\" is not a provider in this snapshot",
            "$.risks[0].provider: \"A81001\" is not a provider in this snapshot"),
        problemsAfter(d -> {
          element(d, "intelligence", 0).put("provider", "1-999999999");
          element(d, "risks", 0).put("provider", "A81001");
          element(d, "decisions", 0).put("provider", "RTG");
        }));
  }

  @Test
  void duplicateIdsPointAtTheFirst() {
    assertEquals(List.of(
            "$.indicators[1].id: \"shmi\" is a duplicate of $.indicators[0].id",
            "$.intelligence[1].id: \"I-1\" is a duplicate of $.intelligence[0].id",
            "$.providers[2].code: \"RH5\" is a duplicate of $.providers[0].code",
            "$.risks[1].id: \"R-1\" is a duplicate of $.risks[0].id"),
        problemsAfter(d -> {
          for (String part : new String[] {"providers", "indicators", "intelligence", "risks"}) {
            array(d, part).add(element(d, part, 0).deepCopy());
          }
        }));
  }

  @Test
  void aSecondObservationForTheSameProviderIndicatorAndPeriod() {
    assertEquals(List.of("$.observations[1]: a second observation for provider RH5, indicator "
            + "shmi, period 2024-07 (the first is $.observations[0])"),
        problemsAfter(d -> array(d, "observations")
            .add(element(d, "observations", 0).deepCopy().put("value", 1.03))));
  }

  @Test
  void decisionsMustNotGoBackwardsForAProvider() {
    assertEquals(List.of("$.decisions[1].at: \"2025-03-01\" goes backwards: the previous decision "
            + "for RH5 ($.decisions[0]) is dated 2025-03-03"),
        problemsAfter(d -> array(d, "decisions").add(element(d, "decisions", 0).deepCopy()
            .put("at", "2025-03-01").put("decision", "CONFIRM_ENHANCED"))));
  }

  @Test
  void decisionsOfDifferentProvidersAreOrderedSeparately() {
    // "at dates must not go backwards for a provider": another provider's earlier date is fine.
    SnapshotReader.Result result = SnapshotReader.read(EXAMPLE.replace("\"decisions\": [",
        "\"decisions\": [\n    { \"provider\": \"1-101234567\", \"at\": \"2025-06-01\", "
            + "\"decision\": \"PLACE_ON_ENHANCED\", \"by\": { \"name\": \"A. Director\", "
            + "\"role\": \"ICB_DIRECTOR\" }, \"rationale\": \"Safeguarding alerts\" },"));
    assertEquals(List.of(), result.problems());
    assertEquals(2, result.snapshot().decisions().size());
  }

  @Test
  void aReferenceToAProviderThatIsPresentButBrokenIsNotAlsoUnknown() {
    // The provider's own problem is the one to fix; "RH5 is not a provider" would mislead.
    assertEquals(List.of("$.providers[0].kind: \"HOSPITAL\" is not one of " + KINDS),
        problemsAfter(d -> element(d, "providers", 0).put("kind", "HOSPITAL")));
  }

  @Test
  void whenTheProvidersAreNotAnArrayNoReferenceIsCalledUnknown() {
    assertEquals(List.of("$.providers: must be an array but was an object"),
        problemsAfter(d -> d.putObject("providers")));
  }

  // --- Thresholds (SNAPSHOT.md: "red must be on the worse side of amber")

  @Test
  void redBelowAmberForALowerIsBetterIndicator() {
    assertEquals(List.of("$.indicators[0].thresholds: red (1) must be on the worse side of "
            + "amber (1.05) for a LOWER_IS_BETTER indicator"),
        problemsAfter(d -> ((ObjectNode) element(d, "indicators", 0).get("thresholds"))
            .put("red", 1.0)));
  }

  @Test
  void redAboveAmberForAHigherIsBetterIndicator() {
    assertEquals(List.of("$.indicators[0].thresholds: red (1.15) must be on the worse side of "
            + "amber (1.05) for a HIGHER_IS_BETTER indicator"),
        problemsAfter(d -> element(d, "indicators", 0).put("polarity", "HIGHER_IS_BETTER")));
  }

  @Test
  void aNeutralIndicatorHasNoThresholds() {
    assertEquals(List.of("$.indicators[0].thresholds: are not allowed on a NEUTRAL indicator: "
            + "thresholds need a worse side"),
        problemsAfter(d -> element(d, "indicators", 0).put("polarity", "NEUTRAL")));
  }

  // --- Fields: unknown, missing, mistyped

  @Test
  void aTypoInAFieldNameIsAnErrorWithASuggestion() {
    assertEquals(List.of("$.risks[0].lastReviwed: is not a known field "
            + "(did you mean \"lastReviewed\"?)"),
        problemsAfter(d -> {
          ObjectNode risk = element(d, "risks", 0);
          risk.set("lastReviwed", risk.remove("lastReviewed"));
        }));
    assertEquals(List.of("$.intelligense: is not a known field (did you mean \"intelligence\"?)"),
        problemsAfter(d -> d.set("intelligense", d.remove("intelligence"))));
  }

  @Test
  void anUnknownFieldFarFromAnyNameListsTheKnownOnes() {
    assertEquals(List.of("$.decisions[0].by.organisation: is not a known field "
            + "(known fields: name, role)"),
        problemsAfter(d -> ((ObjectNode) element(d, "decisions", 0).get("by"))
            .put("organisation", "QSL")));
  }

  @Test
  void missingRequiredFields() {
    assertEquals(List.of(
            "$.asOf: is required",
            "$.decisions[0].by.role: is required",
            "$.format: is required (\"qsurv-snapshot/1\")",
            "$.intelligence[0].summary: is required",
            "$.observations[0].value: is required",
            "$.risks[0].owner: is required"),
        problemsAfter(d -> {
          d.remove("format");
          d.remove("asOf");
          element(d, "risks", 0).remove("owner");
          ((ObjectNode) element(d, "decisions", 0).get("by")).remove("role");
          element(d, "intelligence", 0).putNull("summary"); // null counts as absent
          element(d, "observations", 0).remove("value");  // v1 has no missing returns
        }));
    assertEquals(List.of("$.commissioner: is required"), problemsAfter(d -> d.remove("commissioner")));
    assertEquals(List.of("$.decisions[0].by: is required"),
        problemsAfter(d -> element(d, "decisions", 0).remove("by")));
  }

  @Test
  void wrongJsonTypes() {
    assertEquals(List.of(
            "$.decisions[0].at: must be a string but was true",
            "$.decisions[1]: must be an object but was the string \"PLACE_ON_ENHANCED\"",
            "$.indicators[0].target: must be a number but was the string \"1.0\"",
            "$.intelligence: must be an array but was an object",
            "$.providers[0].name: must be a string but was 42",
            "$.risks[0].likelihood: must be a whole number but was the string \"4\"",
            "$.risks[0].owner: must be a string but was an array",
            "$.risks[1]: must be an object but was null"),
        problemsAfter(d -> {
          element(d, "decisions", 0).put("at", true);
          array(d, "decisions").add("PLACE_ON_ENHANCED");
          element(d, "indicators", 0).put("target", "1.0");
          d.putObject("intelligence");
          element(d, "providers", 0).put("name", 42);
          element(d, "risks", 0).put("likelihood", "4").putArray("owner");
          array(d, "risks").addNull();
        }));
  }

  @Test
  void aFormatTagOtherThanV1() {
    assertEquals(List.of("$.format: \"qsurv-snapshot/2\" is not a format this reader knows "
            + "(expected \"qsurv-snapshot/1\" or \"qsurv-snapshot/1.1\")"),
        problemsAfter(d -> d.put("format", "qsurv-snapshot/2")));
  }

  // --- Not JSON, or not one JSON object

  @Test
  void invalidJsonSyntaxIsReportedWhereItIs() {
    assertEquals(List.of("$.asOf: is not valid JSON: Unexpected character ('\"' (code 34)): was "
            + "expecting comma to separate Object entries (line 4, column 3)"),
        problemsOf(EXAMPLE.replace("\"asOf\": \"2025-07-01\",", "\"asOf\": \"2025-07-01\"")));
    assertEquals(List.of("$.providers[2]: is not valid JSON: Unexpected character (']' (code 93)): "
            + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' "
            + "or 'false') (line 8, column 3)"),
        problemsOf(EXAMPLE.replace("\"kind\": \"CARE_HOME\" }\n  ],",
            "\"kind\": \"CARE_HOME\" },\n  ],")));
  }

  @Test
  void aTruncatedDocumentReportsWhatWasReadAndNothingItCouldNotSee() {
    // Cut before "risks": the commissioner and the rest cannot be called missing, nor the
    // references unknown; the likelihood problem before the cut is still reported.
    String cut = EXAMPLE.substring(0, EXAMPLE.indexOf("\"decisions\""))
        .replace("\"likelihood\": 4", "\"likelihood\": 9");
    assertEquals(List.of(
            "$.risks: is not valid JSON: Unexpected end-of-input within/between Object entries "
                + "(line 25, column 3)",
            "$.risks[0].likelihood: 9 is not between 1 and 5"),
        problemsOf(cut));
  }

  @Test
  void aDuplicateKeyIsInvalidJsonForAReader() {
    assertEquals(List.of("$.providers[0].kind: is not valid JSON: Duplicate field 'kind' "
            + "(line 6, column 80)"),
        problemsOf(EXAMPLE.replace("\"kind\": \"ACUTE\"",
            "\"kind\": \"ACUTE\", \"kind\": \"COMMUNITY\"")));
  }

  @Test
  void aDuplicateKeyInAnObservationIsReportedAndTheRestStillRead() {
    // Observations are streamed without Jackson's duplicate check; the reader finds the repeat
    // itself and, as it need not stop there, also reports the later problem.
    assertEquals(List.of("$.observations[0].value: is not valid JSON: Duplicate field 'value' "
            + "(line 15, column 92)",
            "$.risks[0].likelihood: 9 is not between 1 and 5"),
        problemsOf(EXAMPLE.replace("\"value\": 1.02", "\"value\": 1.02, \"value\": 1.03")
            .replace("\"likelihood\": 4", "\"likelihood\": 9")));
  }

  @Test
  void trailingContentAfterTheSnapshot() {
    assertEquals(List.of("$: has content after the end of the snapshot object"),
        problemsOf(EXAMPLE + "\n{}"));
    assertEquals(List.of("$: is not valid JSON: Unrecognized token 'x': was expecting (JSON "
            + "String, Number, Array, Object or token 'null', 'true' or 'false') (line 31, column 2)"),
        problemsOf(EXAMPLE + "x"));
    assertEquals(List.of("$: is not valid JSON: Unexpected close marker ']': expected '}' (for root "
            + "starting at line 1) (line 31, column 1)"),
        problemsOf(EXAMPLE + "]"));
  }

  @Test
  void aDocumentThatIsNotAnObject() {
    assertEquals(List.of("$: is empty: a snapshot is a JSON object"), problemsOf(""));
    assertEquals(List.of("$: is empty: a snapshot is a JSON object"), problemsOf(" \n"));
    assertEquals(List.of("$: must be a JSON object"), problemsOf("[]"));
    assertEquals(List.of("$: must be a JSON object"), problemsOf("\"qsurv-snapshot/1\""));
  }

  // --- Everything at once

  /**
   * One document with twenty problems in every part: all are reported, in path order, and none is
   * reported twice (the broken indicator shmi is not also "unknown" to the observation of it, nor
   * the broken provider 1-101234567 to the intelligence about it).
   */
  @Test
  void everyProblemInADocumentIsReportedNotOnlyTheFirst() {
    assertEquals(List.of(
            "$.decisions[1].by.role: \"DIRECTOR\" is not one of ICB_QUALITY_LEAD, ICB_DIRECTOR, "
                + "NHSE_REGION, PROVIDER, VIEWER",
            "$.decisions[2].at: \"2025-02-01\" goes backwards: the previous decision for RH5 "
                + "($.decisions[0]) is dated 2025-03-03",
            "$.format: \"qsurv-snapshot/0\" is not a format this reader knows "
                + "(expected \"qsurv-snapshot/1\" or \"qsurv-snapshot/1.1\")",
            "$.indicators[0].thresholds: red (1.05) must be on the worse side of amber (1.15) "
                + "for a LOWER_IS_BETTER indicator",
            "$.intelligence[1].domain: \"CARING\" is not one of SAFE, EFFECTIVE, EXPERIENCE, "
                + "WELL_LED, SUSTAINABLE, EQUITABLE",
            "$.intelligence[1].received: \"2025-06-31\" is not a date (YYYY-MM-DD)",
            "$.intelligence[1].summary: must not be blank but was \" \"",
            "$.intelligence[2].id: \"I-1\" is a duplicate of $.intelligence[0].id",
            "$.notes: is not a known field (known fields: actions, annotations, asOf, commissioner, "
                + "decisions, deepDives, format, incidents, indicators, intelligence, meetings, "
                + "observations, providers, ratings, recalculations, risks, visits)",
            "$.observations[0].period: period \"2025-13\" has month 13, which is not between 1 "
                + "and 12",
            "$.observations[1].provider: \"RXX\" is not a provider in this snapshot",
            "$.observations[2].period: \"2025-05\" is a MONTHLY period but indicator fft is "
                + "QUARTERLY",
            "$.observations[4]: a second observation for provider RH5, indicator fft, period "
                + "2025-Q2 (the first is $.observations[3])",
            "$.observations[6].indicator: \"hsmr\" is not an indicator in this snapshot",
            "$.providers[1].code: \"RH5\" is a duplicate of $.providers[0].code",
            "$.providers[2].kind: \"NURSING_HOME\" is not one of " + KINDS,
            "$.risks[0].lastReviewd: is not a known field (did you mean \"lastReviewed\"?)",
            "$.risks[0].likelihood: 7 is not between 1 and 5",
            "$.risks[1].consequence: must be a whole number but was the string \"major\"",
            "$.risks[1].owner: is required"),
        problemsOf(resource("/snapshots/broken/many-problems.json")));
  }

  private static String resource(String name) {
    try (InputStream in = BrokenSnapshotTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
