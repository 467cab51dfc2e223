package org.qsurv.app.ops;

/**
 * How log events are written: plain text lines for a person reading a terminal, or one JSON object
 * per line for a log collector.
 *
 * @since 1.0.0
 */
public enum LogFormat {
  /** {@code 2026-12-02T09:15:00.000Z INFO  access: GET /risks 200 12 ms user=m.ellery}. */
  TEXT,
  /** Logback's JSON lines: timestamp, level, logger, formatted message and the event's fields. */
  JSON
}
