package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hazard H61: {@code qsurv.jar evaluate} maps the snapshot file and reads it in parallel, so a
 * file still being written or replaced in place while it is read would be assessed as a mix of
 * two versions. The command compares the file's size and last modification before and after the
 * read and refuses a file that changed; these tests pin what counts as a change.
 */
class SnapshotFileChangeTest {
  @TempDir
  Path dir;

  /** A file nobody touches has the same stamp before and after: it is evaluated. */
  @Test
  void anUntouchedFileKeepsItsStamp() throws Exception {
    Path file = Files.writeString(dir.resolve("s.json"), "{\"format\":1}");
    assertEquals(EvaluateCommand.FileStamp.of(file), EvaluateCommand.FileStamp.of(file));
  }

  /** A file that grows (still being written) changes its stamp: it is refused. */
  @Test
  void aFileThatGrowsChangesItsStamp() throws Exception {
    Path file = Files.writeString(dir.resolve("s.json"), "{\"format\":1}");
    EvaluateCommand.FileStamp before = EvaluateCommand.FileStamp.of(file);
    Files.writeString(file, "{\"format\":1,\"more\":2}", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, before.modified());
    assertNotEquals(before, EvaluateCommand.FileStamp.of(file));
  }

  /** A file rewritten in place to the same length changes its stamp by its time: refused. */
  @Test
  void aFileRewrittenToTheSameLengthChangesItsStamp() throws Exception {
    Path file = Files.writeString(dir.resolve("s.json"), "{\"format\":1}");
    EvaluateCommand.FileStamp before = EvaluateCommand.FileStamp.of(file);
    Files.writeString(file, "{\"format\":2}");
    Files.setLastModifiedTime(file,
        FileTime.fromMillis(before.modified().toMillis() + 1000));
    assertNotEquals(before, EvaluateCommand.FileStamp.of(file));
  }
}
