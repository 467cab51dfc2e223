package org.qsurv.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.qsurv.app.csv.CsvWriter;
import org.qsurv.app.csv.RiskCsv;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.model.risk.Risk;

/**
 * The risk register, written out. CSV: one row per risk in {@link RiskCsv}'s columns, which
 * {@code import} reads back. JSON: {@code {"format": "qsurv-risk-register/1", "exportedAt": ...,
 * "risks": [...]}}, each risk as quality-model maps it (with its controls, scores and review
 * history) plus its {@code score}.
 *
 * <pre>{@code
 * RiskRegisterExport.csv(ports.risks().risks(), writer);
 * }</pre>
 */
public final class RiskRegisterExport {
  /** The format tag of the JSON export. */
  public static final String JSON_FORMAT = "qsurv-risk-register/1";

  private static final ObjectMapper JSON = QsurvJson.mapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private RiskRegisterExport() {}

  /** Writes the risks as CSV with a header row. */
  public static void csv(List<Risk> risks, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.write(RiskCsv.COLUMNS);
    for (Risk risk : risks) {
      csv.write(RiskCsv.cells(risk).values().asList());
    }
    out.flush();
  }

  /** Writes the risks as JSON, stamped with the time of export. */
  public static void json(List<Risk> risks, Instant exportedAt, Writer out) throws IOException {
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", JSON_FORMAT);
      json.writeStringField("exportedAt", exportedAt.toString());
      json.writeArrayFieldStart("risks");
      for (Risk risk : risks) {
        ObjectNode node = JSON.valueToTree(risk);
        node.put("score", risk.score());
        json.writeTree(node);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }
}
