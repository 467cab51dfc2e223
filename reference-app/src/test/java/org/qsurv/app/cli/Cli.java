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

  /**
   * The {@code serve} command of {@code args} (which start with "serve"), parsed as the command
   * line would parse it and writing to {@code out}, for a test to {@code start()} and close.
   */
  static ServeCommand serve(java.io.Writer out, String... args) {
    picocli.CommandLine cli = new picocli.CommandLine(new QsurvCommand(CLOCK, false));
    cli.setOut(new PrintWriter(out, true));
    return (ServeCommand) cli.parseArgs(args).subcommand().commandSpec().userObject();
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new QsurvCommand(CLOCK, false).run(args, new PrintWriter(out),
        new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }
}
