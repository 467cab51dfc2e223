package org.qsurv.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.qsurv.app.report.BoardPack;
import org.qsurv.app.report.ReportDocument;
import org.qsurv.app.report.ReportFiles;
import org.qsurv.app.report.ReportPdf;
import org.qsurv.app.report.ReportDocuments;
import org.qsurv.app.report.ReportWriter;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotProblem;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.report.GovernanceReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qsurv.jar report KIND FILE}: a governance report of a snapshot, as of its date or an
 * earlier one, in Markdown or printable HTML. KIND is {@code service-area} (004 §4.4, bi-monthly),
 * {@code directors} (000 §6.7, monthly), {@code qsg-agenda} (004 §4.3; NQB 2022) or
 * {@code host-notes} (003 §5.3.4). No database is involved. A date after the snapshot's is
 * refused: the report would show the snapshot's data as current on a date it knows nothing of.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a governance report of a surveillance snapshot (SNAPSHOT.md) as of its"
        + " date or an earlier --as-of, in Markdown (default), printable HTML or PDF. Every report"
        + " says what it is as of and lists missing or stale data first.",
        "KIND is one of:",
        "  service-area  the board pack: the bi-monthly quality report of a service area, its"
            + " icon summary matrix first (in html and pdf), then routine, enhanced and"
            + " intensive sections of insight, involvement and improvement, and the statutory"
            + " assurance (004 §4.4)",
        "  directors     the monthly quality and risk report to directors (000 §6.7, §8.3)",
        "  qsg-agenda    the Quality Surveillance Group agenda: every provider in enhanced or"
            + " intensive surveillance, with what changed since --since (004 §4.3)",
        "  host-notes    the host commissioner's notes to placing commissioners on the LD and"
            + " autism inpatient units it hosts (003 §5.3.4)",
        "A PDF (--format pdf) is made in this process, without a browser, from the same HTML as"
            + " --format html; it is tagged (PDF/UA) and needs --output, since it is not text.",
        "Exit status: 0 with the report on stdout (or in --output); 2 when an argument or the"
            + " snapshot is invalid (the problems on stderr, nothing written); 1 for any other"
            + " failure."})
