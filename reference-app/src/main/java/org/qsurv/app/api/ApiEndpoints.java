package org.qsurv.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.Assessments;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.surveillancecase.BrokenRule;
import org.qsurv.escalation.surveillancecase.Outcome;
import org.qsurv.escalation.surveillancecase.Rejected;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotProblem;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;

/**
 * The endpoints of the JSON API (docs/api.md). Reads answer a page of items in the shapes of the
 * snapshot and assessment contract (SNAPSHOT.md) as of a date ({@link PageRequest}); evaluating a
 * snapshot stores nothing; a decision goes through the same {@link SurveillanceCases} commands and
 * the policy's authority table as the decision form (003 §5.2.1, 001 §7.3) and lands in the case's
 * hash-chained log.
 */
final class ApiEndpoints {
  /** The most reader problems one problem document lists; the count of the rest follows. */
  static final int MAX_ERRORS_LISTED = 100;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ImmutableSet<String> DECISION_FIELDS =
      ImmutableSet.of("decision", "rationale", "at", "meeting");

  private final Ports ports;
  private final Assessments assessments;
  private final SurveillanceCases cases;
  private final String openApi;
  private final Cache<PastKey, Views> pastViews = Caffeine.newBuilder().maximumSize(4).build();

  ApiEndpoints(Ports ports, Assessments assessments, SurveillanceCases cases, String openApi) {
    this.ports = ports;
    this.assessments = assessments;
    this.cases = cases;
    this.openApi = openApi;
  }

  /** GET /api/v1/openapi.json. */
  void openApi(Context ctx) {
    ApiRequest.of(ctx);
    ctx.contentType("application/json").result(openApi);
  }

  /**
   * POST /api/v1/evaluate: the assessment of the snapshot sent, under the profile {@code
   * ?profile=} names or else the server's; nothing stored.
   */
  void evaluate(Context ctx) {
    ApiRequest request = ApiRequest.of(ctx);
    for (String name : request.query().fields().keySet()) {
      if (!name.equals("profile")) {
        throw ApiException.badRequest("query parameter " + Checks.quote(name)
            + " is not one of [profile] for this route");
      }
    }
    Optional<String> profileName = request.query().first("profile");
    PolicyProfile profile = profileName.isEmpty() ? assessments.profile()
        : PolicyProfiles.named(profileName.get()).orElseThrow(() ->
            ApiException.badRequest("profile must be one of " + PolicyProfiles.names()
                + " but was " + Checks.quote(profileName.get())));
    SnapshotReader.Result read = SnapshotReader.read(request.body());
    if (!read.isValid()) {
      List<SnapshotProblem> problems = read.problems();
      ImmutableList.Builder<Problem.Error> errors = ImmutableList.builder();
      problems.stream().limit(MAX_ERRORS_LISTED)
          .forEach(p -> errors.add(new Problem.Error(p.path(), p.message())));
      SnapshotProblem first = problems.get(0);
      throw new ApiException(new Problem(400, "invalid-snapshot", "The snapshot is not valid",
          problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " (SNAPSHOT.md), "
              + "the first at " + first.path() + ": " + first.message()
              + (problems.size() > MAX_ERRORS_LISTED ? "; the first " + MAX_ERRORS_LISTED
                  + " are listed" : ""), errors.build()));
    }
    Assessment assessment = SnapshotEvaluator.evaluate(read.snapshot(), profile);
    ctx.contentType("application/json").result(AssessmentWriter.write(assessment));
  }

  /** GET /api/v1/assessment: every provider's assessment. */
  void assessment(Context ctx) {
    page(ctx, Views::providers, Optional.empty());
  }

  /** GET /api/v1/risks: the risk register. */
  void risks(Context ctx) {
    page(ctx, Views::risks, Optional.empty());
  }

  /** GET /api/v1/cases: every provider's case. */
  void cases(Context ctx) {
    page(ctx, Views::cases, Optional.empty());
  }

  /** GET /api/v1/findings: what someone must act on. */
  void findings(Context ctx) {
    page(ctx, Views::findings, Optional.empty());
  }

  /** GET /api/v1/providers/{provider}/assessment. */
  void providerAssessment(Context ctx) {
    page(ctx, Views::providers, Optional.of(provider(ctx)));
  }

  /** GET /api/v1/providers/{provider}/risks. */
  void providerRisks(Context ctx) {
    page(ctx, Views::risks, Optional.of(provider(ctx)));
  }

