package org.qsurv.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qsurv.jar profiles}: lists the named policy profiles that {@code evaluate --profile}
 * takes, each with its source framework and title; {@code --settings} adds each setting with its
 * value and source (docs/profiles.md shows them side by side).
 */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = {"Lists the policy profiles that evaluate --profile takes: the national defaults"
        + " and each source framework (docs/profiles.md).", "Exit status: 0."})
final class ProfilesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--settings", description = "Also list each setting, its value and its source.")
  boolean settings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (PolicyProfile p : PolicyProfiles.all()) {
      out.println(p.name() + "  (" + p.source() + ") " + p.title());
      if (settings) {
        for (PolicyProfile.Setting s : p.settings()) {
          out.println("    " + s.name() + " = " + s.value() + "  [" + s.source() + "]");
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
