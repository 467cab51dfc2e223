package org.qsurv.app.port;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Objects;
import org.qsurv.model.Checks;

/**
 * One event of an escalation case as the {@link CaseStore} keeps it: its type, its content as a
 * JSON object, when it happened, who recorded it, and the two links of the tamper-evident audit
 * chain (003 §3: "an audit trail of actions and rationale for decisions made"; nothing recorded is
 * ever changed, a correction is a new record). The store does not interpret the payload: the
 * escalation module turns its own events into stored events (type name and JSON) and computes the
 * hashes; the store keeps them in order and refuses an append whose first {@link #previousHash()}
 * is not the hash of the case's last event.
 *
 * <pre>{@code
 * StoredEvent placed = new StoredEvent("PlacedOnEnhanced",
 *     "{\"at\":\"2025-03-03\",\"rationale\":\"Rising mortality\"}",
 *     Instant.parse("2025-03-03T10:15:00Z"), "f.hale", hash, previousHash);
 * }</pre>
 *
 * @param type the event's type name, for example {@code PlacedOnEnhanced}
 * @param payload the event's content, a JSON object
 * @param occurredAt when the event happened
 * @param recordedBy who recorded it (a username)
 * @param hash this event's link in the audit chain, as its producer computed it
 * @param previousHash the hash of the case's event before this one; the producer's genesis value
 *     (which may be empty) for a case's first event
 */
public record StoredEvent(String type, String payload, Instant occurredAt, String recordedBy,
    String hash, String previousHash) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public StoredEvent {
    Checks.notBlank("event type", type);
    Checks.check(type.length() <= 100, "event type must be at most 100 characters but was "
        + Checks.quote(type));
    Objects.requireNonNull(payload, "event payload");
    Checks.check(isJsonObject(payload), "event payload must be a JSON object but was "
        + Checks.quote(payload));
    Objects.requireNonNull(occurredAt, "event occurredAt");
    Checks.notBlank("event recordedBy", recordedBy);
    Checks.notBlank("event hash", hash);
    Objects.requireNonNull(previousHash, "event previousHash");
    Checks.check(hash.length() <= 200 && previousHash.length() <= 200,
        "event hashes must be at most 200 characters");
  }

  private static boolean isJsonObject(String text) {
    try {
      return JSON.readTree(text).isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
