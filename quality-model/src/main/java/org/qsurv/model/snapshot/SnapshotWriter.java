package org.qsurv.model.snapshot;

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
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;

/**
 * Writes a {@link Snapshot} in the exchange format of SNAPSHOT.md, version 1 or 1.1 as {@link Snapshot#format()} says, field for field, so that
 * {@link SnapshotReader} reads back an equal snapshot. What v1 has no field for is left out:
 * missing returns (an absent observation says the same), host commissioners, numerators and
 * denominators, trajectories, the sensitivity and reporter of intelligence, a risk's controls,
 * initial and target scores and review history, and a decision-maker's organisation.
 *
 * <pre>{@code
 * String json = SnapshotWriter.write(snapshot);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SnapshotWriter {
  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private SnapshotWriter() {}

  /** The snapshot as pretty-printed v1 JSON. */
  public static String write(Snapshot snapshot) {
    try {
      return JSON.writeValueAsString(new Document(snapshot));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a valid snapshot always serialises", e);
    }
  }

  /** Lets Jackson's own string writer drive {@link #write(Snapshot, JsonGenerator)}. */
  private static final class Document extends JsonSerializable.Base {
    private final Snapshot snapshot;

    Document(Snapshot snapshot) {
      this.snapshot = snapshot;
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider provider) throws IOException {
      write(snapshot, out);
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider provider,
        TypeSerializer typeSer) throws IOException {
      write(snapshot, out);
    }
  }

  /**
   * Writes the snapshot to a generator the caller has opened on its own stream (for snapshots too
   * large to hold as one string). The generator is flushed, not closed.
   */
  public static void write(Snapshot snapshot, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", snapshot.format());
    out.writeStringField("asOf", snapshot.asOf().toString());
    out.writeObjectFieldStart("commissioner");
    out.writeStringField("code", snapshot.commissioner().code().value());
    out.writeStringField("name", snapshot.commissioner().name());
    out.writeEndObject();

    out.writeArrayFieldStart("providers");
    for (Provider p : snapshot.providers()) {
      out.writeStartObject();
      out.writeStringField("code", p.code().value());
      out.writeStringField("name", p.name());
      out.writeStringField("kind", p.kind().name());
      out.writeEndObject();
    }
    out.writeEndArray();

    out.writeArrayFieldStart("indicators");
    for (IndicatorDefinition i : snapshot.indicators()) {
      out.writeStartObject();
      out.writeStringField("id", i.id().value());
      out.writeStringField("name", i.name());
      out.writeStringField("domain", i.domain().name());
      out.writeStringField("unit", i.unit());
      out.writeStringField("polarity", i.polarity().name());
      out.writeStringField("frequency", i.frequency().name());
      if (i.thresholds().isPresent()) {
        out.writeObjectFieldStart("thresholds");
        out.writeNumberField("amber", i.thresholds().get().amber());
        out.writeNumberField("red", i.thresholds().get().red());
        out.writeEndObject();
      }
      if (i.target().isPresent()) {
        out.writeNumberField("target", i.target().getAsDouble());
      }
      out.writeEndObject();
    }
    out.writeEndArray();

    out.writeArrayFieldStart("observations");
    for (Observation o : snapshot.observations()) {
      if (o.isMissing()) {
        continue;
      }
      out.writeStartObject();
      out.writeStringField("provider", o.provider().value());
      out.writeStringField("indicator", o.indicator().value());
      out.writeStringField("period", o.period().toString());
      out.writeNumberField("value", o.value().getAsDouble());
      out.writeEndObject();
    }
    out.writeEndArray();

    out.writeArrayFieldStart("intelligence");
    for (IntelligenceItem i : snapshot.intelligence()) {
      out.writeStartObject();
      out.writeStringField("id", i.id().value());
      out.writeStringField("provider", i.provider().value());
      out.writeStringField("received", i.received().toString());
      out.writeStringField("source", i.source().name());
      out.writeStringField("nature", i.nature().name());
      out.writeStringField("domain", i.domain().name());
      out.writeStringField("summary", i.summary());
      if (i.tone() != Tone.CONCERN) {
        out.writeStringField("tone", i.tone().name());
      }
      if (i.triage().isPresent()) {
        Triage t = i.triage().get();
        out.writeObjectFieldStart("triage");
        out.writeStringField("on", t.on().toString());
        out.writeStringField("outcome", t.outcome().name());
        out.writeBooleanField("credible", t.credible());
        out.writeEndObject();
      }
      if (i.incident().isPresent()) {
        out.writeStringField("incident", i.incident().get().value());
      }
      out.writeEndObject();
    }
    out.writeEndArray();

    out.writeArrayFieldStart("risks");
    for (Risk r : snapshot.risks()) {
      out.writeStartObject();
      out.writeStringField("id", r.id().value());
      if (r.provider().isPresent()) {
        out.writeStringField("provider", r.provider().get().value());
      }
      out.writeStringField("title", r.title());
      out.writeStringField("domain", r.domain().name());
      out.writeStringField("owner", r.owner());
      out.writeNumberField("likelihood", r.likelihood());
      out.writeNumberField("consequence", r.consequence());
      if (r.lastReviewed().isPresent()) {
        out.writeStringField("lastReviewed", r.lastReviewed().get().toString());
      }
      out.writeEndObject();
    }
    out.writeEndArray();

    out.writeArrayFieldStart("decisions");
    for (Decision d : snapshot.decisions()) {
      out.writeStartObject();
      out.writeStringField("provider", d.provider().value());
      out.writeStringField("at", d.at().toString());
      out.writeStringField("decision", d.decision().name());
      writeActor(out, d.by());
      out.writeStringField("rationale", d.rationale());
      if (d.meeting().isPresent()) {
        out.writeStringField("meeting", d.meeting().get().name());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    if (!snapshot.actions().isEmpty()) {
      out.writeArrayFieldStart("actions");
      for (ImprovementAction a : snapshot.actions()) {
        writeAction(out, a.id(), Optional.of(a.provider()), a.description(), a.owner(), a.due(),
            a.completed());
      }
      out.writeEndArray();
    }
    writeWorkflows(snapshot, out);
    writeCharts(snapshot, out);
    out.writeEndObject();
    out.flush();
  }

  /** An improvement-plan action (with its provider) or a meeting's action (without). */
  private static void writeAction(JsonGenerator out, ActionId id,
      Optional<OrganisationCode> provider, String description, String owner, LocalDate due,
      Optional<LocalDate> completed) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", id.value());
    if (provider.isPresent()) {
      out.writeStringField("provider", provider.get().value());
    }
    out.writeStringField("description", description);
    out.writeStringField("owner", owner);
    out.writeStringField("due", due.toString());
    if (completed.isPresent()) {
      out.writeStringField("completed", completed.get().toString());
    }
    out.writeEndObject();
  }

  /** The {@code by} of a decision or a deep dive: name and role (no organisation in the format). */
  private static void writeActor(JsonGenerator out, Actor by) throws IOException {
    out.writeObjectFieldStart("by");
    out.writeStringField("name", by.name());
    out.writeStringField("role", by.role().name());
    out.writeEndObject();
  }

  /**
   * The recalculations and annotations of format 1.1, each array written only when it has
   * elements.
   */
  private static void writeCharts(Snapshot snapshot, JsonGenerator out) throws IOException {
    if (!snapshot.recalculations().isEmpty()) {
      out.writeArrayFieldStart("recalculations");
      for (LimitsRecalculation r : snapshot.recalculations()) {
        out.writeStartObject();
        out.writeStringField("provider", r.provider().value());
        out.writeStringField("indicator", r.indicator().value());
        out.writeStringField("from", r.from().toString());
        out.writeStringField("reason", r.reason());
        if (r.recordedBy().isPresent()) {
          out.writeStringField("recordedBy", r.recordedBy().get());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!snapshot.annotations().isEmpty()) {
      out.writeArrayFieldStart("annotations");
      for (IndicatorAnnotation a : snapshot.annotations()) {
        out.writeStartObject();
        out.writeStringField("provider", a.provider().value());
        out.writeStringField("indicator", a.indicator().value());
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
  }

  /** The workflow arrays of format 1.1, each written only when it has elements. */
  private static void writeWorkflows(Snapshot snapshot, JsonGenerator out) throws IOException {
    if (!snapshot.ratings().isEmpty()) {
      out.writeArrayFieldStart("ratings");
      for (RegulatorRating r : snapshot.ratings()) {
        out.writeStartObject();
        out.writeStringField("id", r.id().value());
        out.writeStringField("provider", r.provider().value());
        out.writeStringField("regulator", r.regulator().name());
        out.writeStringField("published", r.published().toString());
        out.writeStringField("overall", r.overall().name());
        if (!r.keyQuestions().isEmpty()) {
          out.writeObjectFieldStart("keyQuestions");
          for (KeyQuestion q : KeyQuestion.values()) {
            if (r.keyQuestions().containsKey(q)) {
              out.writeStringField(q.name(), r.keyQuestions().get(q).name());
            }
          }
          out.writeEndObject();
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!snapshot.visits().isEmpty()) {
      out.writeArrayFieldStart("visits");
      for (QualityVisit v : snapshot.visits()) {
        out.writeStartObject();
        out.writeStringField("id", v.id().value());
        out.writeStringField("provider", v.provider().value());
        out.writeStringField("date", v.date().toString());
        out.writeStringField("kind", v.kind().name());
        out.writeStringField("status", v.status().name());
        out.writeArrayFieldStart("findings");
        for (VisitFinding f : v.findings()) {
          out.writeStartObject();
          out.writeStringField("domain", f.domain().name());
          out.writeStringField("tone", f.tone().name());
          out.writeStringField("summary", f.summary());
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!snapshot.incidents().isEmpty()) {
      out.writeArrayFieldStart("incidents");
      for (SeriousIncident i : snapshot.incidents()) {
        out.writeStartObject();
        out.writeStringField("id", i.id().value());
        out.writeStringField("provider", i.provider().value());
        out.writeStringField("reported", i.reported().toString());
        out.writeStringField("framework", i.framework().name());
        out.writeBooleanField("neverEvent", i.neverEvent());
        out.writeStringField("responseDue", i.responseDue().toString());
        if (i.responseReceived().isPresent()) {
          out.writeStringField("responseReceived", i.responseReceived().get().toString());
        }
        if (i.review().isPresent()) {
          out.writeObjectFieldStart("review");
          out.writeStringField("on", i.review().get().on().toString());
          out.writeStringField("outcome", i.review().get().outcome().name());
          out.writeEndObject();
        }
        if (i.actionPlanSignedOff().isPresent()) {
          out.writeStringField("actionPlanSignedOff", i.actionPlanSignedOff().get().toString());
        }
        if (!i.resubmissions().isEmpty()) {
          // The history, only when there is more than the one review (hazard H40).
          out.writeArrayFieldStart("reviews");
          List<ResponseReview> reviews = i.reviews();
          for (int k = 0; k < reviews.size(); k++) {
            out.writeStartObject();
            out.writeStringField("on", reviews.get(k).on().toString());
            out.writeStringField("outcome", reviews.get(k).outcome().name());
            if (k < i.resubmissions().size()) {
              out.writeStringField("resubmitted", i.resubmissions().get(k).toString());
            }
            out.writeEndObject();
          }
          out.writeEndArray();
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!snapshot.meetings().isEmpty()) {
      out.writeArrayFieldStart("meetings");
      for (ContractMeeting m : snapshot.meetings()) {
        out.writeStartObject();
        out.writeStringField("id", m.id().value());
        out.writeStringField("provider", m.provider().value());
        out.writeStringField("kind", m.kind().name());
        out.writeStringField("date", m.date().toString());
        out.writeBooleanField("held", m.held());
        if (m.reasonNotHeld().isPresent()) {
          out.writeStringField("reasonNotHeld", m.reasonNotHeld().get());
        }
        out.writeArrayFieldStart("actions");
        for (MeetingAction a : m.actions()) {
          writeAction(out, a.id(), Optional.empty(), a.description(), a.owner(), a.due(),
              a.completed());
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!snapshot.deepDives().isEmpty()) {
      out.writeArrayFieldStart("deepDives");
      for (DeepDive d : snapshot.deepDives()) {
        out.writeStartObject();
        out.writeStringField("id", d.id().value());
        out.writeStringField("provider", d.provider().value());
        out.writeStringField("authorised", d.authorised().toString());
        writeActor(out, d.by());
        out.writeStringField("riskAssessment", d.riskAssessment());
        out.writeStringField("rationale", d.rationale());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }
}
