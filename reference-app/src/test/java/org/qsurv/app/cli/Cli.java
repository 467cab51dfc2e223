package org.qsurv.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs {@code qsurv} in this JVM with a fixed clock, capturing what it prints. */
final class Cli {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneOffset.UTC);

  /** What one run printed, and its exit status. */
  record Run(int status, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new QsurvCommand(CLOCK, false).run(args, new PrintWriter(out),
        new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }
}
