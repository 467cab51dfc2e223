package org.qsurv.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.qsurv.app.cli.EvaluateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code qsurv.jar}. */
@Command(name = "qsurv", mixinStandardHelpOptions = true, version = "qsurv 0.1.0",
    description = "The qsurv reference application.")
public final class QsurvMain {
  private QsurvMain() {}

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new QsurvMain())
        .addSubcommand(new EvaluateCommand(out, err));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return cli.execute(args);
  }
}
