package org.qsurv.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qsurv.app.export.RiskRegisterExport;
import org.qsurv.app.export.StoredAssessment;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.Ports;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.scoring.assessment.AssessmentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code qsurv export WHAT}: the risk register, the snapshot, the assessment. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the risk register (CSV or JSON), a snapshot or its assessment (JSON). "
        + "WHAT is one of:",
        "  risks       the risk register, as CSV (the columns `import` reads back) or JSON (with "
            + "each risk's review history);",
        "  snapshot    everything known as of a date, as a qsurv-snapshot/1.1 surveillance "
            + "snapshot (JSON, SNAPSHOT.md), with the ratings, visits, incidents and meetings;",
        "  assessment  the assessment of the stored data as of a date (JSON, SNAPSHOT.md): the "
            + "same as `evaluate` of the snapshot export of that date, under the same --profile."},
    footer = ExitCode.FOOTER)
final class ExportCommand implements Callable<Integer> {
  enum What {
    risks,
    snapshot,
    assessment
  }

  enum Format {
    csv,
    json
  }

  @ParentCommand
  QsurvCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Mixin
  ProfileOption profile;

  @Parameters(paramLabel = "WHAT", description = "${COMPLETION-CANDIDATES}")
  What what;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv or json (default: csv for risks, json otherwise).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write (default: standard output).")
  Path output;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date a snapshot or assessment is as of (default: today).")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Format chosen = format != null ? format : what == What.risks ? Format.csv : Format.json;
    if (what != What.risks && chosen == Format.csv) {
      err.println("qsurv export: " + (what == What.snapshot ? "a snapshot" : "an assessment")
          + " is JSON only (SNAPSHOT.md)");
      return ExitCode.INVALID;
    }
    Optional<PolicyProfile> named = profile.named(err);
    if (named.isEmpty()) {
      return ExitCode.INVALID;
    }
    PolicyProfile policy = named.get();
    try (Database db = database.openExisting()) {
      Ports ports = JdbcPorts.open(db, root.clock(), policy.escalation());
      Writer out = output == null ? spec.commandLine().getOut()
          : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
              StandardCharsets.UTF_8));
      try {
        if (what == What.risks && chosen == Format.csv) {
          RiskRegisterExport.csv(ports.risks().risks(), out);
        } else if (what == What.risks) {
          RiskRegisterExport.json(ports.risks().risks(), root.clock().instant(), out);
        } else {
          LocalDate date = asOf != null ? asOf : LocalDate.now(root.clock());
          try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            if (what == What.snapshot) {
              SnapshotWriter.write(StoredSnapshot.asOf(ports, date), json);
            } else {
              AssessmentWriter.write(StoredAssessment.asOf(ports, date, policy), json);
            }
          }
          out.write(System.lineSeparator());
        }
        out.flush();
      } finally {
        if (output != null) {
          out.close();
        }
      }
      return ExitCode.OK;
    }
  }
}
