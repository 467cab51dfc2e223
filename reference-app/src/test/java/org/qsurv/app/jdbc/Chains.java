package org.qsurv.app.jdbc;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qsurv.app.port.StoredEvent;

/**
 * Hash-chained events for tests. The store treats hashes as opaque: any chaining rule will do, and
 * this one is SHA-256 over the previous hash, the type and the payload.
 */
public final class Chains {
  /** The previous hash of a case's first event in these tests. */
  public static final String GENESIS = "";

  private Chains() {}

  /** {@code n} events chained from {@code previousHash}, their payloads naming {@code writer}. */
  public static List<StoredEvent> events(String previousHash, int n, String writer) {
    List<StoredEvent> events = new ArrayList<>();
    String previous = previousHash;
    for (int i = 0; i < n; i++) {
      String type = "TestEvent";
      String payload = "{\"writer\":\"" + writer + "\",\"n\":" + i + "}";
      String hash = Hashing.sha256().hashString(previous + "|" + type + "|" + payload,
          StandardCharsets.UTF_8).toString();
      events.add(new StoredEvent(type, payload, Instant.parse("2025-03-03T10:15:30Z")
          .plusSeconds(i), "test." + writer, hash, previous));
      previous = hash;
    }
    return events;
  }

  /** The hash of the last of {@code events}. */
  public static String head(List<StoredEvent> events) {
    return events.get(events.size() - 1).hash();
  }
}