  /** GET /api/v1/providers/{provider}/cases. */
  void providerCases(Context ctx) {
    page(ctx, Views::cases, Optional.of(provider(ctx)));
  }

  /** GET /api/v1/providers/{provider}/findings. */
  void providerFindings(Context ctx) {
    page(ctx, Views::findings, Optional.of(provider(ctx)));
  }

  /**
   * POST /api/v1/providers/{provider}/decisions: {@code {"decision", "rationale", "at"?,
   * "meeting"?}}, taken by the token (its name, role and organisation as the actor) through the
   * case's rules. 201 with the case after it; 403 when the policy's authority table does not let
   * the token's role take it at the case's level (naming the rule); 422 for any other rule the
   * case applies; 409 when the case changed meanwhile.
   */
  void decide(Context ctx) {
    ApiRequest request = ApiRequest.of(ctx);
    if (!request.query().fields().isEmpty()) {
      throw ApiException.badRequest("this route takes no query parameters but was given "
          + request.query().fields().keySet());
    }
    OrganisationCode code = provider(ctx);
    JsonNode body = jsonObject(request.body());
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!DECISION_FIELDS.contains(name)) {
        throw ApiException.badRequest("field " + Checks.quote(name) + " is not one of "
            + DECISION_FIELDS);
      }
    }
    DecisionType decision = oneOf(body, "decision", DecisionType.class)
        .orElseThrow(() -> ApiException.badRequest("decision is required"));
    String rationale = text(body, "rationale")
        .orElseThrow(() -> ApiException.badRequest("rationale is required"));
    LocalDate today = assessments.today();
    LocalDate at = text(body, "at").map(t -> PageRequest.date("at", t, today)).orElse(today);
    Optional<Meeting> meeting = oneOf(body, "meeting", Meeting.class);
    CurrentUser caller = request.caller();
    Actor actor = Actor.builder().name(caller.displayName()).role(caller.role())
        .organisation(caller.organisation()).build();
    TakeDecision command;
    try {
      command = new TakeDecision(at, actor, rationale, decision, meeting);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Outcome outcome;
    try {
      outcome = cases.submit(code, command);
    } catch (CaseConflictException e) {
      throw new ApiException(Problem.of(409, "case-changed", "The case changed",
          "the case of " + code.value() + " changed while the decision was checked; read it "
              + "again and retry"));
    }
    if (outcome instanceof Rejected rejected) {
      boolean authority = rejected.rule() == BrokenRule.NOT_AUTHORISED;
      throw new ApiException(Problem.of(authority ? 403 : 422,
          authority ? "not-authorised" : "decision-rejected",
          authority ? "The role may not take this decision" : "The case rejected the decision",
          rejected.rule() + ": " + rejected.reason()));
    }
    assessments.written();
    SurveillanceCase after = outcome.after();
    ObjectNode answer = JSON.createObjectNode();
    answer.put("provider", code.value());
    answer.put("decision", decision.name());
    answer.put("at", at.toString());
    answer.put("level", after.level().name());
    answer.put("pendingReview", after.pendingReview());
    answer.put("levelSince", after.levelSince().map(LocalDate::toString).orElse(null));
    answer.put("caseVersion", after.version());
    ctx.status(201).header("Location", "/api/v1/providers/" + code.value() + "/cases")
        .contentType("application/json").result(answer.toString());
  }

  /** The data as of a date, as the contract's items. */
  private record Views(ImmutableList<JsonNode> providers, ImmutableList<JsonNode> risks,
      ImmutableList<JsonNode> cases, ImmutableList<JsonNode> findings) {}

  private void page(Context ctx, Function<Views, ImmutableList<JsonNode>> items,
      Optional<OrganisationCode> provider) {
    ApiRequest request = ApiRequest.of(ctx);
    PageRequest page = PageRequest.read(request.query(), assessments.today(),
        PageRequest.PAGED);
    List<JsonNode> all = items.apply(views(page.asOf()));
    if (provider.isPresent()) {
      String code = provider.get().value();
      all = all.stream().filter(item -> code.equals(item.path("provider").asText(null))
          || code.equals(item.path("code").asText(null))).toList();
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("asOf", page.asOf().toString());
    answer.put("offset", page.offset());
    answer.put("limit", page.limit());
    answer.put("total", all.size());
    long end = Math.min(all.size(), (long) page.offset() + page.limit());
    if (end < all.size()) {
      answer.put("next", ctx.req().getRequestURI() + "?asOf=" + page.asOf() + "&limit="
          + page.limit() + "&offset=" + end);
    } else {
      answer.putNull("next");
    }
    ArrayNode list = answer.putArray("items");
    for (long i = page.offset(); i < end; i++) {
      list.add(all.get((int) i));
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  /**
   * The views as of {@code asOf}, from the stored data. Today's are made once per write, like the
   * pages' ({@link Assessments#derived}); other dates' are kept for the few dates last read (so
   * that paging through one costs one evaluation), under the stamp of the current write, so a
   * write is never hidden by them and a client asking date after date cannot fill the memory.
   */
  private Views views(LocalDate asOf) {
    if (asOf.equals(assessments.today())) {
      return assessments.derived("api-views", () -> views(assessments.snapshot(),
          assessments.current()));
    }
    Object stamp = assessments.derived("api-views-stamp", Object::new);
    return pastViews.get(new PastKey(asOf, stamp), key -> {
      Snapshot snapshot;
      try {
        snapshot = StoredSnapshot.asOf(ports, asOf);
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new ApiException(Problem.of(422, "not-readable-as-of", "No data as of that date",
            "the stored data cannot be read as of " + asOf + ": " + e.getMessage()));
      }
      return views(snapshot, SnapshotEvaluator.evaluate(snapshot, assessments.profile()));
    });
  }

  /** A past date's views, under the stamp of the write generation they were made in. */
  private record PastKey(LocalDate asOf, Object stamp) {}

  private static Views views(Snapshot snapshot, Assessment assessment) {
    // Only the parts the API serves, so that the observations are not written for nothing.
    Snapshot parts = Snapshot.builder().format(Snapshot.FORMAT_1_1).asOf(snapshot.asOf())
        .commissioner(snapshot.commissioner()).providers(snapshot.providers())
        .risks(snapshot.risks()).decisions(snapshot.decisions()).build();
    JsonNode snapshotJson = tree(SnapshotWriter.write(parts));
    JsonNode assessmentJson = tree(AssessmentWriter.write(assessment));
    ImmutableList<JsonNode> providers = list(assessmentJson.path("providers"));
    ImmutableList<JsonNode> decisions = list(snapshotJson.path("decisions"));
    ImmutableList.Builder<JsonNode> caseItems = ImmutableList.builder();
    for (JsonNode p : providers) {
      ObjectNode item = JSON.createObjectNode();
      String code = p.path("code").asText();
      item.put("provider", code);
      for (String field : List.of("level", "pendingReview", "levelSince",
          "sustainedAssuranceUntil")) {
        item.set(field, p.get(field));
      }
      ArrayNode own = item.putArray("decisions");
      decisions.stream().filter(d -> code.equals(d.path("provider").asText()))
          .forEach(own::add);
      caseItems.add(item);
    }
    return new Views(providers, list(snapshotJson.path("risks")), caseItems.build(),
        list(assessmentJson.path("findings")));
  }

  private static ImmutableList<JsonNode> list(JsonNode array) {
    ImmutableList.Builder<JsonNode> items = ImmutableList.builder();
    array.forEach(items::add);
    return items.build();
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the writer made JSON that does not parse", e);
    }
  }

  /** The route's provider, which must be in the directory (404 otherwise). */
  private OrganisationCode provider(Context ctx) {
    OrganisationCode code = OrganisationCode.of(ApiRequest.of(ctx).path("provider"));
    if (ports.directory().provider(code).isEmpty()) {
      throw new ApiException(Problem.of(404, "not-found", "Not found",
          "provider must be a provider of the directory but was " + code.value()));
    }
    return code;
  }

  private static JsonNode jsonObject(byte[] body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body must be a JSON object but does not parse: "
          + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object but was "
          + (node == null || node.isMissingNode() ? "empty" : node.getNodeType().name()
              .toLowerCase(java.util.Locale.ROOT)));
    }
    return node;
  }

  private static Optional<String> text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest(field + " must be a string but was " + value);
    }
    return Optional.of(value.asText());
  }

  private static <E extends Enum<E>> Optional<E> oneOf(JsonNode body, String field,
      Class<E> type) {
    return text(body, field).map(t -> {
      try {
        return Enum.valueOf(type, t);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(field + " must be one of "
            + java.util.Arrays.toString(type.getEnumConstants()) + " but was " + Checks.quote(t));
      }
    });
  }
}
