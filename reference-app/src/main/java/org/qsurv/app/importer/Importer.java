package org.qsurv.app.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.csv.CsvFormatException;
import org.qsurv.app.csv.CsvReader;
import org.qsurv.app.port.ImportSink.ImportReceipt;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotProblem;
import org.qsurv.model.snapshot.SnapshotReader;

/**
 * Imports observations, intelligence or risks from CSV, or a whole snapshot from JSON, in two steps
 * so that a person sees the validation report before anything is written:
 * {@link #plan} reads and checks every row and lists every problem (row, column, value, reason),
 * writing nothing; {@link #write} writes a valid plan in one transaction.
 *
 * <pre>{@code
 * Importer importer = new Importer(ports);
 * ImportPlan plan;
 * try (InputStream in = Files.newInputStream(file)) {
 *   plan = importer.plan(file.getFileName().toString(), Optional.empty(), in, "m.ellery");
 * }
 * if (plan.isValid()) {
 *   importer.write(plan, Progress.none());
 * } else {
 *   plan.problems().forEach(System.err::println);  // row 12, column likelihood, value "7": ...
 * }
 * }</pre>
 */
public final class Importer {
  private final Ports ports;
  private final EscalationPolicy policy;

  public Importer(Ports ports) {
    this(ports, EscalationPolicy.nhsDefaults());
  }

