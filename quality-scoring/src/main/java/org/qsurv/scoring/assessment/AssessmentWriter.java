package org.qsurv.scoring.assessment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.scoring.spc.SpcSignal;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * Writes an {@link Assessment} as the v1 assessment JSON of SNAPSHOT.md: its field names, enum
 * spellings and order, with {@code null} for an absent {@code levelSince} or
 * {@code sustainedAssuranceUntil} and a {@code reason} only on rejected decisions. Each trigger
 * also carries its plain-English {@code reason} (v1 allows added fields).
 *
 * <pre>{@code
 * String json = AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AssessmentWriter {
  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private AssessmentWriter() {}

  /** The assessment as pretty-printed JSON. */
  public static String write(Assessment assessment) {
    try {
      return JSON.writeValueAsString(new Document(assessment));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an assessment always serialises", e);
    }
  }

  /**
   * Writes the assessment to a generator the caller has opened on its own stream. The generator
   * is flushed, not closed.
   */
  public static void write(Assessment assessment, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", assessment.format());
    out.writeStringField("asOf", assessment.asOf().toString());
    out.writeArrayFieldStart("providers");
    for (ProviderAssessment p : assessment.providers()) {
      writeProvider(p, out);
    }
    out.writeEndArray();
    if (assessment.format().equals(Assessment.FORMAT_1_1)) {
      writeRisks("systemRisks", assessment.systemRisks(), out);
    }
    out.writeArrayFieldStart("findings");
    for (Finding f : assessment.findings()) {
      out.writeStartObject();
      out.writeStringField("code", f.code().name());
      if (f.provider().isPresent()) {
        out.writeStringField("provider", f.provider().get().value());
      }
      out.writeStringField("subject", f.subject());
      out.writeStringField("detail", f.detail());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
    out.flush();
  }

  private static void writeProvider(ProviderAssessment p, JsonGenerator out) throws IOException {
    QualityAssessment q = p.quality();
    out.writeStartObject();
    out.writeStringField("code", p.code().value());
    out.writeStringField("level", p.level().name());
    out.writeBooleanField("pendingReview", p.pendingReview());
    writeDate("levelSince", p.levelSince(), out);
    writeDate("sustainedAssuranceUntil", p.sustainedAssuranceUntil(), out);

    out.writeArrayFieldStart("indicators");
    for (IndicatorAssessment i : q.indicators()) {
      out.writeStartObject();
      out.writeStringField("id", i.id().value());
      out.writeStringField("period", i.period().toString());
      out.writeNumberField("value", i.value());
      out.writeStringField("threshold", i.threshold().name());
      out.writeStringField("variation", i.variation().name());
      out.writeArrayFieldStart("signals");
      for (SpcSignal s : i.signals()) {
        out.writeString(s.name());
      }
      out.writeEndArray();
      out.writeStringField("assurance", i.assurance().name());
      out.writeEndObject();
    }
    out.writeEndArray();

    writeRisks("risks", q.risks(), out);

    out.writeArrayFieldStart("triggers");
    for (TriggerFiring t : q.triggers()) {
      out.writeStartObject();
      out.writeStringField("code", t.code().name());
      out.writeArrayFieldStart("evidence");
      for (String id : t.evidence()) {
        out.writeString(id);
      }
      out.writeEndArray();
      out.writeStringField("reason", t.reason());
      out.writeEndObject();
    }
    out.writeEndArray();

    out.writeObjectFieldStart("recommendation");
    out.writeStringField("level", q.recommendation().level().name());
    out.writeBooleanField("urgent", q.recommendation().urgent());
    out.writeArrayFieldStart("reasons");
    for (String reason : q.recommendation().reasons()) {
      out.writeString(reason);
    }
    out.writeEndArray();
    out.writeEndObject();

    out.writeArrayFieldStart("decisions");
    for (DecisionResult d : p.decisions()) {
      out.writeStartObject();
      out.writeNumberField("index", d.index());
      out.writeBooleanField("accepted", d.accepted());
      if (d.reason().isPresent()) {
        out.writeStringField("reason", d.reason().get());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeRisks(String field, List<ScoredRisk> risks, JsonGenerator out)
      throws IOException {
    out.writeArrayFieldStart(field);
    for (ScoredRisk r : risks) {
      out.writeStartObject();
      out.writeStringField("id", r.id().value());
      out.writeNumberField("score", r.score());
      out.writeStringField("rating", r.rating().name());
      out.writeNumberField("reviewIntervalMonths", r.reviewIntervalMonths());
      out.writeStringField("nextReviewDue", r.nextReviewDue().toString());
      out.writeBooleanField("overdue", r.overdue());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeDate(String field, Optional<LocalDate> date, JsonGenerator out)
      throws IOException {
    if (date.isPresent()) {
      out.writeStringField(field, date.get().toString());
    } else {
      out.writeNullField(field);
    }
  }

  /** Lets Jackson's own string writer drive {@link #write(Assessment, JsonGenerator)}. */
  private static final class Document extends JsonSerializable.Base {
    private final Assessment assessment;

    Document(Assessment assessment) {
      this.assessment = assessment;
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider provider) throws IOException {
      write(assessment, out);
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider provider,
        TypeSerializer typeSer) throws IOException {
      write(assessment, out);
    }
  }
}
