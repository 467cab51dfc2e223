package org.qsurv.app.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Optional;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --profile NAME} option every command that evaluates or decides shares ({@code
 * evaluate}, {@code report}, {@code export}, {@code import}, {@code serve}): the named policy
 * profile (docs/profiles.md),
 * {@code nhs-defaults} unless the option or the environment variable {@code QSURV_PROFILE} names
 * another, so that a deployment set to one profile evaluates under it in every command.
 */
final class ProfileOption {
  @Option(names = "--profile", paramLabel = "NAME",
      defaultValue = "${env:QSURV_PROFILE:-" + PolicyProfiles.DEFAULT + "}",
      description = "The policy profile: one of ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}"
          + " (docs/profiles.md; qsurv profiles lists them). Env: QSURV_PROFILE.",
      completionCandidates = Names.class)
  String name;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The profile names, for the option's help. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return PolicyProfiles.all().stream().map(PolicyProfile::name).iterator();
    }
  }

  /**
   * The profile named.
   *
   * @throws ParameterException (exit status 2) if there is none of that name, naming the option
   *     or the environment variable that gave it and listing the profiles
   */
  PolicyProfile profile() {
    return PolicyProfiles.named(name).orElseThrow(() -> new ParameterException(
        spec.commandLine(), unknown()));
  }

  /**
   * The profile named, or empty having written to {@code err} that it is none, as {@code qsurv
   * COMMAND: --profile NAME is not a profile; the profiles are: ...} (the caller exits 2).
   */
  Optional<PolicyProfile> named(PrintWriter err) {
    Optional<PolicyProfile> profile = PolicyProfiles.named(name);
    if (profile.isEmpty()) {
      err.println("qsurv " + spec.name() + ": " + unknown());
      err.flush();
    }
    return profile;
  }

  private String unknown() {
    return EnvironmentDefaults.source(spec, "--profile") + " " + name
        + " is not a profile; the profiles are: " + PolicyProfiles.names();
  }
}
