package org.qsurv.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.qsurv.app.audit.AuditVerification;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qsurv verify-audit}: every case's hash chain fully recomputed (escalation's
 * {@code ChainVerifier}), each case's status, and the first broken link of each broken case.
 */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
    description = {"Checks every escalation case's audit trail: each event must chain from the "
        + "one before it, and its hash is recomputed from its content, so an event changed after "
        + "it was recorded is found. Prints each case's status and, for a broken case, its first "
        + "broken link; exits 3 if any case is broken."},
    footer = ExitCode.FOOTER)
final class VerifyAuditCommand implements Callable<Integer> {
  @ParentCommand
  QsurvCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.openExisting()) {
      AuditVerification.Result result =
          AuditVerification.of(JdbcPorts.open(db, root.clock()).cases()).run();
      if (result.cases().isEmpty()) {
        out.println("No cases stored yet: nothing to verify.");
        return ExitCode.OK;
      }
      result.cases().forEach(out::println);
      int cases = result.cases().size();
      if (!result.intact()) {
        out.printf("BROKEN: %,d of %,d case%s; first: %s%n", result.broken(), cases,
            cases == 1 ? "" : "s", result.firstBreak().orElseThrow());
        return ExitCode.AUDIT_BROKEN;
      }
      out.printf("Intact: %,d case%s, %,d events, every link checked and every hash recomputed "
          + "from its content.%n", cases, cases == 1 ? "" : "s", result.events());
      return ExitCode.OK;
    }
  }
}
