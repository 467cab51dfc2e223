package org.qsurv.app.cli;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Options whose default is an environment variable ({@code defaultValue = "${env:QSURV_PORT:-8080}"},
 * picocli's own way, with {@code Env: QSURV_PORT} in the description): a bad value names where it
 * came from, the option or the variable, so that an
 * operator whose container sets {@code QSURV_PORT=http} is told to fix {@code QSURV_PORT}, not an
 * option they never typed.
 */
final class EnvironmentDefaults {
  /** How an option's description names its variable, for the operator reading {@code --help}. */
  private static final Pattern VARIABLE = Pattern.compile("Env: (QSURV_[A-Z0-9_]+)");

  private EnvironmentDefaults() {}

  /**
   * What set {@code option}'s value: the option itself when given on the command line, else its
   * environment variable when that is set, else the option (its built-in default).
   */
  static String source(CommandSpec spec, String option) {
    OptionSpec o = spec.findOption(option);
    if (o == null || spec.commandLine().getParseResult().hasMatchedOption(o)) {
      return option;
    }
    return variableSet(o).map(v -> "environment variable " + v).orElse(option);
  }

  /**
   * The handler of bad arguments, which adds to the message of a value that came from an
   * environment variable that it did, and otherwise does what {@code original} does.
   */
  static IParameterExceptionHandler naming(IParameterExceptionHandler original) {
    return (e, args) -> {
      ArgSpec arg = e.getArgSpec();
      if (arg instanceof OptionSpec option
          && !e.getCommandLine().getParseResult().hasMatchedOption(option)) {
        Optional<String> variable = variableSet(option);
        if (variable.isPresent()) {
          ParameterException named = new ParameterException(e.getCommandLine(),
              e.getMessage() + " (from the environment variable " + variable.get() + ")", e,
              arg, e.getValue());
          return original.handleParseException(named, args);
        }
      }
      return original.handleParseException(e, args);
    };
  }

  /**
   * The environment variable the option's description names ({@code Env: QSURV_PORT}, the same
   * name as in its {@code ${env:...}} default), if the option has one and it is set.
   */
  static Optional<String> variableSet(OptionSpec option) {
    return variable(option).filter(v -> System.getenv(v) != null);
  }

  /** The environment variable the option's description names, if any. */
  static Optional<String> variable(OptionSpec option) {
    Matcher m = VARIABLE.matcher(String.join(" ", option.description()));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** For {@link CommandLine#setParameterExceptionHandler}. */
  static void install(CommandLine cli) {
    cli.setParameterExceptionHandler(naming(cli.getParameterExceptionHandler()));
  }
}
