package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsurv.app.QsurvMain;

/**
 * The {@code qsurv.jar evaluate} contract of SNAPSHOT.md, rule by rule, run through the real
 * command line in-process: exit codes, output fields and spellings, ordering, the asOf cut-off,
 * thresholds, Making Data Count SPC on hand-computed series, the 5x5 risk matrix and its review
 * dates, and the escalation decision table with its rejections. Fields the contract leaves to the
 * implementation (trigger codes, recommendation reasons) are checked for shape only.
 */
class EvaluateContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  // ---------------------------------------------------------------- the harness

  private record Run(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (Exception e) {
        throw new AssertionError("stdout is not JSON: " + out, e);
      }
    }

    List<String> errorLines() {
      return err.isBlank() ? List.of() : Arrays.asList(err.strip().split("\\R"));
    }
  }

  private Run evaluate(String snapshotJson) throws Exception {
    Path file = Files.createTempFile(dir, "snapshot", ".json");
    Files.writeString(file, snapshotJson);
    return run("evaluate", file.toString());
  }

  private Run evaluate(ObjectNode snapshot) throws Exception {
    return evaluate(JSON.writeValueAsString(snapshot));
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = QsurvMain.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run valid(Run run) {
    assertEquals(0, run.exit(), () -> "exit code; stderr was:\n" + run.err());
    return run;
  }

  private static ObjectNode snapshot(String asOf) {
    ObjectNode s = JSON.createObjectNode();
    s.put("format", "qsurv-snapshot/1");
    s.put("asOf", asOf);
    s.putObject("commissioner").put("code", "QSL").put("name", "NHS Somerset ICB");
    s.putArray("providers");
    s.putArray("indicators");
    s.putArray("observations");
    s.putArray("intelligence");
    s.putArray("risks");
    s.putArray("decisions");
    provider(s, "RH5", "Somerset NHS Foundation Trust", "ACUTE");
    return s;
  }

  private static void provider(ObjectNode s, String code, String name, String kind) {
    ((ArrayNode) s.get("providers")).addObject().put("code", code).put("name", name).put("kind", kind);
  }

  private static ObjectNode indicator(ObjectNode s, String id, String polarity) {
    return ((ArrayNode) s.get("indicators")).addObject()
        .put("id", id).put("name", "Indicator " + id).put("domain", "SAFE").put("unit", "count")
        .put("polarity", polarity).put("frequency", "MONTHLY");
  }

  private static void thresholds(ObjectNode indicator, double amber, double red) {
    indicator.putObject("thresholds").put("amber", amber).put("red", red);
  }

  /** Monthly observations for RH5 of {@code indicator}, the first in {@code first}. */
  private static void series(ObjectNode s, String indicator, String first, double... values) {
    YearMonth month = YearMonth.parse(first);
    for (double v : values) {
      ((ArrayNode) s.get("observations")).addObject().put("provider", "RH5")
          .put("indicator", indicator).put("period", month.toString()).put("value", v);
      month = month.plusMonths(1);
    }
  }

  private static ObjectNode risk(ObjectNode s, String id, int likelihood, int consequence,
      String lastReviewed) {
    ObjectNode r = ((ArrayNode) s.get("risks")).addObject().put("id", id).put("provider", "RH5")
        .put("title", "Risk " + id).put("domain", "SAFE").put("owner", "Deputy Chief Nurse")
        .put("likelihood", likelihood).put("consequence", consequence);
    if (lastReviewed != null) {
      r.put("lastReviewed", lastReviewed);
    }
    return r;
  }

  private static void decision(ObjectNode s, String provider, String at, String decision,
      String role, String rationale) {
    ObjectNode d = ((ArrayNode) s.get("decisions")).addObject().put("provider", provider)
        .put("at", at).put("decision", decision);
    d.putObject("by").put("name", "A. Person").put("role", role);
    d.put("rationale", rationale);
  }

  private static void decision(ObjectNode s, String at, String decision, String role) {
    decision(s, "RH5", at, decision, role, "Recorded reason for " + decision);
  }

  private static JsonNode provider(Run run, int i) {
    return run.json().get("providers").get(i);
  }

  private static JsonNode onlyIndicator(Run run) {
    JsonNode indicators = provider(run, 0).get("indicators");
    assertEquals(1, indicators.size(), indicators::toString);
    return indicators.get(0);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  // ---------------------------------------------------------------- the documented example

  @Nested
  class TheExampleOfSnapshotMd {
    private static final String EXAMPLE = """
        {
          "format": "qsurv-snapshot/1",
          "asOf": "2025-07-01",
          "commissioner": { "code": "QSL", "name": "NHS Somerset ICB" },
          "providers": [
            { "code": "RH5", "name": "Somerset NHS Foundation Trust", "kind": "ACUTE" },
            { "code": "1-101234567", "name": "Oak House", "kind": "CARE_HOME" }
          ],
          "indicators": [
            { "id": "shmi", "name": "Summary Hospital-level Mortality Indicator", "domain": "SAFE",
              "unit": "ratio", "polarity": "LOWER_IS_BETTER", "frequency": "MONTHLY",
              "thresholds": { "amber": 1.05, "red": 1.15 }, "target": 1.0 }
          ],
          "observations": [
            { "provider": "RH5", "indicator": "shmi", "period": "2024-07", "value": 1.02 }
          ],
          "intelligence": [
            { "id": "I-1", "provider": "RH5", "received": "2025-06-10", "source": "WHISTLEBLOWING",
              "nature": "SOFT", "domain": "SAFE", "summary": "Staff report unsafe night staffing on ward 4" }
          ],
          "risks": [
            { "id": "R-1", "provider": "RH5", "title": "Night staffing below safe levels", "domain": "SAFE",
              "owner": "Deputy Chief Nurse", "likelihood": 4, "consequence": 4, "lastReviewed": "2025-05-20" }
          ],
          "decisions": [
            { "provider": "RH5", "at": "2025-03-03", "decision": "PLACE_ON_ENHANCED",
              "by": { "name": "A. Director", "role": "ICB_DIRECTOR" },
              "rationale": "Rising mortality and two never events in a quarter" }
          ]
        }
        """;

    @Test
    void evaluatesWithExitZeroAndTheDocumentedShape() throws Exception {
      Run run = valid(evaluate(EXAMPLE));
      JsonNode a = run.json();
      assertEquals("qsurv-assessment/1", a.get("format").asText());
      assertEquals("2025-07-01", a.get("asOf").asText());
      assertEquals(2, a.get("providers").size());
      assertTrue(run.err().isBlank(), run.err());

      JsonNode rh5 = a.get("providers").get(0);
      assertEquals("RH5", rh5.get("code").asText());
      // PLACE_ON_ENHANCED by an ICB director: enhanced, pending its quality review meeting.
      assertEquals("ENHANCED", rh5.get("level").asText());
      assertTrue(rh5.get("pendingReview").asBoolean());
      assertEquals("2025-03-03", rh5.get("levelSince").asText());
      assertTrue(rh5.get("sustainedAssuranceUntil").isNull());

      JsonNode shmi = rh5.get("indicators").get(0);
      assertEquals("shmi", shmi.get("id").asText());
      assertEquals("2024-07", shmi.get("period").asText());
      assertEquals(1.02, shmi.get("value").asDouble());
      assertEquals("GREEN", shmi.get("threshold").asText());
      // One point is no chart (MDC).
      assertEquals("NOT_ENOUGH_DATA", shmi.get("variation").asText());
      assertEquals(0, shmi.get("signals").size());

      // 4 x 4 = 16, extreme; reviewed monthly (004 §4.4): due 2025-06-20, overdue on 2025-07-01.
      JsonNode r1 = rh5.get("risks").get(0);
      assertEquals("R-1", r1.get("id").asText());
      assertEquals(16, r1.get("score").asInt());
      assertEquals("EXTREME", r1.get("rating").asText());
      assertEquals(1, r1.get("reviewIntervalMonths").asInt());
      assertEquals("2025-06-20", r1.get("nextReviewDue").asText());
      assertTrue(r1.get("overdue").asBoolean());

      JsonNode d0 = rh5.get("decisions").get(0);
      assertEquals(0, d0.get("index").asInt());
      assertTrue(d0.get("accepted").asBoolean());

      // The risk of 16 is evidence of a trigger; the untriaged whistleblowing report is not yet
      // "credible and material" (001 §7.2), so it fires nothing.
      boolean riskCited = false;
      for (JsonNode t : rh5.get("triggers")) {
        assertTrue(t.get("code").isTextual());
        riskCited |= texts(t.get("evidence")).contains("R-1");
        assertFalse(texts(t.get("evidence")).contains("I-1"), t.toString());
      }
      assertTrue(riskCited, rh5.get("triggers").toString());
      JsonNode rec = rh5.get("recommendation");
      assertTrue(List.of("ROUTINE", "ENHANCED", "INTENSIVE").contains(rec.get("level").asText()));
      assertTrue(rec.get("urgent").isBoolean());
      assertTrue(rec.get("reasons").isArray() && rec.get("reasons").size() > 0);

      JsonNode oak = a.get("providers").get(1);
      assertEquals("1-101234567", oak.get("code").asText());
      assertEquals("ROUTINE", oak.get("level").asText());
      assertTrue(!oak.get("pendingReview").asBoolean());
      assertTrue(oak.get("levelSince").isNull());
      assertEquals(0, oak.get("indicators").size());
      assertEquals(0, oak.get("risks").size());
      assertEquals(0, oak.get("decisions").size());

      boolean overdueFinding = false;
      for (JsonNode f : a.get("findings")) {
        overdueFinding |= f.get("code").asText().equals("REVIEW_OVERDUE")
            && f.get("provider").asText().equals("RH5") && f.get("subject").asText().equals("R-1");
      }
      assertTrue(overdueFinding, a.get("findings").toString());
    }

    @Test
    void anExpectedMonthlyReturnThatIsAbsentIsAMissingReturnFinding() throws Exception {
      // SHMI was returned for 2024-07 and never again up to 2025-07-01 (003 §5.1.2; 001 §7.3).
      Run run = valid(evaluate(EXAMPLE));
      boolean missing = false;
      for (JsonNode f : run.json().get("findings")) {
        missing |= f.get("code").asText().equals("MISSING_RETURN")
            && f.get("provider").asText().equals("RH5");
      }
      assertTrue(missing, run.json().get("findings").toString());
    }
  }

  // ---------------------------------------------------------------- exit codes and errors

  @Nested
  class InvalidSnapshots {
    @Test
    void anInvalidSnapshotExitsTwoWithEveryErrorAndItsPathOnStderrAndNothingOnStdout()
        throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      indicator(s, "shmi", "LOWER_IS_BETTER");
      risk(s, "R-1", 7, 4, "2025-05-20");
      series(s, "shmi", "2025-01", 1.0);
      ((ObjectNode) s.get("observations").get(0)).put("period", "2025-13");
      ((ArrayNode) s.get("observations")).addObject().put("provider", "RXX")
          .put("indicator", "shmi").put("period", "2025-02").put("value", 1.0);
      risk(s, "R-2", 2, 2, null);
      risk(s, "R-2", 3, 3, null);
      risk(s, "R-3", 1, 1, null).put("likelyhood", 3);

      Run run = evaluate(s);
      assertEquals(2, run.exit(), run.err());
      assertEquals("", run.out());
      List<String> lines = run.errorLines();
      // SNAPSHOT.md's own example line, exactly.
      assertTrue(lines.contains("$.risks[0].likelihood: 7 is not between 1 and 5"), run.err());
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("$.observations[0].period: ")), run.err());
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("$.observations[1].provider: ")), run.err());
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("$.risks[2].id: ")), run.err());
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("$.risks[3].likelyhood: ")), run.err());
      assertEquals(5, lines.size(), run.err());
    }

    @Test
    void unknownFieldsAreErrorsSoThatATypoCannotPassSilently() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      s.put("asof", "2025-07-01");
      Run run = evaluate(s);
      assertEquals(2, run.exit());
      assertTrue(run.errorLines().stream().anyMatch(l -> l.startsWith("$.asof: ")), run.err());
    }

    @Test
    void notJsonAtAllIsAnInvalidSnapshot() throws Exception {
      Run run = evaluate("{ \"format\": ");
      assertEquals(2, run.exit());
      assertEquals("", run.out());
      assertTrue(run.errorLines().get(0).startsWith("$"), run.err());
    }

    @Test
    void anAtDateGoingBackwardsForAProviderIsAnError() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      decision(s, "2025-03-03", "PLACE_ON_ENHANCED", "ICB_DIRECTOR");
      decision(s, "2025-03-01", "CONFIRM_ENHANCED", "ICB_DIRECTOR");
      Run run = evaluate(s);
      assertEquals(2, run.exit());
      assertTrue(run.errorLines().stream().anyMatch(l -> l.startsWith("$.decisions[1].at: ")),
          run.err());
    }

    @Test
    void aSecondObservationForTheSameProviderIndicatorAndPeriodIsAnError() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      indicator(s, "shmi", "LOWER_IS_BETTER");
      series(s, "shmi", "2025-01", 1.0);
      series(s, "shmi", "2025-01", 1.1);
      Run run = evaluate(s);
      assertEquals(2, run.exit());
      assertTrue(run.errorLines().stream().anyMatch(l -> l.startsWith("$.observations[1]")),
          run.err());
    }

    @Test
    void aFileThatCannotBeReadIsAnyOtherFailureWithExitOne() {
      Run run = run("evaluate", dir.resolve("no-such-file.json").toString());
      assertEquals(1, run.exit());
      assertEquals("", run.out());
      assertTrue(!run.err().isBlank());
    }
  }

  // ---------------------------------------------------------------- asOf and ordering

  /**
   * qsurv.jar writes the assessment to standard output as UTF-8 bytes (the providers' text copied
   * as bytes, in parallel ranges of 64); run with text output instead (as an embedding system or
   * a test may), it writes the same characters: many providers, text that is not ASCII.
   */
  @Test
  void theAssessmentWrittenAsBytesIsTheAssessmentWrittenAsText() throws Exception {
    ObjectNode s = snapshot("2025-07-01");
    indicator(s, "falls", "LOWER_IS_BETTER").put("name", "Falls – with harm ✓ ÿ");
    for (int i = 0; i < 300; i++) {
      String code = String.format("A%05d", 81_000 + i);
      provider(s, code, "Ysbyty Gwynedd " + i + " – É", "ACUTE");
      for (int m = 1; m <= 4 + i % 3; m++) {
        ((ArrayNode) s.get("observations")).addObject().put("provider", code)
            .put("indicator", "falls").put("period", "2025-0" + m).put("value", (i * 7 + m) % 11);
      }
    }
    Path file = Files.createTempFile(dir, "many", ".json");
    Files.writeString(file, JSON.writeValueAsString(s));
    Run bytes = valid(run("evaluate", file.toString()));
    Cli.Run text = Cli.run("evaluate", file.toString());
    assertEquals(0, text.status(), text.err());
    assertEquals(301, bytes.json().get("providers").size());
    assertEquals(text.out(), bytes.out());
  }

  @Nested
  class AsOfAndOrdering {
    @Test
    void nothingDatedAfterAsOfIsUsed() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      indicator(s, "falls", "LOWER_IS_BETTER");
      series(s, "falls", "2025-04", 3, 4, 5);       // 2025-04 .. 2025-06
      series(s, "falls", "2025-08", 99);            // a later period: ignored
      ((ArrayNode) s.get("intelligence")).addObject().put("id", "I-9").put("provider", "RH5")
          .put("received", "2025-07-02").put("source", "WHISTLEBLOWING").put("nature", "SOFT")
          .put("domain", "SAFE").put("summary", "Received after asOf");
      decision(s, "2025-07-02", "PLACE_ON_ENHANCED", "ICB_DIRECTOR");

      Run run = valid(evaluate(s));
      JsonNode falls = onlyIndicator(run);
      assertEquals("2025-06", falls.get("period").asText());
      assertEquals(5.0, falls.get("value").asDouble());
      JsonNode rh5 = provider(run, 0);
      assertEquals("ROUTINE", rh5.get("level").asText());
      for (JsonNode t : rh5.get("triggers")) {
        assertTrue(!texts(t.get("evidence")).contains("I-9"), rh5.get("triggers").toString());
      }
    }

    @Test
    void providersIndicatorsAndRisksKeepTheSnapshotsOrderAndFindingsGoByProviderThenCode()
        throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      provider(s, "A81001", "Fictional Surgery", "GP_PRACTICE");
      provider(s, "RA7", "Fictional Trust", "COMMUNITY");
      indicator(s, "zeta", "LOWER_IS_BETTER");
      indicator(s, "alpha", "LOWER_IS_BETTER");
      series(s, "alpha", "2025-05", 1, 2);
      series(s, "zeta", "2025-05", 1, 2);
      risk(s, "R-9", 5, 5, "2024-01-01");
      risk(s, "R-1", 5, 5, "2024-01-01");
      ((ArrayNode) s.get("risks")).addObject().put("id", "R-5").put("provider", "A81001")
          .put("title", "GP risk").put("domain", "SAFE").put("owner", "Owner")
          .put("likelihood", 4).put("consequence", 4).put("lastReviewed", "2024-01-01");

      Run run = valid(evaluate(s));
      JsonNode providers = run.json().get("providers");
      assertEquals(List.of("RH5", "A81001", "RA7"),
          List.of(providers.get(0).get("code").asText(), providers.get(1).get("code").asText(),
              providers.get(2).get("code").asText()));
      JsonNode rh5 = providers.get(0);
      assertEquals("zeta", rh5.get("indicators").get(0).get("id").asText());
      assertEquals("alpha", rh5.get("indicators").get(1).get("id").asText());
      assertEquals("R-9", rh5.get("risks").get(0).get("id").asText());
      assertEquals("R-1", rh5.get("risks").get(1).get("id").asText());

      List<String> order = List.of("RH5", "A81001", "RA7");
      JsonNode findings = run.json().get("findings");
      for (int i = 1; i < findings.size(); i++) {
        JsonNode before = findings.get(i - 1);
        JsonNode after = findings.get(i);
        int byProvider = Integer.compare(order.indexOf(before.get("provider").asText()),
            order.indexOf(after.get("provider").asText()));
        assertTrue(byProvider < 0 || (byProvider == 0
            && before.get("code").asText().compareTo(after.get("code").asText()) <= 0),
            findings.toString());
      }
    }
  }

  // ---------------------------------------------------------------- thresholds

  @Nested
  class Thresholds {
    private String judge(String polarity, double amber, double red, double value) throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      thresholds(indicator(s, "x", polarity), amber, red);
      series(s, "x", "2025-06", value);
      return onlyIndicator(valid(evaluate(s))).get("threshold").asText();
    }

    @Test
    void lowerIsBetterAValueAtRedIsRedAtAmberIsAmberBelowIsGreen() throws Exception {
      // SNAPSHOT.md: a value equal to a threshold falls in the worse band.
      assertEquals("RED", judge("LOWER_IS_BETTER", 1.05, 1.15, 1.15));
      assertEquals("RED", judge("LOWER_IS_BETTER", 1.05, 1.15, 1.30));
      assertEquals("AMBER", judge("LOWER_IS_BETTER", 1.05, 1.15, 1.05));
      assertEquals("GREEN", judge("LOWER_IS_BETTER", 1.05, 1.15, 1.04));
    }

    @Test
    void higherIsBetterAValueAtOrBelowRedIsRedAtOrBelowAmberIsAmber() throws Exception {
      assertEquals("RED", judge("HIGHER_IS_BETTER", 90, 80, 80));
      assertEquals("AMBER", judge("HIGHER_IS_BETTER", 90, 80, 90));
      assertEquals("AMBER", judge("HIGHER_IS_BETTER", 90, 80, 85));
      assertEquals("GREEN", judge("HIGHER_IS_BETTER", 90, 80, 90.5));
    }

    @Test
    void anIndicatorWithoutThresholdsIsNone() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      indicator(s, "x", "LOWER_IS_BETTER");
      series(s, "x", "2025-06", 3);
      JsonNode x = onlyIndicator(valid(evaluate(s)));
      assertEquals("NONE", x.get("threshold").asText());
      assertEquals("NONE", x.get("assurance").asText());
    }

    @Test
    void redOnTheBetterSideOfAmberIsAnInvalidSnapshot() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      thresholds(indicator(s, "x", "LOWER_IS_BETTER"), 1.15, 1.05);
      Run run = evaluate(s);
      assertEquals(2, run.exit());
      assertTrue(run.errorLines().stream().anyMatch(l -> l.startsWith("$.indicators[0].thresholds")),
          run.err());
    }
  }

  // ---------------------------------------------------------------- Making Data Count SPC

  @Nested
  class StatisticalProcessControl {
    private JsonNode chart(String polarity, Double target, double... values) throws Exception {
      ObjectNode s = snapshot("2026-12-01");
      ObjectNode indicator = indicator(s, "x", polarity);
      if (target != null) {
        indicator.put("target", target);
      }
      series(s, "x", "2024-01", values);
      return onlyIndicator(valid(evaluate(s)));
    }

    @Test
    void sevenPointsAboveTheMeanAtTheEndAreAShiftOfConcernWhenLowerIsBetter() throws Exception {
      // 13 points cycling 10, 11, 9 then seven points 12, 12.5, 12, 12.5, 12, 12.5, 12.
      // Mean = (130 + 85.5) / 20 = 10.775. Moving ranges: twelve in the cycle (sum 16), 10 -> 12
      // (2), six of 0.5 (3): mean MR = 21 / 19 = 1.1053; limits = 10.775 +/- 2.94 =
      // [7.835, 13.715]; upper two-sigma line = 12.735. Nothing outside the limits, nothing beyond
      // two sigma, no monotone run; the last seven points are all above the mean: a shift.
      JsonNode x = chart("LOWER_IS_BETTER", null,
          10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 12, 12.5, 12, 12.5, 12, 12.5, 12);
      assertEquals("SPECIAL_CAUSE_CONCERN", x.get("variation").asText());
      assertEquals(List.of("SHIFT"), texts(x.get("signals")));
    }

    @Test
    void theSameShiftIsImprovementWhenHigherIsBetterAndNeutralWhenNeitherIs() throws Exception {
      double[] values = {10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 12, 12.5, 12, 12.5, 12,
          12.5, 12};
      assertEquals("SPECIAL_CAUSE_IMPROVEMENT",
          chart("HIGHER_IS_BETTER", null, values).get("variation").asText());
      assertEquals("SPECIAL_CAUSE_NEUTRAL",
          chart("NEUTRAL", null, values).get("variation").asText());
    }

    @Test
    void aPointAboveTheUpperProcessLimitIsOutsideLimits() throws Exception {
      // Fourteen points cycling 10, 10.5, 9.5 (sum 140.5) then 30: mean = 170.5 / 15 = 11.367;
      // moving ranges sum 8.5 + 19.5 = 28 over 14: mean MR = 2.0; upper limit = 11.367 + 5.32 =
      // 16.687 (13.1 if the 19.5 range is screened out): 30 is outside either way. Points outside
      // the limits do not count towards two-of-three (MDC; PTD).
      JsonNode x = chart("HIGHER_IS_BETTER", null,
          10, 10.5, 9.5, 10, 10.5, 9.5, 10, 10.5, 9.5, 10, 10.5, 9.5, 10, 10.5, 30);
      assertEquals("SPECIAL_CAUSE_IMPROVEMENT", x.get("variation").asText());
      assertEquals(List.of("OUTSIDE_LIMITS"), texts(x.get("signals")));
    }

    @Test
    void nineRisingPointsAreATrendWhateverTheRuleSetsRunLength() throws Exception {
      // Eight points alternating 10, 12 then nine rising by 0.2 from 10.1 to 11.7: mean =
      // 186.1 / 17 = 10.947; mean MR = (14 + 1.9 + 1.6) / 16 = 1.094; limits [8.04, 13.86];
      // only the last four points are above the mean. A rising run of nine points is a trend
      // under both run lengths in use (6 and 7; MDC; PTD); its direction is its own.
      JsonNode x = chart("HIGHER_IS_BETTER", null,
          10, 12, 10, 12, 10, 12, 10, 12, 10.1, 10.3, 10.5, 10.7, 10.9, 11.1, 11.3, 11.5, 11.7);
      assertEquals("SPECIAL_CAUSE_IMPROVEMENT", x.get("variation").asText());
      assertEquals(List.of("TREND"), texts(x.get("signals")));
    }

    @Test
    void twoOfThreePointsBeyondTwoSigmaOnOneSideAreASignal() throws Exception {
      // Fourteen points alternating 10, 12, then 16.5, 12, 16.5: mean = 199 / 17 = 11.706;
      // mean MR = (26 + 13.5) / 16 = 2.469; upper limit = 18.27; upper two-sigma line = 11.706 +
      // 4.378 = 16.08. Two of the last three points (16.5, 16.5) lie between the two.
      JsonNode x = chart("LOWER_IS_BETTER", null,
          10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 16.5, 12, 16.5);
      assertEquals("SPECIAL_CAUSE_CONCERN", x.get("variation").asText());
      assertEquals(List.of("TWO_OF_THREE"), texts(x.get("signals")));
    }

    @Test
    void aStableProcessIsCommonCauseAndATargetOutsideItsLimitsGivesConsistentAssurance()
        throws Exception {
      // Sixteen points alternating 10, 12: mean 11, mean MR 2, limits 11 +/- 5.32 =
      // [5.68, 16.32].
      double[] stable = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12};
      JsonNode x = chart("HIGHER_IS_BETTER", 20.0, stable);
      assertEquals("COMMON_CAUSE", x.get("variation").asText());
      assertEquals(0, x.get("signals").size());
      assertEquals("CONSISTENT_FAIL", x.get("assurance").asText());
      assertEquals("CONSISTENT_PASS", chart("HIGHER_IS_BETTER", 4.0, stable)
          .get("assurance").asText());
      assertEquals("CONSISTENT_PASS", chart("LOWER_IS_BETTER", 20.0, stable)
          .get("assurance").asText());
      assertEquals("INCONSISTENT", chart("LOWER_IS_BETTER", 11.0, stable)
          .get("assurance").asText());
    }

    @Test
    void aFewPointsAreNotEnoughData() throws Exception {
      JsonNode x = chart("LOWER_IS_BETTER", 1.0, 1, 2, 3);
      assertEquals("NOT_ENOUGH_DATA", x.get("variation").asText());
      assertEquals(0, x.get("signals").size());
    }
  }

  // ---------------------------------------------------------------- the risk matrix

  @Nested
  class RiskMatrix {
    private JsonNode risks(String asOf, Object[]... rows) throws Exception {
      ObjectNode s = snapshot(asOf);
      for (Object[] r : rows) {
        risk(s, (String) r[0], (Integer) r[1], (Integer) r[2], (String) r[3]);
      }
      return provider(valid(evaluate(s)), 0).get("risks");
    }

    @Test
    void scoreIsLikelihoodTimesConsequenceBandedByTheNpsaMatrix() throws Exception {
      JsonNode r = risks("2025-07-01",
          new Object[] {"a", 1, 3, "2025-06-01"}, new Object[] {"b", 2, 2, "2025-06-01"},
          new Object[] {"c", 2, 3, "2025-06-01"}, new Object[] {"d", 4, 2, "2025-06-01"},
          new Object[] {"e", 3, 4, "2025-06-01"}, new Object[] {"f", 5, 3, "2025-06-01"},
          new Object[] {"g", 5, 5, "2025-06-01"});
      assertEquals(List.of(3, 4, 6, 8, 12, 15, 25), List.of(r.get(0).get("score").asInt(),
          r.get(1).get("score").asInt(), r.get(2).get("score").asInt(),
          r.get(3).get("score").asInt(), r.get(4).get("score").asInt(),
          r.get(5).get("score").asInt(), r.get(6).get("score").asInt()));
      assertEquals(List.of("LOW", "MODERATE", "MODERATE", "HIGH", "HIGH", "EXTREME", "EXTREME"),
          List.of(r.get(0).get("rating").asText(), r.get(1).get("rating").asText(),
              r.get(2).get("rating").asText(), r.get(3).get("rating").asText(),
              r.get(4).get("rating").asText(), r.get(5).get("rating").asText(),
              r.get(6).get("rating").asText()));
    }

    @Test
    void aScoreOfFifteenOrAboveIsReviewedMonthlyFromTheDateOfTheLastReview() throws Exception {
      // 004 §4.4. Due one calendar month after lastReviewed; due on asOf is not yet overdue.
      JsonNode r = risks("2025-07-01", new Object[] {"a", 5, 3, "2025-06-01"},
          new Object[] {"b", 4, 4, "2025-05-31"}, new Object[] {"c", 5, 5, "2025-01-31"});
      assertEquals(1, r.get(0).get("reviewIntervalMonths").asInt());
      assertEquals("2025-07-01", r.get(0).get("nextReviewDue").asText());
      assertTrue(!r.get(0).get("overdue").asBoolean());
      assertEquals("2025-06-30", r.get(1).get("nextReviewDue").asText());
      assertTrue(r.get(1).get("overdue").asBoolean());
      assertEquals("2025-02-28", r.get(2).get("nextReviewDue").asText());
      assertTrue(r.get(2).get("overdue").asBoolean());
    }

    @Test
    void lowerBandsUseTheDocumentedDefaultIntervals() throws Exception {
      // Local-choice defaults (docs/frameworks.md): high quarterly, moderate six-monthly, low
      // annually.
      JsonNode r = risks("2025-07-01", new Object[] {"h", 3, 4, "2025-03-31"},
          new Object[] {"m", 2, 2, "2025-01-15"}, new Object[] {"l", 1, 2, "2024-07-01"});
      assertEquals(3, r.get(0).get("reviewIntervalMonths").asInt());
      assertEquals("2025-06-30", r.get(0).get("nextReviewDue").asText());
      assertTrue(r.get(0).get("overdue").asBoolean());
      assertEquals(6, r.get(1).get("reviewIntervalMonths").asInt());
      assertEquals("2025-07-15", r.get(1).get("nextReviewDue").asText());
      assertTrue(!r.get(1).get("overdue").asBoolean());
      assertEquals(12, r.get(2).get("reviewIntervalMonths").asInt());
      assertEquals("2025-07-01", r.get(2).get("nextReviewDue").asText());
      assertTrue(!r.get(2).get("overdue").asBoolean());
    }

    @Test
    void aRiskNeverReviewedIsDueOnAsOf() throws Exception {
      JsonNode r = risks("2025-07-01", new Object[] {"n", 4, 4, null});
      assertEquals("2025-07-01", r.get(0).get("nextReviewDue").asText());
      assertTrue(!r.get(0).get("overdue").asBoolean());
    }
  }

  // ---------------------------------------------------------------- decisions

  @Nested
  class Decisions {
    private JsonNode outcome(ObjectNode s) throws Exception {
      return provider(valid(evaluate(s)), 0);
    }

    private static void assertAccepted(JsonNode provider, boolean... accepted) {
      JsonNode decisions = provider.get("decisions");
      assertEquals(accepted.length, decisions.size(), decisions::toString);
      for (int i = 0; i < accepted.length; i++) {
        JsonNode d = decisions.get(i);
        assertEquals(accepted[i], d.get("accepted").asBoolean(), () -> "decision " + d);
        if (accepted[i]) {
          assertTrue(d.get("reason") == null || d.get("reason").isNull(), d::toString);
        } else {
          assertTrue(d.get("reason").isTextual() && !d.get("reason").asText().isBlank(),
              d::toString);
        }
      }
    }

    @Test
    void theEnhancedLifecycleWithItsAuthorityAndTheSustainedAssurancePeriod() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      decision(s, "2025-01-10", "PLACE_ON_ENHANCED", "ICB_DIRECTOR");        // ok: pending review
      decision(s, "2025-01-15", "ASSURANCE_GAINED", "ICB_DIRECTOR");         // no: still pending
      decision(s, "2025-01-20", "CONFIRM_ENHANCED", "ICB_QUALITY_LEAD");     // no: wrong role
      decision(s, "2025-01-21", "CONFIRM_ENHANCED", "ICB_DIRECTOR");         // ok: confirmed
      decision(s, "2025-02-01", "ESCALATE_TO_INTENSIVE", "ICB_DIRECTOR");    // no: NHS England only
      decision(s, "RH5", "2025-02-10", "ASSURANCE_GAINED", "ICB_DIRECTOR", "   "); // no: blank
      decision(s, "2025-02-11", "ASSURANCE_GAINED", "ICB_DIRECTOR");         // ok: until 05-11
      decision(s, "2025-05-10", "STEP_DOWN", "ICB_DIRECTOR");                // no: too early
      JsonNode before = outcome(s);
      assertAccepted(before, true, false, false, true, false, false, true, false);
      assertEquals("ENHANCED", before.get("level").asText());
      assertTrue(!before.get("pendingReview").asBoolean());
      assertEquals("2025-01-10", before.get("levelSince").asText());
      assertEquals("2025-05-11", before.get("sustainedAssuranceUntil").asText());

      decision(s, "2025-05-12", "STEP_DOWN", "ICB_DIRECTOR");                // ok: period passed
      JsonNode after = outcome(s);
      assertAccepted(after, true, false, false, true, false, false, true, false, true);
      assertEquals("ROUTINE", after.get("level").asText());
      assertEquals("2025-05-12", after.get("levelSince").asText());
      assertTrue(after.get("sustainedAssuranceUntil").isNull());
      for (int i = 0; i < 9; i++) {
        assertEquals(i, after.get("decisions").get(i).get("index").asInt());
      }
    }

    @Test
    void intensiveIsEnteredByNhsEnglandAndStepsDownOnlyToConfirmedEnhanced() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      decision(s, "2025-01-05", "ESCALATE_TO_INTENSIVE", "NHSE_REGION");     // ok
      decision(s, "2025-01-06", "STEP_DOWN", "NHSE_REGION");                 // no: no assurance
      decision(s, "2025-02-01", "ASSURANCE_GAINED", "ICB_DIRECTOR");         // no: NHSE at intensive
      decision(s, "2025-02-01", "ASSURANCE_GAINED", "NHSE_REGION");          // ok: until 05-01
      decision(s, "2025-05-02", "STEP_DOWN", "NHSE_REGION");                 // ok: to ENHANCED
      decision(s, "2025-05-03", "STEP_DOWN", "ICB_DIRECTOR");                // no: assurance cleared
      decision(s, "2025-05-04", "PLACE_ON_ENHANCED", "ICB_DIRECTOR");        // no: not from routine
      JsonNode p = outcome(s);
      assertAccepted(p, true, false, false, true, true, false, false);
      assertEquals("ENHANCED", p.get("level").asText());
      assertTrue(!p.get("pendingReview").asBoolean());
      assertEquals("2025-05-02", p.get("levelSince").asText());
      assertTrue(p.get("sustainedAssuranceUntil").isNull());
    }

    @Test
    void theQualityReviewMeetingMayReturnTheProviderToRoutine() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      decision(s, "2025-01-10", "PLACE_ON_ENHANCED", "ICB_DIRECTOR");
      decision(s, "2025-01-20", "RETURN_TO_ROUTINE", "ICB_DIRECTOR");
      decision(s, "2025-01-21", "CONFIRM_ENHANCED", "ICB_DIRECTOR");         // no: nothing pending
      JsonNode p = outcome(s);
      assertAccepted(p, true, true, false);
      assertEquals("ROUTINE", p.get("level").asText());
      assertEquals("2025-01-20", p.get("levelSince").asText());
    }

    @Test
    void aRiskSummitIsCalnhsEnglandLedAtAnyLevelAndDoesNotChangeIt() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      decision(s, "2025-02-01", "CALL_RISK_SUMMIT", "ICB_DIRECTOR");         // no: NHS England
      decision(s, "2025-02-02", "CALL_RISK_SUMMIT", "NHSE_REGION");          // ok
      decision(s, "2025-02-03", "PLACE_ON_ENHANCED", "PROVIDER");            // no: wrong role
      decision(s, "2025-02-04", "PLACE_ON_ENHANCED", "VIEWER");              // no: wrong role
      JsonNode p = outcome(s);
      assertAccepted(p, false, true, false, false);
      assertEquals("ROUTINE", p.get("level").asText());
      assertTrue(p.get("levelSince").isNull());
    }

    @Test
    void decisionIndexesCountInTheSnapshotsDecisionsArray() throws Exception {
      ObjectNode s = snapshot("2025-07-01");
      provider(s, "RA7", "Fictional Trust", "COMMUNITY");
      decision(s, "RA7", "2025-01-01", "PLACE_ON_ENHANCED", "ICB_DIRECTOR", "Concerns");
      decision(s, "2025-01-02", "PLACE_ON_ENHANCED", "ICB_DIRECTOR");
      Run run = valid(evaluate(s));
      assertEquals(1, provider(run, 0).get("decisions").get(0).get("index").asInt());
      assertEquals(0, provider(run, 1).get("decisions").get(0).get("index").asInt());
      assertEquals("ENHANCED", provider(run, 1).get("level").asText());
    }
  }
}
