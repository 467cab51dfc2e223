package org.qsurv.app.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qsurv.model.snapshot.SnapshotProblem;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.scoring.assessment.SnapshotEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code qsurv.jar evaluate FILE}: the snapshot to assessment contract of SNAPSHOT.md. Exit 0 with
 * the assessment on stdout; 2 with every problem of an invalid snapshot on stderr, one per line
 * with its JSON path, and nothing on stdout; 1 for any other failure. The file is read as a
 * stream, so a national-scale snapshot need not fit in one array.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluates a surveillance snapshot (qsurv-snapshot/1) and prints its assessment"
        + " (qsurv-assessment/1) as JSON.",
        "Exit status: 0 with the assessment on stdout; 2 when the snapshot is invalid (every"
            + " problem on stderr, one per line, with its JSON path); 1 for any other failure."})
public final class EvaluateCommand implements Callable<Integer> {
  /** Exit status for an invalid snapshot (SNAPSHOT.md). */
  public static final int INVALID = 2;
  /** Exit status for any other failure (SNAPSHOT.md). */
  public static final int FAILED = 1;

  private static final JsonFactory JSON = new JsonFactory();

  @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot JSON file.")
  Path file;

  private final PrintStream out;
  private final PrintStream err;

  public EvaluateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    try {
      return evaluate(file, out, err);
    } catch (RuntimeException e) {
      err.println("evaluate failed: " + e);
      return FAILED;
    }
  }

  /** Evaluates the snapshot in {@code file}, writing as the contract says; returns the status. */
  public static int evaluate(Path file, OutputStream out, PrintStream err) {
    SnapshotReader.Result result;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = JSON.createParser(in)) {
      result = SnapshotReader.read(parser);
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return FAILED;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println(file + ": cannot be read: " + e.getMessage());
      return FAILED;
    }
    if (!result.isValid()) {
      for (SnapshotProblem problem : result.problems()) {
        err.println(problem);
      }
      return INVALID;
    }
    Assessment assessment = SnapshotEvaluator.evaluate(result.snapshot());
    try {
      OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      JsonGenerator json = JSON.createGenerator(buffered, JsonEncoding.UTF8);
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      AssessmentWriter.write(assessment, json);
      json.close();
      buffered.write('\n');
      buffered.flush();
    } catch (IOException e) {
      err.println("cannot write the assessment: " + e.getMessage());
      return FAILED;
    }
    return 0;
  }
}
