package org.qsurv.app.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads {@code web/static/qsurv.css} and checks its colours against WCAG 2.2 AA: 4.5:1 for text
 * (1.4.3), 3:1 for borders, focus indicators and other graphical objects (1.4.11).
 */
class StyleSheetTest {
  private static String css;
  private static Map<String, String> palette;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = StyleSheetTest.class.getResourceAsStream("/web/static/qsurv.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    palette = new LinkedHashMap<>();
    Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(rootBlock());
    while (m.find()) {
      palette.put(m.group(1), m.group(2));
    }
  }

  @Test
  void coloursAreWrittenOnlyInThePalette() {
    String outside = stripComments(css).replace(rootBlock(), "");
    Matcher literal = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(").matcher(outside);
    List<String> found = new ArrayList<>();
    while (literal.find()) {
      found.add(literal.group());
    }
    assertEquals(List.of(), found, "use var(--colour-...) outside :root");
    assertTrue(palette.size() >= 20, "palette read: " + palette);
  }

  @Test
  void everyRuleThatSetsTextAndBackgroundHasTextContrast() {
    Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(stripComments(css));
    int checked = 0;
    while (rule.find()) {
      String body = rule.group(2);
      Matcher fg = Pattern.compile("(?<![-a-z])color:\\s*var\\(--([a-z-]+)\\)").matcher(body);
      Matcher bg = Pattern.compile("background-color:\\s*var\\(--([a-z-]+)\\)").matcher(body);
      if (fg.find() && bg.find()) {
        checked++;
        assertText(fg.group(1), bg.group(1), rule.group(1).trim());
      }
    }
    assertTrue(checked >= 20, "rules checked: " + checked);
  }

  @Test
  void textOnTheBackgroundsItInheritsHasTextContrast() {
    // Pairs where the colour and the background are set in different rules.
    String[][] pairs = {
        {"colour-text", "colour-background"},             // body text
        {"colour-text-secondary", "colour-background"},   // hints, captions
        {"colour-blue", "colour-background"},             // links
        {"colour-link-visited", "colour-background"},     // visited links
        {"colour-dark-blue", "colour-background"},        // hovered links
        {"colour-error", "colour-background"},            // error messages and summary links
        {"colour-blue", "colour-pale-grey"},              // links in the footer and notices
        {"colour-link-visited", "colour-pale-grey"},
        {"colour-white", "colour-blue"},                  // header text
        {"colour-white", "colour-dark-blue"},             // navigation
        {"colour-white", "colour-button-secondary"},      // sign-out button in the header
        {"colour-focus-text", "colour-focus"},            // focused links
    };
    for (String[] pair : pairs) {
      assertText(pair[0], pair[1], pair[0] + " on " + pair[1]);
    }
  }

  @Test
  void bordersAndFocusIndicatorsHaveNonTextContrast() {
    String[][] pairs = {
        {"colour-input-border", "colour-background"},     // input boundaries
        {"colour-error", "colour-background"},            // error borders
        {"colour-focus-text", "colour-focus"},            // the focus underline against yellow
        {"colour-focus-text", "colour-background"},       // ... and against the page
        {"colour-text", "colour-background"},             // table header rule
    };
    for (String[] pair : pairs) {
      double ratio = Contrast.ratio(colour(pair[0]), colour(pair[1]));
      assertTrue(ratio >= 3.0, pair[0] + " on " + pair[1] + " is " + ratio + ":1");
    }
  }

  @Test
  void theIdentityColoursAreTheNhsOnes() {
    assertEquals("#005eb8", colour("colour-blue"), "NHS blue");
    assertEquals("#212b32", colour("colour-text"), "NHS dark text");
    assertEquals("#ffeb3b", colour("colour-focus"), "NHS focus yellow");
    assertTrue(css.contains("font-family: Arial, Helvetica, sans-serif"));
  }

  @Test
  void printingHidesNavigationAndForms() {
    int print = css.indexOf("@media print");
    assertTrue(print > 0);
    String printBlock = css.substring(print);
    for (String selector : List.of(".skip-link", ".site-nav", "form")) {
      assertTrue(printBlock.contains(selector), selector);
    }
    assertTrue(printBlock.contains("display: none"));
    assertTrue(printBlock.contains("display: table-header-group"), "table headers repeat");
  }

  private static void assertText(String foreground, String background, String where) {
    double ratio = Contrast.ratio(colour(foreground), colour(background));
    assertTrue(ratio >= 4.5, where + ": " + foreground + " on " + background + " is "
        + String.format("%.2f", ratio) + ":1, below 4.5:1");
  }

  private static String colour(String name) {
    String value = palette.get(name);
    if (value == null) {
      throw new AssertionError("no --" + name + " in :root");
    }
    return value.toLowerCase();
  }

  private static String rootBlock() {
    String stripped = stripComments(css);
    int start = stripped.indexOf(":root {");
    return stripped.substring(start, stripped.indexOf('}', start) + 1);
  }

  private static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", "");
  }
}
