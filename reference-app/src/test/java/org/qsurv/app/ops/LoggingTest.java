package org.qsurv.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The log's two formats on standard error: plain text lines by default, and with
 * {@code --log-format json} one JSON object per line, from Logback's own JSON encoder, that a log
 * collector reads without a pattern.
 */
class LoggingTest {
  private final PrintStream original = System.err;

  @AfterEach
  void restore() {
    System.setErr(original);
    Logging.use(LogFormat.TEXT);
  }

  @Test
  void textIsOneReadableLinePerEvent() {
    String written = logWith(LogFormat.TEXT);
    List<String> lines = written.lines().toList();
    assertEquals(1, lines.size(), written);
    assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  "
        + "qsurv\\.access: GET /providers/RH5 200 7 ms user=m\\.ellery"), lines.get(0));
  }

  @Test
  void jsonIsOneObjectPerLineWithTheEventsFields() throws Exception {
    String written = logWith(LogFormat.JSON);
    List<String> lines = written.lines().toList();
    assertEquals(1, lines.size(), written);
    JsonNode event = new ObjectMapper().readTree(lines.get(0));
    assertEquals("INFO", event.path("level").asText(), lines.get(0));
    assertEquals("qsurv.access", event.path("loggerName").asText(), lines.get(0));
    assertEquals("GET /providers/RH5 200 7 ms user=m.ellery",
        event.path("formattedMessage").asText(), lines.get(0));
    assertTrue(lines.get(0).contains("\"durationMs\""), lines.get(0));
  }

  private String logWith(LogFormat format) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    Logging.use(format);
    AccessLog.request("GET", "/providers/RH5", Optional.empty(), 200, Duration.ofMillis(7),
        Optional.of("m.ellery"));
    System.err.flush();
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
