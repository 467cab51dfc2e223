package org.qsurv.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Holds the project's README.md to the code: its quick start is {@link QuickStart}, character for
 * character, and prints what the README says it prints; its two commands stay as CI runs them.
 */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICK_START =
      Path.of("src", "main", "java", "org", "qsurv", "examples", "QuickStart.java");

  @Test
  void theQuickStartIsTheQuickStartExampleAndPrintsWhatTheReadmeShows() throws IOException {
    String readme = read(README);
    String source = read(QUICK_START);
    String code = block(readme, "java");
    assertTrue(source.contains(code), "README.md's quick start must be copied from "
        + QUICK_START + " unchanged, but it shows\n" + code);
    String printed = ExampleOutput.of(QuickStart::main);
    assertEquals(block(readme, "text"), printed, "README.md must show what QuickStart prints");
  }

  @Test
  void theReadmeKeepsItsTwoCommands() throws IOException {
    String readme = read(README);
    assertTrue(readme.contains("\n    ./mvnw -B -q install -DskipTests && java -jar "
        + "reference-app/target/qsurv.jar serve\n"), "the run command");
    assertTrue(readme.contains("\n    ./mvnw -B verify\n"), "the test command");
  }

  /** The first fenced block of {@code language} after the quick-start marker. */
  private static String block(String readme, String language) {
    int from = readme.indexOf("<!-- quick start -->");
    assertTrue(from >= 0, "README.md has no <!-- quick start --> marker");
    String fence = "```" + language + "\n";
    int start = readme.indexOf(fence, from);
    assertTrue(start >= 0, "no ```" + language + " block after the quick-start marker");
    start += fence.length();
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
