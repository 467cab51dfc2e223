package org.qsurv.model.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The published JSON Schemas (2020-12) of the exchange format, loaded from the jars that carry
 * them, for tests: validates a document and lists what the schema rejects, as
 * {@code instance location: message}. A document that is not JSON at all is rejected with one
 * problem, since no schema can accept it.
 */
public final class JsonSchemas {
  /** Where quality-model publishes the snapshot's schema. */
  public static final String SNAPSHOT = "/org/qsurv/model/snapshot/qsurv-snapshot.schema.json";
  /** Where quality-scoring publishes the assessment's schema. */
  public static final String ASSESSMENT = "/org/qsurv/scoring/assessment/qsurv-assessment.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final Schema schema;

  private JsonSchemas(Schema schema) {
    this.schema = schema;
  }

  /** The text of the schema published at {@code resource} on the class path. */
  public static String text(String resource) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema published at {@code resource} on the class path. */
  public static JsonSchemas load(String resource) {
    try {
      return new JsonSchemas(REGISTRY.getSchema(JSON.readTree(text(resource))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(resource + " is not JSON", e);
    }
  }

  /** What the schema rejects in {@code json}; empty when it accepts the document. */
  public List<String> problems(String json) {
    JsonNode document;
    try {
      document = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("$: is not JSON: " + e.getOriginalMessage());
    }
    if (document == null || document.isMissingNode()) {
      return List.of("$: is empty");
    }
    return problems(document);
  }

  /** What the schema rejects in {@code document}; empty when it accepts it. */
  public List<String> problems(JsonNode document) {
    List<Error> errors = schema.validate(document);
    return errors.stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }
}
