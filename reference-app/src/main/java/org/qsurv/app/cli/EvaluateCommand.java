package org.qsurv.app.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.snapshot.BulkSnapshotReader;
import org.qsurv.model.snapshot.SnapshotProblem;
import org.qsurv.model.snapshot.SnapshotBytes;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qsurv.jar evaluate [--profile NAME] FILE}: the snapshot to assessment contract of
 * SNAPSHOT.md under a named policy profile. Exit 0 with the assessment on stdout; 2 with every
 * problem of an invalid snapshot (or an unknown profile, listing the valid ones) on stderr, one per line
 * with its JSON path, and nothing on stdout; 1 for any other failure. The file is read in bulk
 * ({@code BulkSnapshotReader}: its observations in parallel chunks into columns, on one thread
 * per core) and evaluated on the same threads, so England's snapshot needs neither one array
 * nor an object per observation; an unusual file is read by the strict reader as a stream. No
 * database is involved.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluates a surveillance snapshot (qsurv-snapshot/1 or /1.1, SNAPSHOT.md) and"
        + " prints its assessment (qsurv-assessment/1 or /1.1) as JSON, under a named policy"
        + " profile (nhs-defaults unless --profile says otherwise; qsurv profiles lists them).",
        "Exit status: 0 with the assessment on stdout; 2 when the snapshot is invalid (every"
            + " problem on stderr, one per line, with its JSON path, and nothing on stdout);"
            + " 1 for any other failure."})
final class EvaluateCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();
  private static final long MAPPING = 1L << 30;

  @Spec
  CommandSpec spec;

  @ParentCommand
  QsurvCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot JSON file.")
  Path file;

  @Mixin
  ProfileOption profile;

  /** One thread per core, daemons, so that a failure never keeps the process alive. */
  private static ExecutorService cores() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
      Thread thread = new Thread(task, "qsurv-evaluate-" + n.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * The file's bytes for the bulk reader's threads: mapped in windows of at most 1 GB (a mapping
   * holds at most 2 GB), so that each chunk is one copy out of the operating system's cache, not a
   * read into a temporary buffer and a second copy.
   */
  static SnapshotBytes mappedBytes(FileChannel channel) throws IOException {
    long size = channel.size();
    List<ByteBuffer> windows = new ArrayList<>();
    for (long at = 0; at < size; at += MAPPING) {
      windows.add(channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(MAPPING, size - at)));
    }
    return SnapshotBytes.of(windows);
  }

  /**
   * Writes the assessment and a line end: as UTF-8 bytes straight to standard output where the
   * command has it (Jackson's UTF-8 generator takes the providers' text as bytes, so nothing is
   * encoded twice: a national assessment is a quarter of a gigabyte), else as text to {@code out}.
   */
  static void write(Assessment assessment, Executor executor, PrintWriter out,
      Optional<OutputStream> bytes) throws IOException {
    out.flush();
    JsonGenerator json = bytes.isPresent() ? JSON.createGenerator(bytes.get(), JsonEncoding.UTF8)
        : JSON.createGenerator(out);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
    AssessmentWriter.write(assessment, json, executor);
    json.flush();
    if (bytes.isPresent()) {
      bytes.get().write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
      bytes.get().flush();
    } else {
      out.println();
      out.flush();
    }
  }

  private String changed() {
    return "qsurv evaluate: " + file + " changed while it was read; evaluate it again once it is"
        + " complete";
  }

  /**
   * A file's size and last modification: read before and after the snapshot is, so that a file
   * still being written or replaced in place is refused instead of assessed as a mix of two
   * versions (hazard H61). A change within one tick of the file system's clock that keeps the
   * size is not seen.
   */
  record FileStamp(long size, FileTime modified) {
    static FileStamp of(Path file) throws IOException {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStamp(a.size(), a.lastModifiedTime());
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<PolicyProfile> named = profile.named(err);
    if (named.isEmpty()) {
      return ExitCode.INVALID;
    }
    PolicyProfile policy = named.get();
    BulkSnapshotReader.Result result;
    Assessment assessment;
    ExecutorService executor = cores();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        InputStream in = Files.newInputStream(file)) {
      FileStamp before = FileStamp.of(file);
      result = BulkSnapshotReader.read(mappedBytes(channel), executor, () -> {
        try {
          return JSON.createParser(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      if (!result.isValid()) {
        executor.shutdownNow();
        for (SnapshotProblem problem : result.problems()) {
          err.println(problem);
        }
        return ExitCode.INVALID;
      }
      if (!FileStamp.of(file).equals(before)) {
        executor.shutdownNow();
        err.println(changed());
        return ExitCode.FAILURE;
      }
      assessment = SnapshotEvaluator.evaluate(result.snapshot(), policy, executor);
    } catch (InternalError e) {
      // A mapped file cut short while it is read faults on the missing pages (hazard H61).
      executor.shutdownNow();
      err.println(changed());
      return ExitCode.FAILURE;
    } catch (NoSuchFileException e) {
      executor.shutdownNow();
      err.println("qsurv evaluate: " + file + ": no such file");
      return ExitCode.FAILURE;
    } catch (IOException | UncheckedIOException e) {
      executor.shutdownNow();
      err.println("qsurv evaluate: " + file + " cannot be read: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    try {
      // A command line made of this command alone (no qsurv parent) writes text to getOut().
      write(assessment, executor, out,
          parent == null ? Optional.empty() : parent.standardOutput());
    } catch (IOException e) {
      err.println("qsurv evaluate: cannot write the assessment: " + e.getMessage());
      return ExitCode.FAILURE;
    } finally {
      executor.shutdownNow();
    }
    return ExitCode.OK;
  }
}
