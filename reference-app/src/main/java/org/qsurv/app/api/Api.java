package org.qsurv.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.Assessments;
import org.qsurv.app.web.security.ClientAddress;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.escalation.authority.AuthorityTable;

/**
 * The JSON API as the web application serves it: its gate, its routes with their endpoints, and
 * its OpenAPI document (the hand-written {@code openapi.json} resource, with the published JSON
 * Schemas of the snapshot and the assessment embedded under {@code components/schemas}, so that
 * the document served is whole).
 *
 * <pre>{@code
 * Api api = new Api(ports, assessments, cases, ApiSettings.of(JdbcPorts.apiTokens(db)),
 *     ClientAddress.direct(), Duration.ofSeconds(30));
 * // in the server's configuration: the page filter hands paths under /api/ to api.gate()
 * api.install(config);
 * }</pre>
 *
 * @since 1.1.0
 */
public final class Api {
  /** The snapshot's schema, as quality-model publishes it. */
  static final String SNAPSHOT_SCHEMA = "/org/qsurv/model/snapshot/qsurv-snapshot.schema.json";
  /** The assessment's schema, as quality-scoring publishes it. */
  static final String ASSESSMENT_SCHEMA =
      "/org/qsurv/scoring/assessment/qsurv-assessment.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiGate gate;
  private final ApiEndpoints endpoints;
  private final AuthorityTable authority;

  /**
   * The API over {@code ports}, with the pages' assessments and cases: it evaluates under the
   * assessments' profile and decides under the cases' escalation policy (the same profile's); a
   * request body must arrive within {@code requestTimeout} of its first byte, as a form's must.
   */
  public Api(Ports ports, Assessments assessments, SurveillanceCases cases, ApiSettings settings,
      ClientAddress clientAddress, Duration requestTimeout) {
    Objects.requireNonNull(settings, "settings");
    this.authority = cases.policy().authority();
    this.gate = new ApiGate(ApiRoutes.table(authority), settings.tokens(), clientAddress,
        ports.clock(), settings.maxBodyBytes(), settings.rateLimit(), requestTimeout);
    this.endpoints = new ApiEndpoints(ports, assessments, cases, document());
  }

  /** The gate, to run before every matched route under {@value ApiGate#PREFIX}. */
  public Handler gate() {
    return gate::check;
  }

  /** The answer to a path under {@value ApiGate#PREFIX} that no route matched. */
  public Handler unmatched() {
    return gate::unmatched;
  }

  /** Registers every API route with its endpoint behind the gate (GET routes answer HEAD too). */
  public void install(JavalinConfig config) {
    for (ApiRoutes.Endpoint endpoint : ApiRoutes.endpoints(authority)) {
      Handler handler = gate.audited(endpoint.endpoint().apply(endpoints));
      String pattern = endpoint.route().pattern();
      if (endpoint.route().method() == HttpMethod.GET) {
        config.routes.get(pattern, handler);
        config.routes.head(pattern, handler);
      } else {
        config.routes.post(pattern, handler);
      }
    }
  }

  /** The OpenAPI document served: the resource with both contract schemas embedded. */
  static String document() {
    ObjectNode document = (ObjectNode) read("/org/qsurv/app/api/openapi.json");
    ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
    schemas.set("QsurvSnapshot", read(SNAPSHOT_SCHEMA));
    schemas.set("QsurvAssessment", read(ASSESSMENT_SCHEMA));
    return document.toString();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = Api.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
