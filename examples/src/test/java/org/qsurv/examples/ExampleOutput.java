package org.qsurv.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Runs an example's {@code main} and captures what it prints, and reads the output shown for it
 * in {@code examples/README.md}, so that a test can hold the two together.
 */
final class ExampleOutput {
  private ExampleOutput() {}

  /** What {@code main} prints with no arguments, lines separated by {@code \n}. */
  static String of(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /**
   * The output shown in {@code README.md} for {@code example}: the fenced block that follows the
   * line {@code <!-- output of ClassName -->}.
   */
  static String shownFor(Class<?> example) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    String marker = "<!-- output of " + example.getName() + " -->\n```text\n";
    int start = readme.indexOf(marker);
    if (start < 0) {
      throw new AssertionError("examples/README.md shows no output for " + example.getName());
    }
    start += marker.length();
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  /**
   * Runs {@code main}, checks README.md shows exactly what it printed, and returns the output.
   * With {@code -Dqsurv.examples.update=true} it writes the new output into README.md instead,
   * for when a library's wording changes on purpose (review the diff before committing it).
   */
  static String runAndCompareWithReadme(Class<?> example, Consumer<String[]> main)
      throws IOException {
    String printed = of(main);
    if (Boolean.getBoolean("qsurv.examples.update")) {
      String shown = shownFor(example);
      Path readme = Path.of("README.md");
      String text = Files.readString(readme, StandardCharsets.UTF_8).replace("\r\n", "\n");
      String marker = "<!-- output of " + example.getName() + " -->\n```text\n";
      Files.writeString(readme, text.replace(marker + shown, marker + printed),
          StandardCharsets.UTF_8);
    }
    assertEquals(shownFor(example), printed, "examples/README.md must show exactly what "
        + example.getSimpleName() + " prints; copy the new output there");
    return printed;
  }
}
