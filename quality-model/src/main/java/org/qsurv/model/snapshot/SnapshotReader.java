package org.qsurv.model.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Meeting;
import org.qsurv.model.surveillance.Role;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;

/**
 * Reads a surveillance snapshot in the exchange format (SNAPSHOT.md), version 1 or 1.1, and reports <em>every</em>
 * problem at once, each with its JSON path: a malformed value, a missing or unknown field (a typo
 * must not pass silently), a duplicate id, a reference to a provider or indicator the snapshot does
 * not have, a period of the wrong frequency, a second observation for the same period, a decision
 * dated before the one before it.
 *
 * <p>The reader does no I/O: it takes the document as a {@code String} or {@code byte[]}, or a
 * Jackson {@link JsonParser} that the caller has opened on its own stream (for snapshots too large
 * to hold as one array). It reads arrays element by element, so memory grows with the snapshot's
 * values, not with its text.
 *
 * <pre>{@code
 * SnapshotReader.Result result = SnapshotReader.read(json);
 * if (result.isValid()) {
 *   Snapshot snapshot = result.snapshot();
 * } else {
 *   result.problems().forEach(System.err::println);  // "$.risks[3].likelihood: 7 is not between 1 and 5"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SnapshotReader {
  // No parser-level duplicate detection: Jackson's allocates a set for every object of more than two
  // fields, cannot be switched off mid-stream, and stops at the first repeat. The reader checks
  // keys itself (see tree and readObservations), reports each repeat at its path and reads on.
  private static final ObjectMapper TREES = new ObjectMapper(JsonFactory.builder().build());
  private static final ImmutableSet<String> TOP_LEVEL = ImmutableSet.of("format", "asOf",
      "commissioner", "providers", "indicators", "observations", "intelligence", "risks",
      "decisions", "actions", "ratings", "visits", "incidents", "meetings", "deepDives",
      "recalculations", "annotations");
  // Jackson writes a location into a message as "[Source: ...; line: 1, column: 321]" (the column
  // is sometimes left out); the reader says "line 1, column 321".
  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\[Source: .*?; (line: \\d+(?:, column: \\d+)?)]", Pattern.DOTALL);
  // Jackson's advice for NaN and Infinity is to enable a parser feature; a snapshot's author needs
  // to hear that JSON has no such numbers (SNAPSHOT.md: "value is a finite number").
  private static final Pattern NON_NUMERIC =
      Pattern.compile("Non-standard token '([^']*)': enable .* to allow", Pattern.DOTALL);

  private final List<SnapshotProblem> problems = new ArrayList<>();
  private String format;
  private LocalDate asOf;
  private Commissioner commissioner;
  private boolean commissionerSeen;
  private final List<Provider> providers = new ArrayList<>();
  private final List<IndicatorDefinition> indicators = new ArrayList<>();
  private final List<Observation> observations = new ArrayList<>();
  private final List<IntelligenceItem> intelligence = new ArrayList<>();
  private final List<Risk> risks = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<ImprovementAction> actions = new ArrayList<>();
  private final List<RegulatorRating> ratings = new ArrayList<>();
  private final List<QualityVisit> visits = new ArrayList<>();
  private final List<SeriousIncident> incidents = new ArrayList<>();
  private final List<ContractMeeting> meetings = new ArrayList<>();
  private final List<DeepDive> deepDives = new ArrayList<>();
  private final List<LimitsRecalculation> recalculations = new ArrayList<>();
  private final List<IndicatorAnnotation> annotations = new ArrayList<>();
  // Paths of the fields only format 1.1 has, and of risks without a provider: errors in a format 1
  // document, known only once its format (which may come last) has been read.
  private final List<String> version11Fields = new ArrayList<>();
  private final List<String> risksWithoutProvider = new ArrayList<>();
  // Codes and ids of elements that are present but did not parse: references to them are not
  // reported again as unknown.
  private final Set<OrganisationCode> unreadProviders = new HashSet<>();
  private final Set<IncidentId> unreadIncidents = new HashSet<>();
  // Each distinct code, id and period is validated once and shared: a national snapshot repeats
  // the same few thousand strings tens of millions of times.
  private final Map<String, OrganisationCode> organisationCodes = new HashMap<>();
  private final Map<String, IndicatorId> indicatorIds = new HashMap<>();
  private final Map<String, Period> periods = new HashMap<>();
  private final Set<IndicatorId> unreadIndicators = new HashSet<>();
  // Set when the providers or indicators value is not an array: no reference to one can be checked.
  private boolean providersUnread;
  private boolean indicatorsUnread;
  // Set when the document could not be read to its end (bad syntax, or not an object): what was
  // not read cannot be called missing, and references cannot be resolved against a part.
  private boolean incomplete;

  private SnapshotReader() {}

  /** Reads a snapshot from its JSON text. */
  public static Result read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(TREES.createParser(json));
    } catch (JsonProcessingException e) {
      return syntaxError(e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("reading from a String cannot fail", e);
    }
  }

  /** Reads a snapshot from its JSON bytes (UTF-8, UTF-16 or UTF-32). */
  public static Result read(byte[] json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(TREES.createParser(json));
    } catch (JsonProcessingException e) {
      return syntaxError(e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("reading from a byte array cannot fail", e);
    }
  }

  /**
   * Reads a snapshot from a parser positioned before its first token. The parser is read to the
   * end of its input (content after the snapshot object is a problem, as for text) but not
   * closed: the caller owns the stream behind it. Its codec, if it has one, is not used, so any
   * parser will do, including one from {@code QsurvJson.mapper()}.
   *
   * @throws java.io.UncheckedIOException if the caller's stream fails
   */
  public static Result read(JsonParser parser) {
    Objects.requireNonNull(parser, "parser");
    SnapshotReader reader = new SnapshotReader();
    try {
      reader.readDocument(parser);
    } catch (JsonProcessingException e) {
      reader.problems.add(syntaxProblem(e));
      reader.incomplete = true;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return reader.result();
  }

  private static Result syntaxError(JsonProcessingException e) {
    return new Result(null, ImmutableList.of(syntaxProblem(e)));
  }

  private static SnapshotProblem syntaxProblem(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String message = SOURCE_LOCATION.matcher(String.valueOf(e.getOriginalMessage()))
        .replaceAll(m -> m.group(1).replace(":", ""));
    message = NON_NUMERIC.matcher(message)
        .replaceAll("'$1' is not a JSON number: a value must be a finite number");
    String path = e.getProcessor() instanceof JsonParser
        ? pathOf(((JsonParser) e.getProcessor()).getParsingContext())
        : "$";
    return SnapshotProblem.at(path, "is not valid JSON: " + message + where);
  }

  /** The JSON path of where a parser is, e.g. {@code $.providers[1].code}. */
  private static String pathOf(JsonStreamContext context) {
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        steps.addFirst("." + c.getCurrentName());
      }
    }
    return "$" + String.join("", steps);
  }

  private void readDocument(JsonParser parser) throws java.io.IOException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      incomplete = true;
      problems.add(SnapshotProblem.at("$", first == null ? "is empty: a snapshot is a JSON object"
          : "must be a JSON object"));
      return;
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      parser.nextToken();
      if (!seen.add(name)) {
        problems.add(duplicateField("$", name, at));
        parser.skipChildren();
        continue;
      }
      switch (name) {
        case "format":
        case "asOf":
        case "commissioner":
          readHeaderField(name, tree(parser, "$." + name));
          break;
        case "providers":
          readArray(parser, name, providers, this::provider);
          break;
        case "indicators":
          readArray(parser, name, indicators, this::indicator);
          break;
        case "observations":
          readObservations(parser);
          break;
        case "intelligence":
          readArray(parser, name, intelligence, this::intelligenceItem);
          break;
        case "risks":
          readArray(parser, name, risks, this::risk);
          break;
        case "decisions":
          readArray(parser, name, decisions, this::decision);
          break;
        case "actions":
          version11Fields.add("$.actions");
          readArray(parser, name, actions, this::action);
          break;
        case "ratings":
          version11Fields.add("$.ratings");
          readArray(parser, name, ratings, this::rating);
          break;
        case "visits":
          version11Fields.add("$.visits");
          readArray(parser, name, visits, this::visit);
          break;
        case "incidents":
          version11Fields.add("$.incidents");
          readArray(parser, name, incidents, this::incident);
          break;
        case "meetings":
          version11Fields.add("$.meetings");
          readArray(parser, name, meetings, this::meeting);
          break;
        case "deepDives":
          version11Fields.add("$.deepDives");
          readArray(parser, name, deepDives, this::deepDive);
          break;
        case "recalculations":
          version11Fields.add("$.recalculations");
          readArray(parser, name, recalculations, this::recalculation);
          break;
        case "annotations":
          version11Fields.add("$.annotations");
          readArray(parser, name, annotations, this::annotation);
          break;
        default:
          problems.add(JsonObjectReader.unknownField("$", name, TOP_LEVEL));
          parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      problems.add(SnapshotProblem.at("$", "has content after the end of the snapshot object"));
    }
  }

  private void readHeaderField(String name, JsonNode value) {
    String path = "$." + name;
    if (name.equals("commissioner")) {
      commissionerSeen = true;
      JsonObjectReader r = JsonObjectReader.of(value, path, problems);
      if (r != null) {
        OdsCode code = r.parsed("code", OdsCode::of);
        String commissionerName = r.nonBlankText("name");
        r.rejectUnknownFields();
        commissioner = build(r, () -> Commissioner.of(code, commissionerName));
      }
      return;
    }
    if (value == null || !value.isTextual()) {
      problems.add(SnapshotProblem.at(path, "must be a string but was "
          + JsonObjectReader.describe(value)));
      return;
    }
    String text = value.asText();
    if (name.equals("format")) {
      format = text;
      if (!text.equals(Snapshot.FORMAT) && !text.equals(Snapshot.FORMAT_1_1)) {
        problems.add(SnapshotProblem.at(path, "\"" + text + "\" is not a format this reader knows "
            + "(expected \"" + Snapshot.FORMAT + "\" or \"" + Snapshot.FORMAT_1_1 + "\")"));
      }
    } else {
      try {
        asOf = text.length() == 10 ? LocalDate.parse(text) : null;
      } catch (java.time.format.DateTimeParseException e) {
        asOf = null;
      }
      if (asOf == null) {
        problems.add(SnapshotProblem.at(path, "\"" + text + "\" is not a date (YYYY-MM-DD)"));
      } else if (JsonObjectReader.outOfRange(asOf) != null) {
        problems.add(SnapshotProblem.at(path, JsonObjectReader.outOfRange(asOf)));
        asOf = null;
      }
    }
  }

  /**
   * The value at the parser's current token as a tree. Read with the reader's own mapper, never
   * the parser's codec: a caller's mapper may be configured in ways that break reading one value
   * of a larger document (QsurvJson's fails on the tokens that follow it).
   */
  /**
   * Reads the value at the parser's current token as a tree. A key repeated within an object is
   * reported at its path and its later value dropped; callers treat an element with such a
   * problem as unread.
   */
  private JsonNode tree(JsonParser parser, String path) throws java.io.IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      ObjectNode node = TREES.createObjectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonLocation at = parser.currentTokenLocation();
        parser.nextToken();
        JsonNode value = tree(parser, path + "." + field);
        if (node.has(field)) {
          problems.add(duplicateField(path, field, at));
        } else {
          node.set(field, value);
        }
      }
      return node;
    }
    if (token == JsonToken.START_ARRAY) {
      com.fasterxml.jackson.databind.node.ArrayNode array = TREES.createArrayNode();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(tree(parser, path + "[" + array.size() + "]"));
      }
      return array;
    }
    return scalar(parser, token);
  }

  private static SnapshotProblem duplicateField(String path, String field, JsonLocation at) {
    return SnapshotProblem.at(path + "." + field, "is not valid JSON: Duplicate field '" + field
        + "' (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
  }

  private interface ElementReader<T> {
    T read(JsonNode node, String path);
  }

  private <T> void readArray(JsonParser parser, String name, List<T> into, ElementReader<T> element)
      throws java.io.IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      JsonNode value = tree(parser, "$." + name);
      problems.add(SnapshotProblem.at("$." + name, "must be an array but was "
          + JsonObjectReader.describe(value)));
      providersUnread |= name.equals("providers");
      indicatorsUnread |= name.equals("indicators");
      return;
    }
    int i = into.size();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String path = "$." + name + "[" + i + "]";
      // A repeated key is reported by tree; the element is still read (first value wins) so that
      // references to it are not reported as dangling too.
      into.add(element.read(tree(parser, path), path));
      i++;
    }
  }

  private Provider provider(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    OrganisationCode code = r.parsed("code", this::organisationCode);
    String name = r.nonBlankText("name");
    ProviderKind kind = r.enumValue("kind", ProviderKind.class);
    r.rejectUnknownFields();
    Provider provider = build(r, () -> Provider.of(code, name, kind));
    if (provider == null && code != null) {
      unreadProviders.add(code);
    }
    return provider;
  }

  private IndicatorDefinition indicator(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    IndicatorId id = r.parsed("id", this::indicatorId);
    String name = r.nonBlankText("name");
    QualityDomain domain = r.enumValue("domain", QualityDomain.class);
    String unit = r.nonBlankText("unit");
    Polarity polarity = r.enumValue("polarity", Polarity.class);
    Frequency frequency = r.enumValue("frequency", Frequency.class);
    Thresholds thresholds = null;
    JsonObjectReader t = r.object("thresholds", false);
    if (t != null) {
      Double amber = t.number("amber");
      Double red = t.number("red");
      t.rejectUnknownFields();
      if (amber != null && red != null) {
        thresholds = Thresholds.of(amber, red);
        if (polarity == Polarity.NEUTRAL) {
          r.problem("thresholds", "are not allowed on a NEUTRAL indicator: thresholds need a worse side");
        } else if (polarity != null && !polarity.isWorse(red, amber)) {
          r.problem("thresholds", "red (" + number(red) + ") must be on the worse side of amber ("
              + number(amber) + ") for a " + polarity + " indicator");
        }
      }
    }
    java.util.OptionalDouble target = r.optionalNumber("target");
    r.rejectUnknownFields();
    Thresholds bands = thresholds;
    IndicatorDefinition definition = build(r, () -> IndicatorDefinition.builder().id(id).name(name)
        .domain(domain).unit(unit).polarity(polarity).frequency(frequency)
        .thresholds(Optional.ofNullable(bands)).target(target).build());
    if (definition == null && id != null) {
      unreadIndicators.add(id);
    }
    return definition;
  }

  private OrganisationCode organisationCode(String text) {
    return organisationCodes.computeIfAbsent(text, OrganisationCode::of);
  }

  private IndicatorId indicatorId(String text) {
    return indicatorIds.computeIfAbsent(text, IndicatorId::of);
  }

  private Period period(String text) {
    return periods.computeIfAbsent(text, Period::parse);
  }

  /**
   * Reads the observations array token by token: a plain observation (four scalar fields, each
   * once) is built straight from the tokens; anything else is turned back into a tree and read by
   * {@link #observation(JsonNode, String)}, so every problem is reported exactly as for the other
   * arrays. The fast path is what keeps a 36-million-observation snapshot readable.
   */
  private void readObservations(JsonParser parser) throws java.io.IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      readArray(parser, "observations", observations, this::observation);
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String path = "$.observations[" + observations.size() + "]";
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        observations.add(observation(tree(parser, path), path));
        continue;
      }
      ObjectNode fields = null;
      String provider = null;
      String indicator = null;
      String period = null;
      double value = Double.NaN;
      int plain = 0;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        if (fields == null) {
          // The plain shape: each of the four fields once, as a string or a number.
          boolean text = token == JsonToken.VALUE_STRING;
          if (text && field.equals("provider") && provider == null) {
            provider = parser.getText();
            plain++;
            continue;
          } else if (text && field.equals("indicator") && indicator == null) {
            indicator = parser.getText();
            plain++;
            continue;
          } else if (text && field.equals("period") && period == null) {
            period = parser.getText();
            plain++;
            continue;
          } else if (token.isNumeric() && field.equals("value") && Double.isNaN(value)) {
            value = parser.getDoubleValue();
            plain++;
            continue;
          }
          fields = plainFields(provider, indicator, period, value);
        }
        JsonNode node = tree(parser, path + "." + field);
        if (fields.has(field)) {
          // Located at the repeated value: the name's location is not kept on this path.
          problems.add(duplicateField(path, field, parser.currentTokenLocation()));
        } else {
          fields.set(field, node);
        }
      }
      Observation fast = fields == null && plain == 4 ? plainObservation(provider, indicator, period, value) : null;
      if (fast != null) {
        observations.add(fast);
      } else {
        if (fields == null) {
          fields = plainFields(provider, indicator, period, value);
        }
        observations.add(observation(fields, path));
      }
    }
  }

  /** A plain observation with valid values, or {@code null} to have the tree path report why not. */
  private Observation plainObservation(String provider, String indicator, String period, double value) {
    if (!Double.isFinite(value)) {
      return null;
    }
    try {
      return Observation.of(organisationCode(provider), indicatorId(indicator), period(period), value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The plain fields read so far, as a tree for the path that reports problems. */
  private static ObjectNode plainFields(String provider, String indicator, String period,
      double value) {
    ObjectNode node = TREES.createObjectNode();
    for (String[] field : new String[][] {
        {"provider", provider}, {"indicator", indicator}, {"period", period}}) {
      if (field[1] != null) {
        node.put(field[0], field[1]);
      }
    }
    if (!Double.isNaN(value)) {
      node.put("value", value);
    }
    return node;
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws java.io.IOException {
    switch (token) {
      case VALUE_STRING:
        return TREES.getNodeFactory().textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return TREES.getNodeFactory().numberNode(parser.getIntValue());
          case LONG:
            return TREES.getNodeFactory().numberNode(parser.getLongValue());
          default:
            return TREES.getNodeFactory().numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return TREES.getNodeFactory().numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return TREES.getNodeFactory().booleanNode(token == JsonToken.VALUE_TRUE);
      default:
        return TREES.getNodeFactory().nullNode();
    }
  }

  private Observation observation(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    IndicatorId indicator = r.parsed("indicator", this::indicatorId);
    Period period = r.parsed("period", this::period);
    Double value = r.number("value");
    r.rejectUnknownFields();
    return build(r, () -> Observation.of(provider, indicator, period, value));
  }

  private IntelligenceItem intelligenceItem(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    IntelligenceId id = r.parsed("id", IntelligenceId::of);
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    LocalDate received = r.date("received");
    IntelligenceSource source = r.enumValue("source", IntelligenceSource.class);
    Nature nature = r.enumValue("nature", Nature.class);
    QualityDomain domain = r.enumValue("domain", QualityDomain.class);
    String summary = r.nonBlankText("summary");
    Tone tone = version11(r, "tone") ? r.enumValue("tone", Tone.class) : Tone.CONCERN;
    Triage triage = null;
    if (version11(r, "triage")) {
      JsonObjectReader t = r.object("triage", false);
      if (t != null) {
        LocalDate on = t.date("on");
        TriageOutcome outcome = t.enumValue("outcome", TriageOutcome.class);
        Boolean credible = t.bool("credible");
        t.rejectUnknownFields();
        triage = build(t, () -> Triage.of(on, outcome, credible));
      }
    }
    Optional<IncidentId> incident = version11(r, "incident")
        ? Optional.ofNullable(r.parsed("incident", IncidentId::of)) : Optional.empty();
    r.rejectUnknownFields();
    Optional<Triage> triaged = Optional.ofNullable(triage);
    return build(r, () -> IntelligenceItem.builder().id(id).provider(provider).received(received)
        .source(source).nature(nature).domain(domain).summary(summary).tone(tone)
        .triage(triaged).incident(incident).build());
  }

  private Risk risk(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    RiskId id = r.parsed("id", RiskId::of);
    // Optional since 1.1: a risk without a provider is a system risk (004 §4.4).
    Optional<OrganisationCode> provider = r.has("provider")
        ? Optional.ofNullable(r.parsed("provider", this::organisationCode)) : Optional.empty();
    if (!r.has("provider")) {
      risksWithoutProvider.add(path + ".provider");
    }
    String title = r.nonBlankText("title");
    QualityDomain domain = r.enumValue("domain", QualityDomain.class);
    String owner = r.nonBlankText("owner");
    Integer likelihood = r.integer("likelihood", 1, 5);
    Integer consequence = r.integer("consequence", 1, 5);
    Optional<LocalDate> lastReviewed = r.optionalDate("lastReviewed");
    r.rejectUnknownFields();
    return build(r, () -> Risk.builder().id(id).provider(provider).title(title).domain(domain)
        .owner(owner).likelihood(likelihood).consequence(consequence).lastReviewed(lastReviewed)
        .build());
  }

  private Decision decision(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    LocalDate at = r.date("at");
    DecisionType type = r.enumValue("decision", DecisionType.class);
    Actor by = actor(r);
    // A blank rationale is not a format error: the lifecycle rejects the decision (SNAPSHOT.md).
    String rationale = r.text("rationale");
    Optional<Meeting> meeting = version11(r, "meeting")
        ? Optional.ofNullable(r.enumValue("meeting", Meeting.class)) : Optional.empty();
    r.rejectUnknownFields();
    return build(r, () -> Decision.builder().provider(provider).at(at).decision(type).by(by)
        .rationale(rationale).meeting(meeting).build());
  }

  /**
   * The required {@code by} of a decision or a deep dive, a name and a role; null, with the
   * problems reported, if it does not read.
   */
  private Actor actor(JsonObjectReader r) {
    JsonObjectReader b = r.object("by", true);
    if (b == null) {
      return null;
    }
    String name = b.nonBlankText("name");
    Role role = b.enumValue("role", Role.class);
    b.rejectUnknownFields();
    return build(b, () -> Actor.of(name, role));
  }

  private DeepDive deepDive(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    DeepDiveId id = r.parsed("id", DeepDiveId::of);
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    LocalDate authorised = r.date("authorised");
    Actor by = actor(r);
    String riskAssessment = r.nonBlankText("riskAssessment");
    String rationale = r.nonBlankText("rationale");
    r.rejectUnknownFields();
    if (by != null && by.role() != Role.ICB_DIRECTOR) {
      // Said where the role is, not on the whole element: the role is what is wrong.
      problems.add(SnapshotProblem.at(path + ".by.role", "is " + by.role() + ", but a deep dive"
          + " is authorised only at Director level (ICB_DIRECTOR, 001 §7.1)"));
      return null;
    }
    return build(r, () -> new DeepDive(id, provider, authorised, by, riskAssessment, rationale));
  }

  private ImprovementAction action(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    MeetingAction a = actionFields(r);
    return a == null ? null : build(r, () -> ImprovementAction.builder().id(a.id())
        .provider(provider).description(a.description()).owner(a.owner()).due(a.due())
        .completed(a.completed()).build());
  }

  /**
   * The fields an improvement-plan action and a meeting's action share, read and checked, then
   * unknown fields rejected; {@code null} with the problems reported if they do not read.
   */
  private MeetingAction actionFields(JsonObjectReader r) {
    ActionId id = r.parsed("id", ActionId::of);
    String description = r.nonBlankText("description");
    String owner = r.nonBlankText("owner");
    LocalDate due = r.date("due");
    Optional<LocalDate> completed = r.optionalDate("completed");
    r.rejectUnknownFields();
    return build(r, () -> new MeetingAction(id, description, owner, due, completed));
  }

  private RegulatorRating rating(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    RatingId id = r.parsed("id", RatingId::of);
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    Regulator regulator = r.enumValue("regulator", Regulator.class);
    LocalDate published = r.date("published");
    Rating overall = r.enumValue("overall", Rating.class);
    Map<KeyQuestion, Rating> keyQuestions = new java.util.EnumMap<>(KeyQuestion.class);
    JsonObjectReader k = r.object("keyQuestions", false);
    if (k != null) {
      for (KeyQuestion question : KeyQuestion.values()) {
        if (k.has(question.name())) {
          Rating rating = k.enumValue(question.name(), Rating.class);
          if (rating != null) {
            keyQuestions.put(question, rating);
          }
        }
      }
      k.rejectUnknownFields();
    }
    r.rejectUnknownFields();
    return build(r, () -> new RegulatorRating(id, provider, regulator, published, overall,
        keyQuestions));
  }

  private QualityVisit visit(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    VisitId id = r.parsed("id", VisitId::of);
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    LocalDate date = r.date("date");
    VisitKind kind = r.enumValue("kind", VisitKind.class);
    VisitStatus status = r.enumValue("status", VisitStatus.class);
    List<VisitFinding> findings = r.array("findings", (element, at) -> {
      JsonObjectReader f = JsonObjectReader.of(element, at, problems);
      if (f == null) {
        return null;
      }
      QualityDomain domain = f.enumValue("domain", QualityDomain.class);
      Tone tone = f.enumValue("tone", Tone.class);
      String summary = f.nonBlankText("summary");
      f.rejectUnknownFields();
      return build(f, () -> new VisitFinding(domain, tone, summary));
    });
    r.rejectUnknownFields();
    return build(r, () -> new QualityVisit(id, provider, date, kind, status, findings));
  }

  private SeriousIncident incident(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    IncidentId id = r.parsed("id", IncidentId::of);
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    LocalDate reported = r.date("reported");
    IncidentFramework framework = r.enumValue("framework", IncidentFramework.class);
    Boolean neverEvent = r.bool("neverEvent");
    LocalDate responseDue = r.date("responseDue");
    Optional<LocalDate> responseReceived = r.optionalDate("responseReceived");
    ResponseReview review = null;
    JsonObjectReader v = r.object("review", false);
    if (v != null) {
      LocalDate on = v.date("on");
      ReviewOutcome outcome = v.enumValue("outcome", ReviewOutcome.class);
      v.rejectUnknownFields();
      review = build(v, () -> new ResponseReview(on, outcome));
    }
    Optional<LocalDate> signedOff = r.optionalDate("actionPlanSignedOff");
    // The history (hazard H40): each round a review and, after one that asked for more
    // information, the revised response's receipt; its last round is `review`.
    boolean history = r.has("reviews");
    List<ResponseReview> rounds = new ArrayList<>();
    List<LocalDate> resubmissions = new ArrayList<>();
    List<Object> read = r.array("reviews", (element, at) -> {
      JsonObjectReader round = JsonObjectReader.of(element, at, problems);
      if (round == null) {
        return null;
      }
      LocalDate on = round.date("on");
      ReviewOutcome outcome = round.enumValue("outcome", ReviewOutcome.class);
      Optional<LocalDate> resubmitted = round.optionalDate("resubmitted");
      round.rejectUnknownFields();
      ResponseReview held = build(round, () -> new ResponseReview(on, outcome));
      if (held != null) {
        rounds.add(held);
        resubmitted.ifPresent(resubmissions::add);
      }
      return held;
    });
    if (history && read != null && !read.isEmpty() && !read.contains(null)
        && !Optional.of(rounds.get(rounds.size() - 1)).equals(Optional.ofNullable(review))) {
      r.problem("review", "must be the last of reviews ("
          + rounds.get(rounds.size() - 1).on() + " " + rounds.get(rounds.size() - 1).outcome()
          + ": the latest review) but was " + (review == null ? "absent"
          : review.on() + " " + review.outcome()));
    }
    if (history && read != null && read.isEmpty()) {
      r.problem("reviews", "must list at least the latest review when given but was empty");
    }
    r.rejectUnknownFields();
    Optional<ResponseReview> reviewed = Optional.ofNullable(review);
    List<ResponseReview> earlier = rounds.isEmpty() ? List.of()
        : rounds.subList(0, rounds.size() - 1);
    SeriousIncident incident = build(r, () -> new SeriousIncident(id, provider, reported,
        framework, neverEvent, responseDue, responseReceived, reviewed, signedOff, earlier,
        resubmissions));
    if (incident == null && id != null) {
      unreadIncidents.add(id);
    }
    return incident;
  }

  private ContractMeeting meeting(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    ContractMeetingId id = r.parsed("id", ContractMeetingId::of);
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    ContractMeetingKind kind = r.enumValue("kind", ContractMeetingKind.class);
    LocalDate date = r.date("date");
    Boolean held = r.bool("held");
    Optional<String> reasonNotHeld = r.optionalText("reasonNotHeld");
    List<MeetingAction> meetingActions = r.array("actions", (element, at) -> {
      JsonObjectReader a = JsonObjectReader.of(element, at, problems);
      if (a == null) {
        return null;
      }
      return actionFields(a);
    });
    r.rejectUnknownFields();
    return build(r, () -> new ContractMeeting(id, provider, kind, date, held, reasonNotHeld,
        meetingActions));
  }

  private LimitsRecalculation recalculation(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    IndicatorId indicator = r.parsed("indicator", this::indicatorId);
    Period from = r.parsed("from", this::period);
    String reason = r.nonBlankText("reason");
    Optional<String> recordedBy = r.optionalText("recordedBy");
    r.rejectUnknownFields();
    return build(r, () -> new LimitsRecalculation(provider, indicator, from, reason, recordedBy));
  }

  private IndicatorAnnotation annotation(JsonNode node, String path) {
    JsonObjectReader r = JsonObjectReader.of(node, path, problems);
    if (r == null) {
      return null;
    }
    OrganisationCode provider = r.parsed("provider", this::organisationCode);
    IndicatorId indicator = r.parsed("indicator", this::indicatorId);
    boolean dated = r.has("date");
    boolean inPeriod = r.has("period");
    Optional<LocalDate> date = Optional.ofNullable(dated ? r.date("date") : null);
    Optional<Period> period = Optional.ofNullable(inPeriod ? r.parsed("period", this::period) : null);
    if (dated && inPeriod) {
      r.problem(null, "has both a date and a period: an annotation is pinned to one of them");
    } else if (!dated && !inPeriod) {
      r.problem(null, "needs a date or a period");
    }
    String text = r.nonBlankText("text");
    String author = r.nonBlankText("author");
    r.rejectUnknownFields();
    return build(r, () -> new IndicatorAnnotation(provider, indicator, date, period, text, author));
  }

  /** Whether the object has {@code field}, one that only format 1.1 has; remembers where. */
  private boolean version11(JsonObjectReader r, String field) {
    // Named with the value null, it is still a field format 1 does not have (its schema refuses
    // it too): the reader must stay the stricter of the two.
    if (r.names(field)) {
      version11Fields.add(r.path() + "." + field);
    }
    return r.has(field);
  }

  /** Builds a value when its fields read cleanly; a rule the value itself enforces is reported. */
  private <T> T build(JsonObjectReader r, Supplier<T> value) {
    if (!r.ok()) {
      return null;
    }
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      r.problem(null, e.getMessage());
      return null;
    }
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private Result result() {
    if (incomplete) {
      // The rest of the document was never read: report only what was found in what was.
      List<SnapshotProblem> sorted = new ArrayList<>(problems);
      Collections.sort(sorted, (a, b) -> SnapshotRules.comparePaths(a.path(), b.path()));
      return new Result(null, ImmutableList.copyOf(sorted));
    }
    if (format == null && problems.stream().noneMatch(p -> p.path().equals("$.format"))) {
      problems.add(SnapshotProblem.at("$.format", "is required (\"" + Snapshot.FORMAT + "\")"));
    }
    if (asOf == null && problems.stream().noneMatch(p -> p.path().equals("$.asOf"))) {
      problems.add(SnapshotProblem.at("$.asOf", "is required"));
    }
    if (!commissionerSeen) {
      problems.add(SnapshotProblem.at("$.commissioner", "is required"));
    }
    if (Snapshot.FORMAT.equals(format)) {
      for (String field : version11Fields) {
        problems.add(SnapshotProblem.at(field, "is not a known field in \"" + Snapshot.FORMAT
            + "\" (it is in \"" + Snapshot.FORMAT_1_1 + "\")"));
      }
      for (String field : risksWithoutProvider) {
        problems.add(SnapshotProblem.at(field, "is required in \"" + Snapshot.FORMAT
            + "\" (in \"" + Snapshot.FORMAT_1_1 + "\" a risk without one is a system risk)"));
      }
    }
    if (problems.isEmpty()) {
      try {
        // Building checks the rules across the parts (SnapshotRules) once.
        return new Result(Snapshot.builder().asOf(asOf).commissioner(commissioner)
            .providers(providers).indicators(indicators).observations(observations)
            .intelligence(intelligence).risks(risks).decisions(decisions).actions(actions)
            .ratings(ratings).visits(visits).incidents(incidents).meetings(meetings)
            .deepDives(deepDives).recalculations(recalculations).annotations(annotations)
            .format(format).build(), ImmutableList.of());
      } catch (InvalidSnapshotException e) {
        return new Result(null, e.problems());
      }
    }
    // Some elements did not parse (null here): check what did, keeping the array indices.
    problems.addAll(SnapshotRules.check(providers, indicators, observations, intelligence, risks,
        decisions, actions, code -> providersUnread || unreadProviders.contains(code),
        id -> indicatorsUnread || unreadIndicators.contains(id)));
    problems.addAll(SnapshotRules.checkWorkflows(providers, intelligence, ratings, visits,
        incidents, meetings, deepDives, code -> providersUnread || unreadProviders.contains(code),
        unreadIncidents::contains));
    problems.addAll(SnapshotRules.checkCharts(providers, indicators, recalculations, annotations,
        code -> providersUnread || unreadProviders.contains(code),
        id -> indicatorsUnread || unreadIndicators.contains(id)));
    List<SnapshotProblem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted, (a, b) -> SnapshotRules.comparePaths(a.path(), b.path()));
    return new Result(null, ImmutableList.copyOf(sorted));
  }

  /**
   * The outcome of reading: a snapshot, or every problem that stopped one being read.
   *
   * @since 0.1.0
   */
  public static final class Result {
    private final Snapshot snapshot;
    private final ImmutableList<SnapshotProblem> problems;

    private Result(Snapshot snapshot, ImmutableList<SnapshotProblem> problems) {
      this.snapshot = snapshot;
      this.problems = problems;
    }

    /** Whether the document was a valid snapshot. */
    public boolean isValid() {
      return snapshot != null;
    }

    /**
     * The snapshot.
     *
     * @throws InvalidSnapshotException with every problem, if the document was not valid
     */
    public Snapshot snapshot() {
      if (snapshot == null) {
        throw new InvalidSnapshotException(problems);
      }
      return snapshot;
    }

    /** Every problem found, ordered by path; empty when valid. */
    public ImmutableList<SnapshotProblem> problems() {
      return problems;
    }
  }
}
