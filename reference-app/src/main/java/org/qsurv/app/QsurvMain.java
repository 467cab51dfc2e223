package org.qsurv.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.qsurv.app.cli.QsurvCommand;

/**
 * Entry point of {@code qsurv.jar}: {@code java -jar qsurv.jar --help} lists the commands
 * ({@code evaluate}, {@code serve}, {@code import}, {@code export}, {@code demo},
 * {@code verify-audit}).
 */
public final class QsurvMain {
  private QsurvMain() {}

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    int status = new QsurvCommand().run(args, System.out, err);
    // serve returns only when stopped; every other command is done here.
    System.exit(status);
  }

  /** Runs the command line with the given streams (UTF-8); returns the exit status. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    return new QsurvCommand().run(args, out,
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
  }
}