final class ReportCommand implements Callable<Integer> {
  /** The kinds of report, as KIND names them. */
  static final List<String> KINDS = List.of("service-area", "directors", "qsg-agenda",
      "host-notes");
  /** The formats, as --format names them. */
  static final List<String> FORMATS = List.of("markdown", "html", "pdf");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "The report: one of"
      + " service-area, directors, qsg-agenda, host-notes.")
  String kind;

  @Parameters(index = "1", paramLabel = "FILE", description = "The snapshot JSON file.")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date the report is as of"
      + " (YYYY-MM-DD), on or before the snapshot's; default the snapshot's date.")
  String asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown, html or pdf (needs --output); default ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE"
      + " instead of standard output (whole or not at all: a report is written beside it, then"
      + " moved into place).")
  Path output;

  @Mixin
  ProfileOption profile;

  @Option(names = "--months", paramLabel = "N", description = "The months the report covers:"
      + " default 2 for service-area (bi-monthly), 1 for directors and host-notes.")
  Integer months;

  @Option(names = "--since", paramLabel = "DATE", description = "qsg-agenda: the date of the"
      + " last agenda, whose changes it reports; default a month before the report's date.")
  String since;

  @Option(names = "--area", paramLabel = "NAME", defaultValue = "All services",
      description = "service-area: the area's name; default \"${DEFAULT-VALUE}\".")
  String area;

  @Option(names = "--kinds", paramLabel = "KIND", split = ",", description = "service-area:"
      + " the provider kinds it covers, comma separated (e.g. ACUTE,INDEPENDENT_SECTOR);"
      + " default every kind.")
  List<String> providerKinds;

  @Option(names = "--contact", paramLabel = "TEXT", description = "host-notes: the named host"
      + " commissioner and their contact details.")
  String contact;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!KINDS.contains(kind)) {
      return usage("KIND \"" + kind + "\" is not a report; the reports are: "
          + String.join(", ", KINDS));
    }
    if (!FORMATS.contains(format)) {
      return usage("--format \"" + format + "\" is not a format; the formats are: "
          + String.join(", ", FORMATS));
    }
    if (format.equals("pdf") && output == null) {
      return usage("--format pdf needs --output FILE: a PDF is not text for a terminal");
    }
    Optional<String> unwritable = ReportFiles.unwritable(output);
    if (unwritable.isPresent()) {
      return usage("--output " + output + " " + unwritable.get());
    }
    Optional<PolicyProfile> named = profile.named(err);
    if (named.isEmpty()) {
      return ExitCode.INVALID;
    }
    PolicyProfile policy = named.get();
    if (months != null && (months < 1 || months > 24)) {
      return usage("--months " + months + " is not between 1 and 24");
    }
    Set<ProviderKind> kinds = EnumSet.allOf(ProviderKind.class);
    if (providerKinds != null) {
      kinds = EnumSet.noneOf(ProviderKind.class);
      for (String k : providerKinds) {
        try {
          kinds.add(ProviderKind.valueOf(k.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          return usage("--kinds \"" + k + "\" is not a provider kind; the kinds are: "
              + String.join(", ", EnumSet.allOf(ProviderKind.class).stream().map(Enum::name)
                  .toList()));
        }
      }
    }
    Optional<LocalDate> date = date("--as-of", asOf);
    Optional<LocalDate> previous = date("--since", since);
    if (asOf != null && date.isEmpty() || since != null && previous.isEmpty()) {
      return ExitCode.INVALID;
    }

    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      err.println("qsurv report: " + file + ": no such file");
      return ExitCode.FAILURE;
    }
    SnapshotReader.Result read = SnapshotReader.read(bytes);
    if (!read.isValid()) {
      for (SnapshotProblem problem : read.problems()) {
        err.println(problem);
      }
      return ExitCode.INVALID;
    }
    Snapshot full = read.snapshot();
    if (date.isPresent() && date.get().isAfter(full.asOf())) {
      return usage("--as-of " + date.get() + " is after the snapshot's date " + full.asOf()
          + ": the report would show its data as current on a date it knows nothing of");
    }
    Snapshot snapshot = date.isPresent() ? at(full, date.get()) : full;
    Assessment assessment = SnapshotEvaluator.evaluate(snapshot, policy);
    if (previous.isPresent() && previous.get().isAfter(snapshot.asOf())) {
      return usage("--since " + previous.get() + " is after the report's date "
          + snapshot.asOf());
    }
    Optional<BoardPack> pack = Optional.empty();
    if (kind.equals("service-area")) {
      pack = Optional.of(BoardPack.of(area, kinds, snapshot, assessment,
          months == null ? 2 : months).under(policy));
    }
    ReportDocument made = switch (kind) {
      case "service-area" -> pack.orElseThrow().report();
      case "directors" -> ReportDocuments.of(GovernanceReports.directors(snapshot, assessment,
          months == null ? 1 : months));
      case "qsg-agenda" -> {
        LocalDate last = previous.orElse(snapshot.asOf().minusMonths(1));
        yield ReportDocuments.of(GovernanceReports.qsgAgenda(snapshot, assessment,
            Optional.of(SnapshotEvaluator.evaluate(at(full, last), policy))));
      }
      default -> ReportDocuments.of(GovernanceReports.hostCommissionerNotes(snapshot,
          assessment, Optional.ofNullable(contact), months == null ? 1 : months));
    };
    // Every report says the profile it was evaluated under; the board pack's already does.
    ReportDocument document = pack.isPresent() ? made : made.under(policy);
    String text = format.equals("markdown") ? ReportWriter.markdown(document)
        : pack.map(ReportWriter::html).orElseGet(() -> ReportWriter.html(document));
    if (output != null) {
      byte[] written = format.equals("pdf") ? ReportPdf.of(text, document.asOf())
          : text.getBytes(StandardCharsets.UTF_8);
      try {
        ReportFiles.write(output, written);
      } catch (IOException e) {
        err.println("qsurv report: --output " + output + " cannot be written: " + e);
        return ExitCode.FAILURE;
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return ExitCode.OK;
  }

  /** The snapshot as it stood on an earlier date: the evaluation uses only what is dated by then. */
  private static Snapshot at(Snapshot snapshot, LocalDate date) {
    return Snapshot.builder().from(snapshot).asOf(date).build();
  }

  private Optional<LocalDate> date(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      usage(option + " \"" + text + "\" is not a date (YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  private int usage(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("qsurv report: " + message);
    err.flush();
    return ExitCode.INVALID;
  }
}