  /** An importer whose decisions are decided under {@code policy}. */
  public Importer(Ports ports, EscalationPolicy policy) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Reads and validates an import; writes nothing.
   *
   * @param source the file's name: a name ending {@code .json} is read as a snapshot when
   *     {@code kind} is empty
   * @param kind what the file holds, or empty to tell from its name or its CSV header
   * @param in the file's bytes (UTF-8); not closed
   * @param importedBy who is importing, for the import log
   * @throws IOException if reading {@code in} fails
   */
  public ImportPlan plan(String source, Optional<ImportKind> kind, InputStream in,
      String importedBy) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    if (kind.equals(Optional.of(ImportKind.SNAPSHOT))
        || (kind.isEmpty() && ImportKind.detect(source, List.of()).isPresent())) {
      return planSnapshot(source, in, importedBy);
    }
    return planCsv(source, kind, in, importedBy);
  }

  /**
   * Validates the import of a snapshot already in memory (the demo data set, say); writes nothing.
   * Unlike a snapshot read from JSON, it keeps what the v1 format has no field for (a risk's
   * controls and review history, intelligence marked sensitive).
   */
  public ImportPlan plan(Snapshot snapshot, String source, String importedBy) {
    return plan(snapshot, Map.of(), source, importedBy);
  }

  /**
   * Validates the import of a snapshot whose escalation cases are told as whole stories: for each
   * provider of {@code cases}, its commands (decisions, procedure steps, plan actions, meetings,
   * levers...) are decided in order into a new case instead of the snapshot's decisions about it.
   * A command the lifecycle rejects is a problem at {@code $.cases.CODE[k]}. Writes nothing.
   */
  public ImportPlan plan(Snapshot snapshot, Map<OrganisationCode, ? extends List<? extends CaseCommand>> cases,
      String source, String importedBy) {
    return SnapshotImport.plan(snapshot, ports, policy, cases, source, importedBy);
  }

  /**
   * Writes a valid plan in one transaction: all of it, or (if the process dies or the database
   * fails part-way) none of it.
   *
   * @throws IllegalArgumentException if the plan has problems, or the database changed since the
   *     plan was made so that it no longer applies
   */
  public ImportReceipt write(ImportPlan plan, Progress progress) {
    if (!plan.isValid()) {
      throw new IllegalArgumentException("an import with problems cannot be written: "
          + plan.problems().size() + " problems in " + plan.source());
    }
    return ports.imports().write(plan.batch().orElseThrow(), progress);
  }

  private ImportPlan planSnapshot(String source, InputStream in, String importedBy)
      throws IOException {
    SnapshotReader.Result result;
    try (JsonParser parser = new JsonFactory().createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      result = SnapshotReader.read(parser);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (!result.isValid()) {
      List<ImportProblem> problems = new ArrayList<>();
      for (SnapshotProblem p : result.problems()) {
        problems.add(new ImportProblem(p.path(), field(p.path()), "", p.message()));
      }
      return ImportPlan.invalid(source, Optional.of(ImportKind.SNAPSHOT), 0,
          ImmutableList.copyOf(problems));
    }
    return SnapshotImport.plan(result.snapshot(), ports, policy, Map.of(), source, importedBy);
  }

  /** The last field of a JSON path: {@code likelihood} of {@code $.risks[3].likelihood}. */
  private static String field(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    return last.equals("$") ? "" : last;
  }

  /**
   * A CSV that may be observations, of up to this many bytes, is read into memory first, so that
   * an observations file of plain shape takes the fast path ({@link PlainObservationCsv}, 25 MB a
   * million rows); a larger one, and a CSV of another kind, is streamed through the strict
   * reader.
   */
  static final int IN_MEMORY = 256 << 20;

  private ImportPlan planCsv(String source, Optional<ImportKind> kind, InputStream in,
      String importedBy) throws IOException {
    if (kind.isPresent() && kind.get() != ImportKind.OBSERVATIONS) {
      return planCsvStrictly(source, kind, in, importedBy);
    }
    byte[] head = in.readNBytes(IN_MEMORY);
    if (head.length < IN_MEMORY) {
      Optional<PlainObservationCsv.Read> plain =
          PlainObservationCsv.read(head, source, kind);
      if (plain.isPresent()) {
        return checked(source, Optional.of(ImportKind.OBSERVATIONS), plain.get().rows(),
            plain.get().count(), new ArrayList<>(), importedBy);
      }
    }
    return planCsvStrictly(source, kind, head.length < IN_MEMORY ? new ByteArrayInputStream(head)
        : new SequenceInputStream(new ByteArrayInputStream(head), in), importedBy);
  }

  /** {@link #plan} of a CSV by the strict reader, whatever its shape. */
  ImportPlan planCsvStrictly(String source, Optional<ImportKind> kind, InputStream in,
      String importedBy) throws IOException {
    InputStreamReader reader = new InputStreamReader(new BufferedInputStream(in, 1 << 16),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
    List<ImportProblem> problems = new ArrayList<>();
    CsvReader csv = new CsvReader(reader);
    long rowsRead = 0;
    try {
      if (!csv.next()) {
        problems.add(new ImportProblem("file", "", "", "is empty: a CSV import needs a header row"));
        return ImportPlan.invalid(source, kind, 0, ImmutableList.copyOf(problems));
      }
      List<String> headerCells = csv.cells();
      Optional<ImportKind> detected = kind.isPresent() ? kind
          : ImportKind.detect(source, headerCells);
      if (detected.isEmpty()) {
        problems.add(new ImportProblem("header", "", String.join(",", headerCells), "does not "
            + "name the columns of observations (provider, indicator, period, value), "
            + "intelligence (id, provider, received, source, nature, domain, summary) or risks "
            + "(id, title, domain, owner, likelihood, consequence)"));
        return ImportPlan.invalid(source, kind, 0, ImmutableList.copyOf(problems));
      }
      Optional<Header> header = Header.read(headerCells, detected.get(), problems);
      if (header.isEmpty()) {
        return ImportPlan.invalid(source, detected, 0, ImmutableList.copyOf(problems));
      }
      CsvImport rows = rowsOf(detected.get(), header.get());
      while (csv.next()) {
        List<String> cells = csv.cells();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        rowsRead++;
        if (cells.size() != header.get().width()) {
          problems.add(ImportProblem.atRow(csv.row(), "", "", "has " + cells.size()
              + " cells but the header has " + header.get().width()));
          continue;
        }
        rows.read(new Row(csv.row(), cells, header.get(), problems));
      }
      return checked(source, detected, rows, rowsRead, problems, importedBy);
    } catch (CsvFormatException e) {
      problems.add(ImportProblem.atRow(e.row(), "", "", e.getMessage().replaceFirst("^row \\d+: ",
          "")));
      return ImportPlan.invalid(source, kind, rowsRead, inFileOrder(problems));
    } catch (CharacterCodingException e) {
      problems.add(new ImportProblem("file", "", "", "is not UTF-8 text (near row "
          + (csv.row() + 1) + "): save it as \"CSV UTF-8\""));
      return ImportPlan.invalid(source, kind, rowsRead, inFileOrder(problems));
    }
  }

  /** The plan of rows read: checked against what is recorded, then a batch or the problems. */
  private ImportPlan checked(String source, Optional<ImportKind> kind, CsvImport rows,
      long rowsRead, List<ImportProblem> problems, String importedBy) {
    rows.check(ports, problems);
    if (!problems.isEmpty()) {
      return ImportPlan.invalid(source, kind, rowsRead, inFileOrder(problems));
    }
    return new ImportPlan(source, kind, rowsRead, rows.unchanged(),
        Optional.of(rows.batch(source, importedBy)), ImmutableList.of());
  }

  private static CsvImport rowsOf(ImportKind kind, Header header) {
    switch (kind) {
      case OBSERVATIONS:
        return new ObservationImport(header);
      case INTELLIGENCE:
        return new IntelligenceImport(header);
      case RISKS:
        return new RiskImport(header);
      default:
        throw new IllegalArgumentException(kind + " is not a CSV import");
    }
  }

  /** Problems of the file and header first, then by row (stable within a row). */
  private static ImmutableList<ImportProblem> inFileOrder(List<ImportProblem> problems) {
    List<ImportProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingLong(Importer::rowOf));
    return ImmutableList.copyOf(sorted);
  }

  private static long rowOf(ImportProblem p) {
    return p.location().startsWith("row ") ? Long.parseLong(p.location().substring(4)) : 0;
  }
}
