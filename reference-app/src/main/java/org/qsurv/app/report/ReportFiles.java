package org.qsurv.app.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writing a report to a file whole or not at all: a reader (or a board's shared drive) never sees
 * half a PDF, and an output that cannot be written is found before the report is made.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Why {@code output} cannot be written, if it cannot: its folder is missing or not writable, or
   * it is a folder itself. Empty when it can be (or when there is no output).
   */
  public static Optional<String> unwritable(Path output) {
    if (output == null) {
      return Optional.empty();
    }
    Path absolute = output.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      return Optional.of("is a folder, not a file");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      return Optional.of("cannot be written: its folder " + folder + " does not exist");
    }
    if (!Files.isWritable(folder) || Files.exists(absolute) && !Files.isWritable(absolute)) {
      return Optional.of("cannot be written: permission denied");
    }
    return Optional.empty();
  }

  /** Writes {@code bytes} to a file beside {@code output}, then moves it into place. */
  public static void write(Path output, byte[] bytes) throws IOException {
    Path absolute = output.toAbsolutePath();
    Path part = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(),
        ".part");
    try {
      Files.write(part, bytes);
      try {
        Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
