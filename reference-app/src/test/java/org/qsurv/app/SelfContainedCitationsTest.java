package org.qsurv.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository is self-contained: code, tests and documents cite the source frameworks by the
 * keys and sections of {@code docs/frameworks.md}, never a file outside the repository (the digest
 * and the style guide that sat beside it, the folder of seed texts, a seed's file name) or a
 * project issue number. A reader of the jar, the Javadoc or a page of the web app cannot follow
 * such a citation, and the digest it pointed at has been wrong before.
 *
 * <p>The scan covers every {@code .java}, {@code .md}, {@code .jte}, {@code .sql} and
 * {@code .xml} file of the working tree outside build output, except {@code CHANGELOG.md} (history
 * says what was cited then) and the Flyway migrations already released, whose comments are part of
 * their checksum: changing one would make every existing database refuse to start.
 */
class SelfContainedCitationsTest {

  /** The repository root: the reference app's tests run in {@code reference-app/}. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Build output and local data, never part of the repository. */
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("target", "node_modules", "qsurv-data");

  private static final Set<String> SCANNED_EXTENSIONS = Set.of("java", "md", "jte", "sql", "xml");

  /** History, and migrations whose checksum covers their comments. */
  private static final Set<String> EXEMPT = Set.of(
      "CHANGELOG.md",
      "reference-app/src/main/resources/db/migration/V1__surveillance_schema.sql",
      "reference-app/src/main/resources/db/migration/V2__decisions_as_case_events.sql",
      "reference-app/src/main/resources/db/migration/V3__observation_checked_per_import.sql",
      "reference-app/src/main/resources/db/migration/V4__password_hashes_in_the_user_table.sql",
      "reference-app/src/main/resources/db/migration/V5__data_version.sql");

  /**
   * What may not be cited. The patterns are assembled from parts so that this file does not match
   * them itself.
   */
  private static final List<Pattern> FORBIDDEN = List.of(
      Pattern.compile("DOMAIN" + "\\.md"),
      Pattern.compile("STYLE" + "\\.md"),
      Pattern.compile("COMMON" + "\\.md"),
      Pattern.compile("DEVELOPERS" + "\\.md"),
      Pattern.compile("\\.\\./" + "shared"),
      Pattern.compile("\\b00[0-4]_[0-9a-f]{16}\\b"),
      Pattern.compile("(?i)\\bissues?" + "\\s+#?\\d+"),
      Pattern.compile("(?i)\\bPR" + "\\s+#\\d+"));

  /** A citation that no reader of the repository can follow. */
  record Citation(String file, int line, String text) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + text;
    }
  }

  @Test
  void noFileCitesADocumentOutsideTheRepositoryOrAnIssueNumber() {
    assertEquals(List.of(), citationsUnder(ROOT),
        "cite docs/frameworks.md's keys and sections instead");
  }

  /** Proves the scan able to fail: each forbidden citation, planted in a file, is found. */
  @Test
  void theScanFindsEveryKindOfForbiddenCitation(@TempDir Path tree) throws IOException {
    Path src = Files.createDirectories(tree.resolve("module/src/main/java"));
    List<String> planted = List.of(
        "/** Levels (DOMAIN" + ".md §6). */",
        "// see STYLE" + ".md rule 3",
        "-- as COMMON" + ".md says",
        "(DEVELOPERS" + ".md)",
        "the seeds in ../" + "shared/seeds",
        "from 003_eb930b9e" + "424a2916.txt",
        "(issue" + " 5: a million rows)",
        "Issue" + " #12 again",
        "fixed in PR" + " #7");
    Files.write(src.resolve("Planted.java"), planted, StandardCharsets.UTF_8);
    Files.writeString(tree.resolve("notes.md"), "as issue" + " 3 item 6 asks\n");
    Files.writeString(tree.resolve("CHANGELOG.md"), "- per issue" + " 4\n");
    Files.createDirectories(tree.resolve("module/target"));
    Files.writeString(tree.resolve("module/target/Built.java"), "// DOMAIN" + ".md\n");

    List<Citation> found = citationsUnder(tree);

    assertEquals(planted.size() + 1, found.size(), found::toString);
    assertTrue(found.stream().anyMatch(c -> c.file().equals("notes.md") && c.line() == 1));
    assertTrue(found.stream().noneMatch(c -> c.file().startsWith("CHANGELOG")),
        "CHANGELOG.md is history");
    assertTrue(found.stream().noneMatch(c -> c.file().contains("target")), "build output");
  }

  /** The scan leaves alone what only looks like an issue: framework keys, colours, counters. */
  @Test
  void frameworkCitationsAndLookalikesAreNotFlagged(@TempDir Path tree) throws IOException {
    Files.writeString(tree.resolve("Fine.java"), String.join("\n",
        "/** Reviewed monthly (004 §4.4; 003 Appendix 1; NPSA 2008; MDC; PTD). */",
        "String colour = \"#003087\"; // decision #1: rejected, tissue 5 cm",
        "// the frameworks' keys are in docs/frameworks.md"));

    assertEquals(List.of(), citationsUnder(tree));
  }

  private static List<Citation> citationsUnder(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          String name = dir.equals(root) ? "" : dir.getFileName().toString();
          return SKIPPED_DIRECTORIES.contains(name) || name.startsWith(".")
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile() && scanned(root.relativize(file))) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Citation> found = new ArrayList<>();
    files.stream().sorted().forEach(f -> found.addAll(citationsIn(root, f)));
    return found;
  }

  private static boolean scanned(Path relative) {
    String path = relative.toString().replace('\\', '/');
    int dot = path.lastIndexOf('.');
    return dot >= 0 && SCANNED_EXTENSIONS.contains(path.substring(dot + 1))
        && !EXEMPT.contains(path);
  }

  private static List<Citation> citationsIn(Path root, Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
    List<Citation> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      for (Pattern pattern : FORBIDDEN) {
        Matcher m = pattern.matcher(lines.get(i));
        if (m.find()) {
          found.add(new Citation(relative, i + 1, lines.get(i).strip()));
          break;
        }
      }
    }
    return found;
  }
}
