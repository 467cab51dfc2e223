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
import java.util.concurrent.Callable;
import org.qsurv.app.demo.DemoDataSet;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsurv demo [FILE]}: the demo data set as a snapshot JSON file. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Writes the demo data set as a qsurv-snapshot/1.1 surveillance snapshot "
        + "(SNAPSHOT.md): one integrated care system the size of Somerset (NHS Somerset ICB, QSL) "
        + "with an acute trust, a community and mental health trust, an ambulance trust, 60 GP "
        + "practices, 150 care homes and a hospice; 36 months of indicators, intelligence of "
        + "every source type, a risk register, escalation decisions, improvement plans, every "
        + "provider's CQC ratings, quality visits, serious incidents and contract quality "
        + "meetings, as of 2025-07-01.",
        "Deterministic: the same seed gives the same file. Everything in it is fictional."},
    footer = ExitCode.FOOTER)
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "Where to write (default: standard output).")
  Path file;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoDataSet.DEFAULT_SEED,
      description = "The generator's seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--importable", description = "Leave out the one decision the escalation "
      + "lifecycle rejects (kept by default, so that evaluate shows a rejection), so that "
      + "'qsurv import' accepts the file: an import with a rejected decision writes nothing.")
  boolean importable;

  @Override
  public Integer call() throws Exception {
    DemoDataSet demo = DemoDataSet.generate(seed);
    Snapshot snapshot = importable ? demo.importableSnapshot() : demo.snapshot();
    Writer out = file == null ? spec.commandLine().getOut()
        : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
            StandardCharsets.UTF_8));
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      SnapshotWriter.write(snapshot, json);
    }
    out.write(System.lineSeparator());
    out.flush();
    if (file != null) {
      out.close();
      PrintWriter err = spec.commandLine().getErr();
      err.printf("Wrote %s: %,d providers, %,d indicators, %,d observations, %,d intelligence "
          + "items, %,d risks, %,d decisions, %,d ratings, %,d visits, %,d incidents, %,d "
          + "meetings.%n", file, snapshot.providers().size(), snapshot.indicators().size(),
          snapshot.observations().size(), snapshot.intelligence().size(),
          snapshot.risks().size(), snapshot.decisions().size(), snapshot.ratings().size(),
          snapshot.visits().size(), snapshot.incidents().size(), snapshot.meetings().size());
    }
    return ExitCode.OK;
  }
}
