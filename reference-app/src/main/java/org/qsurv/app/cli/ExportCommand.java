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
import java.util.concurrent.Callable;
import org.qsurv.app.export.RiskRegisterExport;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.jdbc.Database;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.port.Ports;
import org.qsurv.model.snapshot.SnapshotWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code qsurv export WHAT}: the risk register, the snapshot, (later) the assessment. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the risk register (CSV or JSON) or a snapshot (JSON); the assessment "
        + "export arrives with the evaluator. WHAT is one of:",
        "  risks       the risk register, as CSV (the columns `import` reads back) or JSON (with "
            + "each risk's review history);",
        "  snapshot    everything known as of a date, as a v1 surveillance snapshot (JSON, "
            + "SNAPSHOT.md);",
        "  assessment  the assessment of the snapshot (SNAPSHOT.md): NOT AVAILABLE YET. It needs "
            + "the evaluator of quality-scoring and quality-escalation, which is not wired into "
            + "qsurv.jar yet; the option is kept so that scripts can be written against it."},
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

  @Parameters(paramLabel = "WHAT", description = "${COMPLETION-CANDIDATES}")
  What what;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv or json (default: csv for risks, json otherwise).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write (default: standard output).")
  Path output;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date a snapshot is as of (default: today).")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (what == What.assessment) {
      err.println("qsurv export: the assessment export is not available yet: it needs the "
          + "evaluator of quality-scoring and quality-escalation, which is not wired into "
          + "qsurv.jar yet");
      return ExitCode.FAILURE;
    }
    Format chosen = format != null ? format : what == What.risks ? Format.csv : Format.json;
    if (what == What.snapshot && chosen == Format.csv) {
      err.println("qsurv export: a snapshot is JSON only (SNAPSHOT.md)");
      return ExitCode.INVALID;
    }
    try (Database db = database.open()) {
      Ports ports = JdbcPorts.open(db, root.clock());
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
            SnapshotWriter.write(StoredSnapshot.asOf(ports, date), json);
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
