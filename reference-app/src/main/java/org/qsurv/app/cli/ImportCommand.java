package org.qsurv.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qsurv.app.importer.ImportKind;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.ImportProblem;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.ImportSink.ImportReceipt;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.evaluation.PolicyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code qsurv import FILE}: validate every row, report every problem, then write all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Imports observations, intelligence or risks from CSV, or a whole surveillance snapshot "
            + "from JSON (SNAPSHOT.md), into the database, all or nothing.",
        "Every row is validated first and every problem reported (row, column, value, reason) "
            + "before anything is written; a valid file is then written in one transaction, with "
            + "a progress bar on a terminal. Rows identical to recorded ones are skipped; a row "
            + "that would change a recorded one is a problem (an import never changes a record)."},
    footer = {"%nCSV files are UTF-8 with a header row (column names match ignoring case, "
        + "spaces and underscores); the kind is told from the header:",
        "  observations:  provider, indicator, period (YYYY-MM or YYYY-Qn), value "
            + "[, numerator, denominator]",
        "  intelligence:  id, provider, received (YYYY-MM-DD), source, nature, domain, summary "
            + "[, reported_by, sensitive]",
        "  risks:         id, title, domain, owner, likelihood, consequence [, provider, "
            + "description, consequence_domain, score, initial_likelihood, initial_consequence, "
            + "target_likelihood, target_consequence, last_reviewed, controls]",
        "A file ending .json is read as a snapshot. Providers and indicators come in with a "
            + "snapshot.", ExitCode.FOOTER})
final class ImportCommand implements Callable<Integer> {
  @ParentCommand
  QsurvCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  /** The profile whose escalation policy decides a snapshot's decisions, as {@code serve}'s. */
  @Mixin
  ProfileOption profile;

  @Parameters(paramLabel = "FILE", description = "The CSV or JSON file to import.")
  Path file;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "What the file holds: ${COMPLETION-CANDIDATES} (default: from its name and "
          + "header).")
  ImportKind kind;

  @Option(names = "--dry-run", description = "Validate and report, but write nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("qsurv import: " + file + " is not a file");
      return ExitCode.INVALID;
    }
    Optional<PolicyProfile> policy = profile.named(err);
    if (policy.isEmpty()) {
      return ExitCode.INVALID;
    }
    try (Database db = database.open()) {
      Ports ports = JdbcPorts.open(db, root.clock(), policy.get().escalation());
      Importer importer = new Importer(ports, policy.get().escalation());
      long started = System.nanoTime();
      ImportPlan plan;
      try (InputStream in = Files.newInputStream(file)) {
        plan = importer.plan(file.getFileName().toString(), Optional.ofNullable(kind), in,
            System.getProperty("user.name", "qsurv"));
      } catch (NoSuchFileException e) {
        err.println("qsurv import: " + file + " does not exist");
        return ExitCode.INVALID;
      }
      String what = plan.kind().map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
          .orElse("unknown kind");
      String rows = plan.kind().equals(Optional.of(ImportKind.SNAPSHOT)) ? "records" : "rows";
      if (!plan.isValid()) {
        err.printf("Validation report for %s (%s): %,d problem%s in %,d of %,d %s; nothing was "
            + "written.%n", file.getFileName(), what, plan.problems().size(),
            plan.problems().size() == 1 ? "" : "s", plan.rowsWithProblems(), plan.rowsRead(), rows);
        for (ImportProblem problem : plan.problems()) {
          err.println("  " + problem);
        }
        err.flush();
        return ExitCode.INVALID;
      }
      long toWrite = plan.batch().orElseThrow().size();
      out.printf("Validation report for %s (%s): %,d %s read, no problems: %,d records to add, "
          + "%,d unchanged.%n", file.getFileName(), what, plan.rowsRead(), rows, toWrite,
          plan.unchanged());
      if (dryRun) {
        out.println("Dry run: nothing was written.");
        return ExitCode.OK;
      }
      if (toWrite == 0) {
        out.println("Nothing to write: everything in the file is already recorded.");
        return ExitCode.OK;
      }
      ProgressBar bar = root.terminal() ? new ProgressBar(out, "Writing") : null;
      ImportReceipt receipt = importer.write(plan, bar == null ? Progress.none() : bar);
      if (bar != null) {
        bar.finish();
      }
      out.printf("Imported %,d records in one transaction (import %d) in %.1f s.%n",
          receipt.rows(), receipt.importId(), (System.nanoTime() - started) / 1e9);
      return ExitCode.OK;
    }
  }
}
