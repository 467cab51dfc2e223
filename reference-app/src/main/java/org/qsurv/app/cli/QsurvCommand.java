package org.qsurv.app.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code qsurv}: the root command. Its sub-commands share the clock (Europe/London, so "today" is
 * an English date) and whether standard output is a terminal (for progress bars), which tests set.
 */
@Command(name = "qsurv", mixinStandardHelpOptions = true,
    version = "qsurv 0.1.0 (reference application)",
    description = "The qsurv reference application: NHS quality surveillance on its own "
        + "database, the way an ICB system embeds the qsurv libraries.",
    subcommands = {
        EvaluateCommand.class,
        ReportCommand.class,
        ProfilesCommand.class,
        ServeCommand.class,
        ImportCommand.class,
        ExportCommand.class,
        DemoCommand.class,
        VerifyAuditCommand.class,
        BackupCommand.class,
        TokenCommand.class,
        CommandLine.HelpCommand.class},
    footer = ExitCode.FOOTER)
public final class QsurvCommand implements Runnable {
  private final Clock clock;
  private final boolean terminal;
  private Optional<OutputStream> standardOutput = Optional.empty();

  @Spec
  CommandSpec spec;

  /** The command as {@code qsurv.jar} runs it: the system clock, and a terminal if there is one. */
  public QsurvCommand() {
    this(Clock.system(ZoneId.of("Europe/London")), System.console() != null);
  }

  /** The command with a given clock and terminal (for tests and embedding). */
  public QsurvCommand(Clock clock, boolean terminal) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.terminal = terminal;
  }

  /**
   * Standard output as bytes, when the command was run with it ({@link #run(String[],
   * OutputStream, PrintWriter)}): a command that writes much (evaluate) writes UTF-8 there
   * directly, after flushing the text written through {@code getOut()}.
   */
  Optional<OutputStream> standardOutput() {
    return standardOutput;
  }

  Clock clock() {
    return clock;
  }

  boolean terminal() {
    return terminal;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs {@code args} with standard output to {@code out} (text as UTF-8) and errors to
   * {@code err}.
   *
   * @return the exit status
   */
  public int run(String[] args, OutputStream out, PrintWriter err) {
    standardOutput = Optional.of(out);
    return run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
        err);
  }

  /**
   * Runs {@code args} with output to {@code out} and {@code err}.
   *
   * @return the exit status
   */
  public int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(this);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    EnvironmentDefaults.install(cli);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("qsurv " + line.getCommandName() + ": " + describe(e));
      line.getErr().flush();
      return ExitCode.FAILURE;
    });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * A failure in a sentence (stack traces help developers, not users); the causes are added only
   * where the message does not already explain them.
   */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(message(e));
    if (e instanceof StoreException && e.getMessage() != null
        && e.getMessage().startsWith("the H2 database")) {
      return b.toString();
    }
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
      if (cause.getMessage() != null && !b.toString().contains(cause.getMessage())) {
        b.append(": ").append(message(cause));
      }
    }
    return b.toString();
  }

  /**
   * The exception's message; for a file system error, whose message is only the file's name, the
   * name and what is wrong with it.
   */
  private static String message(Throwable e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() == null) {
      return f.getFile() + ": cannot be read or written";
    }
    return String.valueOf(e.getMessage());
  }
}
