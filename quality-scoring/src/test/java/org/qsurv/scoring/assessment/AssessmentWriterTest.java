package org.qsurv.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.policy.ScoringPolicy;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.Recalculation;
import org.qsurv.scoring.spc.SpcPolicy;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The assessment as docs/SNAPSHOT.md publishes it ({@code qsurv-assessment/1} and {@code /1.1}):
 * every field of every provider, indicator, risk, trigger, recommendation, decision and finding
 * is written under its documented name with the value the assessment holds, and the 1.1 field
 * {@code systemRisks} only in format 1.1. Checked here, beside the writer, and not only through
 * the evaluation that produces whole assessments.
 */
class AssessmentWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final OrganisationCode OAK = OrganisationCode.of("1-101234567");

  private static Assessment assessment(String format) {
    Snapshot s = QualityScoringTest.snapshotMdExample();
    QualityScoring scoring = QualityScoring.of(s, ScoringPolicy.nhsDefaults());
    QualityAssessment rh5 = scoring.assess(RH5, Level.ENHANCED);
    Assessment.Builder a = Assessment.builder().format(format).asOf(s.asOf())
        .addProviders(ProviderAssessment.builder().code(RH5).level(Level.ENHANCED)
            .pendingReview(true).levelSince(LocalDate.of(2025, 3, 3))
            .sustainedAssuranceUntil(LocalDate.of(2025, 9, 1))
            .addDecisions(DecisionResult.of(0, Optional.empty()),
                DecisionResult.of(1, Optional.of("Only NHS England escalates to intensive.")))
            .quality(rh5).build(),
            ProviderAssessment.builder().code(OAK).level(Level.ROUTINE).pendingReview(false)
                .quality(scoring.assess(OAK, Level.ROUTINE)).build());
    if (format.equals(Assessment.FORMAT_1_1)) {
      a.addSystemRisks(rh5.risks().get(0))
          .addSystemFindings(Finding.ofSystem(FindingCode.INTELLIGENCE_NOT_TRIAGED, "I-9",
              "not triaged"));
    }
    return a.build();
  }

  @Test
  void everyFieldIsWrittenUnderItsDocumentedNameWithItsValue() throws IOException {
    Assessment a = assessment(Assessment.FORMAT_1_1);
    JsonNode doc = JSON.readTree(AssessmentWriter.write(a));
    assertEquals("qsurv-assessment/1.1", doc.path("format").asText());
    assertEquals("2025-07-01", doc.path("asOf").asText());
    assertEquals(2, doc.path("providers").size());

    JsonNode rh5 = doc.path("providers").get(0);
    ProviderAssessment p = a.providers().get(0);
    assertEquals("RH5", rh5.path("code").asText());
    assertEquals("ENHANCED", rh5.path("level").asText());
    assertTrue(rh5.path("pendingReview").asBoolean());
    assertEquals("2025-03-03", rh5.path("levelSince").asText());
    assertEquals("2025-09-01", rh5.path("sustainedAssuranceUntil").asText());

    assertFalse(p.quality().indicators().isEmpty(), "the example has an indicator");
    for (int i = 0; i < p.quality().indicators().size(); i++) {
      IndicatorAssessment want = p.quality().indicators().get(i);
      JsonNode got = rh5.path("indicators").get(i);
      assertEquals(want.id().value(), got.path("id").asText());
      assertEquals(want.period().toString(), got.path("period").asText());
      assertEquals(want.value(), got.path("value").asDouble());
      assertEquals(want.threshold().name(), got.path("threshold").asText());
      assertEquals(want.variation().name(), got.path("variation").asText());
      assertEquals(want.signals().size(), got.path("signals").size());
      assertEquals(want.assurance().name(), got.path("assurance").asText());
    }
    assertEquals(p.quality().indicators().size(), rh5.path("indicators").size());

    assertFalse(p.quality().risks().isEmpty(), "the example has risks");
    assertRisks(p.quality().risks(), rh5.path("risks"));

    assertEquals(p.quality().triggers().size(), rh5.path("triggers").size());
    for (int i = 0; i < p.quality().triggers().size(); i++) {
      TriggerFiring want = p.quality().triggers().get(i);
      JsonNode got = rh5.path("triggers").get(i);
      assertEquals(want.code().name(), got.path("code").asText());
      assertEquals(want.evidence().size(), got.path("evidence").size());
      for (int e = 0; e < want.evidence().size(); e++) {
        assertEquals(want.evidence().get(e), got.path("evidence").get(e).asText());
      }
      assertEquals(want.reason(), got.path("reason").asText());
    }

    JsonNode recommendation = rh5.path("recommendation");
    assertEquals(p.quality().recommendation().level().name(), recommendation.path("level").asText());
    assertEquals(p.quality().recommendation().urgent(), recommendation.path("urgent").asBoolean());
    assertTrue(recommendation.path("urgent").isBoolean());
    assertEquals(p.quality().recommendation().reasons().size(), recommendation.path("reasons").size());
    for (int i = 0; i < p.quality().recommendation().reasons().size(); i++) {
      assertEquals(p.quality().recommendation().reasons().get(i),
          recommendation.path("reasons").get(i).asText());
    }

    JsonNode decisions = rh5.path("decisions");
    assertEquals(2, decisions.size());
    assertEquals(0, decisions.get(0).path("index").asInt());
    assertTrue(decisions.get(0).path("accepted").asBoolean());
    assertFalse(decisions.get(0).has("reason"), "an accepted decision has no reason");
    assertEquals(1, decisions.get(1).path("index").asInt());
    assertFalse(decisions.get(1).path("accepted").asBoolean());
    assertEquals("Only NHS England escalates to intensive.", decisions.get(1).path("reason").asText());

    JsonNode oak = doc.path("providers").get(1);
    assertEquals("1-101234567", oak.path("code").asText());
    assertFalse(oak.path("pendingReview").asBoolean());
    assertTrue(oak.path("pendingReview").isBoolean());
    assertTrue(oak.has("levelSince") && oak.path("levelSince").isNull(), "no date is null");
    assertTrue(oak.has("sustainedAssuranceUntil") && oak.path("sustainedAssuranceUntil").isNull());

    assertRisks(a.systemRisks(), doc.path("systemRisks"));
    assertEquals(a.findings().size(), doc.path("findings").size());
    for (int i = 0; i < a.findings().size(); i++) {
      Finding want = a.findings().get(i);
      JsonNode got = doc.path("findings").get(i);
      assertEquals(want.code().name(), got.path("code").asText());
      assertEquals(want.provider().map(OrganisationCode::value).orElse("(none)"),
          got.has("provider") ? got.path("provider").asText() : "(none)");
      assertEquals(want.subject(), got.path("subject").asText());
      assertEquals(want.detail(), got.path("detail").asText());
    }
    assertTrue(a.findings().stream().anyMatch(f -> f.provider().isEmpty()),
        "a system finding, written without a provider");
  }

  /**
   * Format 1.1 writes each indicator's recalculations (each with its source, and who recorded it
   * only when someone did), its annotations (on a date or a period) and its suggested rebase, and
   * each provider's level of assurance with its basis and what would move it (SNAPSHOT.md; MDC;
   * 001 §7.0-7.1); a field with nothing to say is left out. Format 1 writes none of them.
   */
  @Test
  void format11WritesTheChartNotesAndTheLevelOfAssurance() throws IOException {
    IndicatorId shmi = IndicatorId.of("shmi");
    Snapshot s = RecalculationsAndAnnotationsTest.snapshot(
        RecalculationsAndAnnotationsTest.stepSeries(),
        List.of(new LimitsRecalculation(RH5, shmi, Period.month(2024, 1), "Merged with Yeovil",
            Optional.of("Head of Quality"))),
        List.of(IndicatorAnnotation.onPeriod(RH5, shmi, Period.month(2024, 3), "Coding audit",
                "Analyst"),
            IndicatorAnnotation.onDate(RH5, shmi, LocalDate.of(2024, 5, 19),
                "Sepsis pathway live", "Nurse")));
    ScoringPolicy recalculating = ScoringPolicy.builder().spc(SpcPolicy.builder()
        .addRecalculations(Recalculation.builder().indicator(shmi).from(Period.month(2023, 7))
            .reason("Definition changed nationally").build()).build()).build();
    QualityAssessment q = QualityScoring.of(s, recalculating).assess(RH5, Level.ROUTINE);

    JsonNode indicator = written(q, Assessment.FORMAT_1_1).path("indicators").get(0);
    JsonNode recalculations = indicator.path("recalculations");
    assertEquals(2, recalculations.size());
    assertEquals("2023-07", recalculations.get(0).path("from").asText());
    assertEquals("Definition changed nationally", recalculations.get(0).path("reason").asText());
    assertFalse(recalculations.get(0).has("recordedBy"), "the policy's has no recorder");
    assertEquals("POLICY", recalculations.get(0).path("source").asText());
    assertEquals("2024-01", recalculations.get(1).path("from").asText());
    assertEquals("Merged with Yeovil", recalculations.get(1).path("reason").asText());
    assertEquals("Head of Quality", recalculations.get(1).path("recordedBy").asText());
    assertEquals("SNAPSHOT", recalculations.get(1).path("source").asText());
    JsonNode annotations = indicator.path("annotations");
    assertEquals(2, annotations.size());
    assertEquals("2024-03", annotations.get(0).path("period").asText());
    assertFalse(annotations.get(0).has("date"));
    assertEquals("Coding audit", annotations.get(0).path("text").asText());
    assertEquals("Analyst", annotations.get(0).path("author").asText());
    assertEquals("2024-05-19", annotations.get(1).path("date").asText());
    assertFalse(annotations.get(1).has("period"));
    assertEquals("Sepsis pathway live", annotations.get(1).path("text").asText());
    assertEquals("Nurse", annotations.get(1).path("author").asText());
    assertFalse(indicator.has("suggestedRebase"), "the shift was rebased");

    JsonNode assurance = written(q, Assessment.FORMAT_1_1).path("levelOfAssurance");
    assertEquals(q.levelOfAssurance().level().name(), assurance.path("level").asText());
    assertFalse(q.levelOfAssurance().basis().isEmpty());
    assertEquals(q.levelOfAssurance().basis(), texts(assurance.path("basis")));
    assertEquals(q.levelOfAssurance().toMove(), texts(assurance.path("toMove")));

    JsonNode unexplained = written(QualityScoring.of(RecalculationsAndAnnotationsTest.snapshot(
            RecalculationsAndAnnotationsTest.stepSeries(), List.of(), List.of()),
        ScoringPolicy.nhsDefaults()).assess(RH5, Level.ROUTINE), Assessment.FORMAT_1_1)
        .path("indicators").get(0);
    assertEquals("2024-01", unexplained.path("suggestedRebase").path("from").asText());
    assertEquals(12, unexplained.path("suggestedRebase").path("points").asInt());
    assertTrue(unexplained.path("suggestedRebase").path("basis").asText()
        .contains("never applied"));
    assertFalse(unexplained.has("recalculations") || unexplained.has("annotations"),
        "nothing to say, nothing written");

    JsonNode format1 = written(q, Assessment.FORMAT);
    for (String field : List.of("recalculations", "annotations", "suggestedRebase")) {
      assertFalse(format1.path("indicators").get(0).has(field), field);
    }
    assertFalse(format1.has("levelOfAssurance"));
  }

  /** The provider {@code q} assessed, written alone in an assessment of {@code format}. */
  private static JsonNode written(QualityAssessment q, String format) throws IOException {
    Assessment a = Assessment.builder().format(format).asOf(q.asOf())
        .addProviders(ProviderAssessment.builder().code(q.provider()).level(Level.ROUTINE)
            .pendingReview(false).quality(q).build()).build();
    return JSON.readTree(AssessmentWriter.write(a)).path("providers").get(0);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  @Test
  void format1HasNoSystemRisks() throws IOException {
    JsonNode doc = JSON.readTree(AssessmentWriter.write(assessment(Assessment.FORMAT)));
    assertEquals("qsurv-assessment/1", doc.path("format").asText());
    assertFalse(doc.has("systemRisks"));
  }

  @Test
  void theCallersGeneratorGetsTheSameDocumentFlushedAndLeftOpen() throws IOException {
    Assessment a = assessment(Assessment.FORMAT_1_1);
    StringWriter text = new StringWriter();
    JsonGenerator out = JSON.getFactory().createGenerator(text);
    AssessmentWriter.write(a, out);
    assertEquals(JSON.readTree(AssessmentWriter.write(a)), JSON.readTree(text.toString()),
        "flushed: everything is in the writer before the caller closes the generator");
    assertFalse(out.isClosed());
  }

  /** The assessment with {@code count} providers, repeating its two in turn. */
  private static Assessment repeated(Assessment a, int count) {
    List<ProviderAssessment> providers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      providers.add(a.providers().get(i % a.providers().size()));
    }
    return Assessment.builder().from(a).providers(providers).build();
  }

  /** What a writer writes into a generator the caller opened and set up with {@code setUp}. */
  private static String written(Consumer<JsonGenerator> setUp, Writing writing)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
      setUp.accept(out);
      writing.write(out);
    }
    return text.toString();
  }

  private interface Writing {
    void write(JsonGenerator out) throws IOException;
  }

  /**
   * The parallel writer writes the sequential writer's bytes, the one document SNAPSHOT.md
   * publishes, pretty-printed or compact, in either format, whatever the number of providers:
   * one, fewer than a range of 64, one and a range, one and a range and one more (waves of 16
   * ranges are crossed on a pool below).
   */
  @Property
  void theParallelWriterWritesTheSequentialWritersBytes(
      @ForAll @IntRange(min = 1, max = 140) int providers, @ForAll boolean pretty,
      @ForAll boolean v11) throws IOException {
    Assessment a = repeated(assessment(v11 ? Assessment.FORMAT_1_1 : Assessment.FORMAT),
        providers);
    Consumer<JsonGenerator> setUp = out -> {
      if (pretty) {
        out.setPrettyPrinter(new DefaultPrettyPrinter());
      }
    };
    String sequential = written(setUp, out -> AssessmentWriter.write(a, out));
    assertEquals(sequential, written(setUp, out -> AssessmentWriter.write(a, out, Runnable::run)));
    assertEquals(providers, JSON.readTree(sequential).path("providers").size());
  }

  /**
   * On threads of a pool, finishing in any order, the ranges are still copied in order: 1,100
   * providers are the first and 17 ranges of 64, in two waves of at most 16.
   */
  @Test
  void onAPoolTheRangesAreCopiedInTheirOrder() throws IOException {
    Assessment a = repeated(assessment(Assessment.FORMAT_1_1), 1100);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertEquals(written(out -> {}, out -> AssessmentWriter.write(a, out)),
          written(out -> {}, out -> AssessmentWriter.write(a, out, pool)));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A generator whose pretty printer or features are not Jackson's defaults is written on the
   * calling thread, so that its bytes are the sequential writer's: the executor is never used.
   */
  @Test
  void aGeneratorSetUpOtherwiseIsWrittenOnTheCallingThread() throws IOException {
    Assessment a = repeated(assessment(Assessment.FORMAT_1_1), 200);
    Executor refuses = task -> {
      throw new AssertionError("the executor was used");
    };
    List<Consumer<JsonGenerator>> setUps = List.of(
        out -> out.setPrettyPrinter(new MinimalPrettyPrinter()),
        out -> out.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN),
        out -> out.setPrettyPrinter(new DefaultPrettyPrinter() {}));
    for (Consumer<JsonGenerator> setUp : setUps) {
      assertEquals(written(setUp, out -> AssessmentWriter.write(a, out)),
          written(setUp, out -> AssessmentWriter.write(a, out, refuses)));
    }
    assertThrows(AssertionError.class, () -> written(out -> {},
        out -> AssessmentWriter.write(a, out, refuses)), "the defaults are written in parallel");
  }

  private static void assertRisks(List<ScoredRisk> want, JsonNode got) {
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      ScoredRisk r = want.get(i);
      JsonNode g = got.get(i);
      assertEquals(r.id().value(), g.path("id").asText());
      assertEquals(r.score(), g.path("score").asInt());
      assertEquals(r.rating().name(), g.path("rating").asText());
      assertEquals(r.reviewIntervalMonths(), g.path("reviewIntervalMonths").asInt());
      assertEquals(r.nextReviewDue().toString(), g.path("nextReviewDue").asText());
      assertEquals(r.overdue(), g.path("overdue").asBoolean());
      assertTrue(g.path("overdue").isBoolean());
    }
  }
}
