package org.qsurv.scoring.assessment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.qsurv.model.Tasks;
import org.qsurv.scoring.assurance.LevelOfAssurance;
import org.qsurv.scoring.risk.ScoredRisk;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.scoring.spc.AppliedRecalculation;
import org.qsurv.scoring.spc.SpcSignal;
import org.qsurv.scoring.spc.SuggestedRebase;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * Writes an {@link Assessment} as the v1 assessment JSON of SNAPSHOT.md: its field names, enum
 * spellings and order, with {@code null} for an absent {@code levelSince} or
 * {@code sustainedAssuranceUntil} and a {@code reason} only on rejected decisions. Each trigger
 * also carries its plain-English {@code reason} (v1 allows added fields). In format 1.1 each
 * provider also has its {@code levelOfAssurance} (001 §7.0-7.1).
 *
 * <pre>{@code
 * String json = AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AssessmentWriter {
  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();
  private static final ObjectWriter COMPACT = new ObjectMapper().writer();
  // Providers per range written in parallel, and ranges per wave (held as text at once).
  private static final int RANGE = 64;
  private static final int WAVE = 16;
  // A string no assessment holds, written as a JSON string value (quotes included).
  private static final String SENTINEL_TEXT = "qsurv-range-sentinel";
  private static final String SENTINEL = '"' + SENTINEL_TEXT + '"';
  private static final byte[] SENTINEL_BYTES = SENTINEL.getBytes(StandardCharsets.US_ASCII);

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
    boolean v11 = assessment.format().equals(Assessment.FORMAT_1_1);
    for (ProviderAssessment p : assessment.providers()) {
      writeProvider(p, v11, out);
    }
    writeRest(assessment, out);
  }

  /**
   * Writes the assessment to the caller's generator as {@link #write(Assessment, JsonGenerator)}
   * does, byte for byte, with the providers turned into text in parallel on {@code executor}: a
   * national assessment is over a gigabyte of JSON, too much for one core within the time
   * England is to be evaluated in. Providers are written in ranges, each by its own generator
   * at the same depth and with a copy of the caller's pretty printer, a few ranges at a time
   * (so only those are held as text), and copied into {@code out} in order (into Jackson's UTF-8
   * generator, one made over a stream of bytes, as UTF-8 bytes, so that the text is not encoded
   * twice). A generator with
   * features or a pretty printer other than Jackson's defaults and its
   * {@code DefaultPrettyPrinter} is written on the calling thread instead, so that the bytes
   * never differ.
   *
   * @since 1.0.0
   */
  public static void write(Assessment assessment, JsonGenerator out, Executor executor)
      throws IOException {
    PrettyPrinter printer = out.getPrettyPrinter();
    boolean copyable = (printer == null || printer.getClass() == DefaultPrettyPrinter.class)
        && out.getCharacterEscapes() == null;
    List<ProviderAssessment> providers = assessment.providers();
    if (!copyable || out.getFeatureMask() != JsonGenerator.Feature.collectDefaults()
        || providers.size() <= RANGE) {
      write(assessment, out);
      return;
    }
    ObjectWriter writer = printer == null ? COMPACT
        : COMPACT.with(((DefaultPrettyPrinter) printer).createInstance());
    out.writeStartObject();
    out.writeStringField("format", assessment.format());
    out.writeStringField("asOf", assessment.asOf().toString());
    out.writeArrayFieldStart("providers");
    // The first provider through the caller's generator, so that it knows its array is not
    // empty; the rest as text, each range preceded by the separator its generator wrote.
    boolean v11 = assessment.format().equals(Assessment.FORMAT_1_1);
    writeProvider(providers.get(0), v11, out);
    String separator = separator(writer);
    // Jackson's UTF-8 generator (one made over a stream of bytes) takes the ranges as UTF-8 bytes,
    // copied as they are; any other generator takes them as text.
    boolean utf8 = out.getClass() == UTF8JsonGenerator.class;
    int ranges = (providers.size() - 1 + RANGE - 1) / RANGE;
    for (int wave = 0; wave < ranges; wave += WAVE) {
      Piece[] pieces = new Piece[Math.min(WAVE, ranges - wave)];
      List<Runnable> tasks = new ArrayList<>(pieces.length);
      for (int k = 0; k < pieces.length; k++) {
        int slot = k;
        int from = 1 + (wave + k) * RANGE;
        List<ProviderAssessment> range =
            providers.subList(from, Math.min(providers.size(), from + RANGE));
        tasks.add(() -> pieces[slot] = utf8 ? bytes(writer, range, v11, separator)
            : range(writer, range, v11, separator));
      }
      Tasks.runAll(executor, tasks);
      for (Piece piece : pieces) {
        piece.writeTo(out);
      }
    }
    writeRest(assessment, out);
  }

  /** Between two values of an array, as the writer's pretty printer separates them. */
  private static String separator(ObjectWriter writer) throws JsonProcessingException {
    String text = writer.writeValueAsString(new Range(List.of(), false));
    int first = text.indexOf(SENTINEL) + SENTINEL.length();
    return text.substring(first, text.indexOf(SENTINEL, first));
  }

  /**
   * The text of some providers as array values, each preceded by the separator: where it lies in
   * its generator's text, so that it is copied once, not cut out first.
   */
  private static Text range(ObjectWriter writer, List<ProviderAssessment> providers,
      boolean v11, String separator) {
    String text;
    try {
      text = writer.writeValueAsString(new Range(providers, v11));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an assessment always serialises", e);
    }
    int from = text.indexOf(SENTINEL) + SENTINEL.length();
    int to = text.lastIndexOf(SENTINEL) - separator.length();
    return new Text(text, from, to);
  }

  /** A range of providers written, as {@code out} takes it. */
  private sealed interface Piece permits Text, Utf8 {
    void writeTo(JsonGenerator out) throws IOException;
  }

  /** Characters {@code [from, to)} of {@code text}. */
  private record Text(String text, int from, int to) implements Piece {
    @Override
    public void writeTo(JsonGenerator out) throws IOException {
      out.writeRaw(text, from, to - from);
    }
  }

  /**
   * As {@link #range}, as UTF-8 bytes (the sentinel and separator are ASCII), serialised by
   * Jackson's UTF-8 generator rather than encoded from {@link #range}'s text: the two generators
   * differ on a lone surrogate (the UTF-8 one writes it as a six-character escape, the text one
   * as it is), and each range must be written as {@code out} would write it.
   */
  private static Utf8 bytes(ObjectWriter writer, List<ProviderAssessment> providers,
      boolean v11, String separator) {
    byte[] bytes;
    try {
      bytes = writer.writeValueAsBytes(new Range(providers, v11));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an assessment always serialises", e);
    }
    int from = indexOf(bytes, SENTINEL_BYTES) + SENTINEL_BYTES.length;
    int to = lastIndexOf(bytes, SENTINEL_BYTES) - separator.length();
    return new Utf8(Arrays.copyOfRange(bytes, from, to));
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i <= bytes.length - part.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new IllegalStateException("a range's sentinel is missing");
  }

  private static int lastIndexOf(byte[] bytes, byte[] part) {
    for (int i = bytes.length - part.length; i >= 0; i--) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new IllegalStateException("a range's sentinel is missing");
  }

  /**
   * Text already encoded as UTF-8, for {@link UTF8JsonGenerator#writeRaw(
   * com.fasterxml.jackson.core.SerializableString)}, which copies {@link #asUnquotedUTF8()} (or
   * appends it with {@link #appendUnquotedUTF8}) as it is. Only for that generator: its
   * {@link #getValue()} is empty, as no text is ever made of the bytes.
   */
  private static final class Utf8 extends SerializedString implements Piece {
    private static final long serialVersionUID = 1L;

    Utf8(byte[] bytes) {
      super("");
      _unquotedUTF8Ref = bytes;
    }

    @Override
    public void writeTo(JsonGenerator out) throws IOException {
      out.writeRaw(this);
    }
  }

  /**
   * The assessment after its providers: the end of their array, the system risks (1.1) and the
   * findings.
   */
  private static void writeRest(Assessment assessment, JsonGenerator out) throws IOException {
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

  /** One provider; {@code levelOfAssurance} only in format 1.1, which added it. */
  private static void writeProvider(ProviderAssessment p, boolean v11, JsonGenerator out)
      throws IOException {
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
      if (v11) {
        writeChart(i, out);
      }
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
    if (v11) {
      LevelOfAssurance a = q.levelOfAssurance();
      out.writeObjectFieldStart("levelOfAssurance");
      out.writeStringField("level", a.level().name());
      writeStrings("basis", a.basis(), out);
      writeStrings("toMove", a.toMove(), out);
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private static void writeStrings(String field, List<String> values, JsonGenerator out)
      throws IOException {
    out.writeArrayFieldStart(field);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  /**
   * An indicator's recalculations, annotations and suggested rebase (1.1), each written only when
   * there is one.
   */
  private static void writeChart(IndicatorAssessment i, JsonGenerator out) throws IOException {
    if (!i.recalculations().isEmpty()) {
      out.writeArrayFieldStart("recalculations");
      for (AppliedRecalculation r : i.recalculations()) {
        out.writeStartObject();
        out.writeStringField("from", r.from().toString());
        out.writeStringField("reason", r.reason());
        if (r.recordedBy().isPresent()) {
          out.writeStringField("recordedBy", r.recordedBy().get());
        }
        out.writeStringField("source", r.source().name());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!i.annotations().isEmpty()) {
      out.writeArrayFieldStart("annotations");
      for (IndicatorAnnotation a : i.annotations()) {
        out.writeStartObject();
        if (a.date().isPresent()) {
          out.writeStringField("date", a.date().get().toString());
        } else {
          out.writeStringField("period", a.period().orElseThrow().toString());
        }
        out.writeStringField("text", a.text());
        out.writeStringField("author", a.author());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (i.suggestedRebase().isPresent()) {
      SuggestedRebase r = i.suggestedRebase().get();
      out.writeObjectFieldStart("suggestedRebase");
      out.writeStringField("from", r.from().toString());
      out.writeNumberField("points", r.points());
      out.writeStringField("basis", r.basis());
      out.writeEndObject();
    }
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

  /**
   * Some providers at the same depth as in a whole assessment (in the providers array of an
   * object), between two sentinel strings that show where their text starts and ends.
   */
  private static final class Range extends JsonSerializable.Base {
    private final List<ProviderAssessment> providers;
    private final boolean v11;

    Range(List<ProviderAssessment> providers, boolean v11) {
      this.providers = providers;
      this.v11 = v11;
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartObject();
      out.writeArrayFieldStart("providers");
      out.writeString(SENTINEL_TEXT);
      for (ProviderAssessment p : providers) {
        writeProvider(p, v11, out);
      }
      out.writeString(SENTINEL_TEXT);
      out.writeEndArray();
      out.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider provider,
        TypeSerializer typeSer) throws IOException {
      serialize(out, provider);
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
