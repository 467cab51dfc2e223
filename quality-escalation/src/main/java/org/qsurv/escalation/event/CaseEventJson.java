package org.qsurv.escalation.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.qsurv.model.json.QsurvJson;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;

/**
 * The JSON form of case events, for storage and exchange, and their canonical bytes for the hash
 * chain. One event is one JSON object with the fields {@code provider}, {@code version},
 * {@code at}, {@code by}, {@code rationale}, {@code type} (a {@link FactType}), {@code fact} (the
 * fact's fields), {@code previousHash} and {@code hash}:
 *
 * <pre>{@code
 * {"at":"2025-03-03","by":{"name":"A. Director","role":"ICB_DIRECTOR"},
 *  "fact":{"decision":"PLACE_ON_ENHANCED","from":"ROUTINE","to":"ENHANCED"},
 *  "hash":"9c1f...","previousHash":"0000...","provider":"RH5",
 *  "rationale":"Rising mortality and two never events in a quarter","type":"DECISION_TAKEN","version":1}
 * }</pre>
 *
 * <p>A store keeps one row per event (provider, version, hash, this JSON) and restores the log with
 * {@link #fromJson(String)}, oldest first. The text written is canonical: keys sorted at every
 * level, no white space, absent optional fields left out, UTF-8. The canonical bytes that are
 * hashed are the same without the {@code hash} field; because keys are sorted and absent fields
 * are left out, reordering a type's fields or adding an optional field later does not change the
 * hash of an event already stored.
 *
 * <pre>{@code
 * String row = CaseEventJson.toJson(event);
 * CaseEvent back = CaseEventJson.fromJson(row);   // equal to event
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CaseEventJson {
  private static final ObjectMapper MAPPER = QsurvJson.mapper()
      .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
      // Facts with no fields of their own (QUALITY_RISK_PROFILE_REQUESTED...) are written as {}.
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
  private static final ImmutableSet<String> FIELDS = ImmutableSet.of(
      "provider", "version", "at", "by", "rationale", "type", "fact", "previousHash", "hash");

  private CaseEventJson() {}

  /** The event as canonical JSON text, with its hash. */
  public static String toJson(CaseEvent event) {
    try {
      return MAPPER.writeValueAsString(toTree(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write event " + event.version() + " of " + event.provider(), e);
    }
  }

  /** A log as a canonical JSON array, oldest first. */
  public static String toJson(List<CaseEvent> events) {
    ArrayNode array = MAPPER.createArrayNode();
    events.forEach(e -> array.add(toTree(e)));
    try {
      return MAPPER.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a log of " + events.size() + " events", e);
    }
  }

  /**
   * The bytes the hash chain hashes: the canonical JSON of the event without its {@code hash}
   * field, in UTF-8.
   */
  public static byte[] canonicalBytes(CaseEvent event) {
    ObjectNode tree = toTree(event);
    tree.remove("hash");
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write event " + event.version() + " of " + event.provider(), e);
    }
  }

  /**
   * Reads one event.
   *
   * @throws IllegalArgumentException naming the field if the text is not a well-formed event
   */
  public static CaseEvent fromJson(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("case event is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a log written by {@link #toJson(List)}.
   *
   * @throws IllegalArgumentException naming the event and field if an entry is not well formed
   */
  public static ImmutableList<CaseEvent> logFromJson(String json) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("case log is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isArray()) {
      throw new IllegalArgumentException("case log must be a JSON array of events");
    }
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      try {
        events.add(fromTree(tree.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("$[" + i + "]: " + e.getMessage(), e);
      }
    }
    return ImmutableList.copyOf(events);
  }

  static ObjectNode toTree(CaseEvent event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("provider", event.provider().value());
    node.put("version", event.version());
    node.put("at", event.at().toString());
    node.set("by", MAPPER.valueToTree(event.by()));
    node.put("rationale", event.rationale());
    node.put("type", event.fact().type().name());
    node.set("fact", MAPPER.valueToTree(event.fact()));
    node.put("previousHash", event.previousHash());
    node.put("hash", event.hash());
    return node;
  }

  static CaseEvent fromTree(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a case event must be a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field " + name + " in a case event");
      }
    }
    FactType type;
    try {
      type = FactType.valueOf(text(node, "type"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("type: " + text(node, "type") + " is not a kind of case event", e);
    }
    JsonNode version = required(node, "version");
    if (!version.canConvertToLong() || !version.isIntegralNumber()) {
      throw new IllegalArgumentException("version must be a whole number but was " + version);
    }
    LocalDate at;
    try {
      at = LocalDate.parse(text(node, "at"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("at must be an ISO date but was " + text(node, "at"), e);
    }
    return CaseEvent.builder()
        .provider(OrganisationCode.of(text(node, "provider")))
        .version(version.longValue())
        .at(at)
        .by(convert(required(node, "by"), Actor.class, "by"))
        .rationale(text(node, "rationale"))
        .fact(convert(required(node, "fact"), type.factClass(), "fact"))
        .previousHash(text(node, "previousHash"))
        .hash(text(node, "hash"))
        .build();
  }

  private static <T> T convert(JsonNode node, Class<T> type, String field) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(field + ": " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(field + " is required in a case event");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string but was " + value);
    }
    return value.textValue();
  }
}
