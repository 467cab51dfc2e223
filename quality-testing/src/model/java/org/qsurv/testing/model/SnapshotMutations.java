package org.qsurv.testing.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Breaks a snapshot document the ways real input breaks, for fuzz tests of everything that reads
 * one: values of the wrong type, numbers and dates out of range or out of any range, fields
 * missing, unknown, repeated or emptied, elements repeated, deep nesting, huge numbers, the v1.1
 * fields in either format, and truncated text. The same {@link Random} gives the same mutation,
 * so a failure is replayed from its seed.
 *
 * <pre>{@code
 * Random random = new Random(seed);
 * String broken = SnapshotMutations.mutate(SnapshotWriter.write(snapshot), random);
 * }</pre>
 *
 * @since 1.0.0
 */
public final class SnapshotMutations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Placeholders replaced in the text after writing: a repeated key, and numbers no tree holds.
  private static final String DUPLICATE = "\u0001dup";
  private static final String RAW = "\u0002raw";
  private static final String[] RAW_NUMBERS = {"1e400", "-1e400", "1E-400", "-0",
      "9".repeat(400), "0." + "0".repeat(398) + "1", "4.0", "4.000000000000001", "1e2", "2147483648",
      "-9223372036854775809"};
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final String[] DATES = {"9999-12-31", "0000-01-01", "0001-01-01", "1899-12-31",
      "2999-12-31", "3000-01-01", "2024-02-29", "2025-02-29", "2025-04-31", "2025-7-1",
      "+10000-01-01", "-0001-01-01", "2025-07-01T00:00", " 2025-07-01", "2025-13-01", "20250701",
      ""};
  private static final double[] NUMBERS = {0, -1, 1, 5, 6, 25, 0.5, -0.0, 1e-300, 1e308, -1e308,
      Double.MAX_VALUE, Double.MIN_VALUE, Integer.MAX_VALUE, (double) Long.MAX_VALUE + 1};
  private static final String[] STRINGS = {"", " ", "\u00a0", "RH5", "rh5", "1-101234567",
      "QSL", "2025-Q1", "2025-06", "qsurv-snapshot/1", "qsurv-snapshot/1.1", "CONCERN", "POSITIVE",
      "NO_FURTHER_ACTION", "RISK_SUMMIT", "STEP_DOWN", "NHSE_REGION", "SAFE", "MONTHLY",
      "\u0000", "\ud83d\ude00", "x".repeat(5000), "$.risks[0]", "null"};
  private static final String[] FIELDS_11 = {"tone", "triage", "meeting", "actions", "provider",
      "completed", "due", "systemRisks", "incident", "ratings", "visits", "incidents", "meetings",
      "keyQuestions", "findings", "review", "neverEvent", "held", "reasonNotHeld"};

  private SnapshotMutations() {}

  /** {@code json} broken in one to three ways chosen by {@code random}. */
  public static String mutate(String json, Random random) {
    JsonNode root = parse(json);
    List<String> duplicates = new ArrayList<>();
    List<String> raws = new ArrayList<>();
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      root = mutateTree(root, random, duplicates, raws);
    }
    String text;
    try {
      text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < duplicates.size(); i++) {
      text = text.replace(quoted(DUPLICATE + i), quoted(duplicates.get(i)));
    }
    for (int i = 0; i < raws.size(); i++) {
      text = text.replace(quoted(RAW + i), raws.get(i));
    }
    if (random.nextInt(10) == 0) {
      text = text.substring(0, random.nextInt(text.length() + 1));
    }
    return text;
  }

  /**
   * {@code json} rewritten in ways a reader must treat as the same snapshot: optional fields
   * written as {@code null}, whole numbers written as {@code 4.0}, fields in another order,
   * names with characters that are not white space in Java, a blank rationale (which the
   * lifecycle, not the format, rejects).
   */
  public static String variant(String json, Random random) {
    JsonNode root = parse(json);
    List<String> raws = new ArrayList<>();
    for (JsonNode indicator : root.path("indicators")) {
      ObjectNode o = (ObjectNode) indicator;
      for (String optional : List.of("thresholds", "target")) {
        if (!o.has(optional) || random.nextInt(3) == 0) {
          o.putNull(optional);
        }
      }
    }
    for (JsonNode risk : root.path("risks")) {
      ObjectNode o = (ObjectNode) risk;
      if (!o.has("lastReviewed") || random.nextInt(3) == 0) {
        o.putNull("lastReviewed");
      }
      for (String whole : List.of("likelihood", "consequence")) {
        if (random.nextBoolean()) {
          raws.add(o.get(whole).asInt() + ".0");
          o.put(whole, RAW + (raws.size() - 1));
        }
      }
    }
    for (JsonNode decision : root.path("decisions")) {
      if (random.nextInt(4) == 0) {
        ((ObjectNode) decision).put("rationale", random.nextBoolean() ? "" : " ");
      }
    }
    for (JsonNode provider : root.path("providers")) {
      if (random.nextInt(4) == 0) {
        ((ObjectNode) provider).put("name", "\u00a0" + provider.get("name").asText() + "\u2007");
      }
    }
    if (random.nextBoolean()) {
      root = reversed(root);
    }
    String text;
    try {
      text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < raws.size(); i++) {
      text = text.replace(quoted(RAW + i), raws.get(i));
    }
    return text;
  }

  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      ObjectNode copy = NODES.objectNode();
      for (int i = fields.size() - 1; i >= 0; i--) {
        copy.set(fields.get(i).getKey(), reversed(fields.get(i).getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(e -> copy.add(reversed(e)));
      return copy;
    }
    return node;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String quoted(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A place in the tree: the container and the field name or index of a value in it. */
  /** A place in the tree: a field of an object, or (with no field) an element of an array. */
  private record Slot(JsonNode container, @Nullable String field, int index) {
    JsonNode value() {
      return field != null ? container.get(field) : container.get(index);
    }

    void set(JsonNode value) {
      if (field != null) {
        ((ObjectNode) container).set(field, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }

    void remove() {
      if (field != null) {
        ((ObjectNode) container).remove(field);
      } else {
        ((ArrayNode) container).remove(index);
      }
    }
  }

  private static JsonNode mutateTree(JsonNode root, Random random, List<String> duplicates,
      List<String> raws) {
    List<Slot> slots = new ArrayList<>();
    List<JsonNode> objects = new ArrayList<>();
    collect(root, slots, objects);
    int kind = random.nextInt(14);
    if (slots.isEmpty() || objects.isEmpty() || kind == 0) {
      return random.nextBoolean() ? anyValue(random, 0) : NODES.objectNode();
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    switch (kind) {
      case 1, 2 -> slot.set(anyValue(random, 0));
      case 3 -> pick(slots, random, JsonNode::isNumber, slot)
          .set(NODES.numberNode(NUMBERS[random.nextInt(NUMBERS.length)]));
      case 4 -> pick(slots, random, v -> v.isTextual() && DATE.matcher(v.asText()).matches(), slot)
          .set(NODES.textNode(DATES[random.nextInt(DATES.length)]));
      case 5 -> slot.remove();
      case 6 -> {
        raws.add(RAW_NUMBERS[random.nextInt(RAW_NUMBERS.length)]);
        slot.set(NODES.textNode(RAW + (raws.size() - 1)));
      }
      case 7 -> {
        // Written as text: deeper than any writer or parser allows a tree to be.
        int depth = random.nextInt(3) == 0 ? 5000 : 1 + random.nextInt(200);
        raws.add((random.nextBoolean() ? "[".repeat(depth) + "1" + "]".repeat(depth)
            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
        slot.set(NODES.textNode(RAW + (raws.size() - 1)));
      }
      case 8 -> {
        ObjectNode object = (ObjectNode) objects.get(random.nextInt(objects.size()));
        String name = random.nextBoolean() ? FIELDS_11[random.nextInt(FIELDS_11.length)]
            : "notes" + random.nextInt(3);
        object.set(name, anyValue(random, 0));
      }
      case 9 -> {
        ObjectNode object = (ObjectNode) objects.get(random.nextInt(objects.size()));
        Iterator<String> names = object.fieldNames();
        if (names.hasNext()) {
          List<String> all = new ArrayList<>();
          names.forEachRemaining(all::add);
          duplicates.add(all.get(random.nextInt(all.size())));
          object.set(DUPLICATE + (duplicates.size() - 1), anyValue(random, 0));
        }
      }
      case 10 -> {
        if (slot.value().isArray() && !slot.value().isEmpty()) {
          ArrayNode array = (ArrayNode) slot.value();
          array.add(array.get(random.nextInt(array.size())).deepCopy());
        } else if (slot.container().isArray()) {
          ((ArrayNode) slot.container()).add(slot.value().deepCopy());
        } else {
          slot.set(NODES.arrayNode());
        }
      }
      case 11 -> {
        if (root instanceof ObjectNode top) {
          top.put("format", random.nextBoolean() ? "qsurv-snapshot/1.1" : "qsurv-snapshot/1");
          addV11Field(top, random);
        }
      }
      case 12 -> slot.set(NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]));
      default -> slot.set(NODES.nullNode());
    }
    return root;
  }

  /** A slot whose value is of the kind {@code wanted}, else {@code otherwise}. */
  private static Slot pick(List<Slot> slots, Random random, Predicate<JsonNode> wanted,
      Slot otherwise) {
    List<Slot> matching = slots.stream().filter(s -> wanted.test(s.value())).toList();
    return matching.isEmpty() ? otherwise : matching.get(random.nextInt(matching.size()));
  }

  /** A field of the 1.1 format, well or badly formed, somewhere it belongs. */
  private static void addV11Field(ObjectNode top, Random random) {
    String[] arrays = {"intelligence", "decisions", "risks"};
    JsonNode array = top.get(arrays[random.nextInt(arrays.length)]);
    ObjectNode triage = NODES.objectNode().put("on", DATES[random.nextInt(DATES.length)])
        .put("outcome", random.nextBoolean() ? "NO_FURTHER_ACTION" : "ESCALATE")
        .put("credible", random.nextBoolean());
    if (array instanceof ArrayNode elements && !elements.isEmpty()
        && elements.get(random.nextInt(elements.size())) instanceof ObjectNode element) {
      switch (random.nextInt(5)) {
        case 0 -> element.put("tone", random.nextBoolean() ? "POSITIVE" : "CONCERN");
        case 1 -> element.set("triage", random.nextBoolean() ? triage : anyValue(random, 0));
        case 2 -> element.put("meeting", random.nextBoolean() ? "RISK_SUMMIT" : "BOARD");
        case 3 -> element.remove("provider");
        default -> element.put("tone", "ANGRY");
      }
    } else if (random.nextBoolean()) {
      addWorkflow(top, random);
    } else {
      ArrayNode actions = top.putArray("actions");
      ObjectNode action = actions.addObject().put("id", "A-" + random.nextInt(3))
          .put("provider", random.nextBoolean() ? "RH5" : "RXX")
          .put("description", "Recruit night staff").put("owner", "Director of Nursing")
          .put("due", DATES[random.nextInt(DATES.length)]);
      if (random.nextBoolean()) {
        action.put("completed", DATES[random.nextInt(DATES.length)]);
      }
    }
  }

  /**
   * An element of one of the 1.1 workflow arrays (ratings, visits, incidents, meetings), or an
   * intelligence item's incident link, with values well or badly formed: unknown providers and
   * incidents, bad dates, findings on a planned visit, a meeting not held without its reason.
   */
  private static void addWorkflow(ObjectNode top, Random random) {
    String provider = random.nextInt(4) == 0 ? "RXX" : "RH5";
    String date = random.nextBoolean() ? "2025-06-01" : DATES[random.nextInt(DATES.length)];
    switch (random.nextInt(5)) {
      case 0 -> {
        ObjectNode r = array(top, "ratings").addObject().put("id", "CQC-" + random.nextInt(3))
            .put("provider", provider).put("regulator", random.nextBoolean() ? "CQC" : "OFSTED")
            .put("published", date).put("overall", random.nextBoolean() ? "INADEQUATE" : "GOOD");
        if (random.nextBoolean()) {
          r.putObject("keyQuestions").put(random.nextBoolean() ? "SAFE" : "KIND",
              random.nextBoolean() ? "INADEQUATE" : "POOR");
        }
      }
      case 1 -> {
        ObjectNode v = array(top, "visits").addObject().put("id", "V-" + random.nextInt(3))
            .put("provider", provider).put("date", date)
            .put("kind", random.nextBoolean() ? "UNANNOUNCED" : "SURPRISE")
            .put("status", random.nextBoolean() ? "DONE" : "PLANNED");
        if (random.nextBoolean()) {
          v.putArray("findings").addObject().put("domain", "SAFE")
              .put("tone", random.nextBoolean() ? "CONCERN" : "POSITIVE")
              .put("summary", random.nextBoolean() ? "Two nurses for 28 beds" : " ");
        }
      }
      case 2 -> {
        ObjectNode i = array(top, "incidents").addObject().put("id", "SI-" + random.nextInt(3))
            .put("provider", provider).put("reported", date)
            .put("framework", random.nextBoolean() ? "PSIRF" : "SI_2010")
            .put("neverEvent", random.nextBoolean())
            .put("responseDue", DATES[random.nextInt(DATES.length)]);
        if (random.nextBoolean()) {
          i.put("responseReceived", date).putObject("review").put("on", date)
              .put("outcome", random.nextBoolean() ? "ACCEPTED" : "REJECTED");
        }
        if (random.nextBoolean()) {
          i.put("actionPlanSignedOff", DATES[random.nextInt(DATES.length)]);
        }
      }
      case 3 -> {
        boolean held = random.nextBoolean();
        ObjectNode m = array(top, "meetings").addObject().put("id", "M-" + random.nextInt(3))
            .put("provider", provider).put("kind", random.nextBoolean() ? "CQPG" : "BOARD")
            .put("date", date).put("held", held);
        if (!held && random.nextInt(3) > 0 || held && random.nextInt(4) == 0) {
          m.put("reasonNotHeld", random.nextBoolean() ? "Not quorate" : "");
        }
        if (random.nextBoolean()) {
          m.putArray("actions").addObject().put("id", "MA-" + random.nextInt(2))
              .put("description", "Share the staffing review").put("owner", "Chief Nurse")
              .put("due", DATES[random.nextInt(DATES.length)]);
        }
      }
      default -> {
        if (top.get("intelligence") instanceof ArrayNode items && !items.isEmpty()
            && items.get(random.nextInt(items.size())) instanceof ObjectNode item) {
          item.put("incident", "SI-" + random.nextInt(3));
        }
      }
    }
  }

  /** The array {@code name} of {@code top}, made when absent or not an array. */
  private static ArrayNode array(ObjectNode top, String name) {
    return top.get(name) instanceof ArrayNode existing ? existing : top.putArray(name);
  }

  private static JsonNode anyValue(Random random, int depth) {
    int kind = random.nextInt(depth > 1 ? 6 : 8);
    return switch (kind) {
      case 6 -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(anyValue(random, depth + 1));
        }
        yield array;
      }
      case 7 -> {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          object.set("f" + i, anyValue(random, depth + 1));
        }
        yield object;
      }
      default -> anyScalar(random);
    };
  }

  private static JsonNode anyScalar(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(11) - 5);
      case 3 -> NODES.numberNode(NUMBERS[random.nextInt(NUMBERS.length)]);
      case 4 -> NODES.textNode(DATES[random.nextInt(DATES.length)]);
      default -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
    };
  }

  private static void collect(JsonNode node, List<Slot> slots, List<JsonNode> objects) {
    if (node.isObject()) {
      objects.add(node);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        slots.add(new Slot(node, e.getKey(), -1));
        collect(e.getValue(), slots, objects);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Slot(node, null, i));
        collect(node.get(i), slots, objects);
      }
    }
  }
}
