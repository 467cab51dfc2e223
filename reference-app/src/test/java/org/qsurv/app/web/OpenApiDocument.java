package org.qsurv.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's OpenAPI 3.1 document as a test reads it: its paths and operations, and the schema of
 * each response, validated as JSON Schema 2020-12 (OpenAPI 3.1's dialect) with every component of
 * the document in reach, so that references into {@code components/schemas} and to the embedded
 * contract schemas ({@code urn:qsurv:schema:...}) resolve.
 */
final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;

  OpenApiDocument(JsonNode document) {
    this.document = document;
  }

  JsonNode node() {
    return document;
  }

  /** The schema of the response {@code status} of {@code method path}, for its media type. */
  Optional<JsonNode> responseSchema(String method, String path, int status, String mediaType) {
    JsonNode response = document.path("paths").path(path).path(method.toLowerCase())
        .path("responses").path(Integer.toString(status));
    if (response.has("$ref")) {
      String name = response.get("$ref").asText().replace("#/components/responses/", "");
      response = document.path("components").path("responses").path(name);
    }
    JsonNode schema = response.path("content").path(mediaType).path("schema");
    return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
  }

  /** What {@code schema} (a part of this document) rejects in {@code instance}. */
  List<String> problems(JsonNode schema, JsonNode instance) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "urn:qsurv:openapi-test");
    root.set("components", document.path("components"));
    root.setAll((ObjectNode) schema.deepCopy());
    // The contract schemas embedded in the document are found by their $id from the document
    // itself (never from the jars), so a reference to one the document lacks fails.
    Map<String, String> embedded = new HashMap<>();
    document.path("components").path("schemas").forEach(s -> {
      if (s.has("$id")) {
        embedded.put(s.get("$id").asText(), s.toString());
      }
    });
    Schema compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        registry -> registry.schemas(embedded)).getSchema(root);
    List<Error> errors = compiled.validate(instance);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
