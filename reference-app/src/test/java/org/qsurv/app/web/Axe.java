package org.qsurv.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine (Deque, MPL-2.0), read from its WebJar on the test classpath
 * and run in the page the browser shows. {@link #TAGS} select the rules for WCAG 2.0, 2.1 and 2.2
 * at levels A and AA.
 */
final class Axe {
  /** The rule tags of WCAG 2.2 AA: 2.0 A and AA, 2.1 A and AA, and 2.2's new AA criteria. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String source;
  private final String version;

  private Axe(String source, String version) {
    this.source = source;
    this.version = version;
  }

  /** The engine of the axe-core WebJar on the classpath. */
  static Axe fromWebJar() {
    try {
      Properties pom = new Properties();
      try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
        pom.load(in);
      }
      String version = pom.getProperty("version");
      try (InputStream in = resource(WEBJAR + version + "/axe.min.js")) {
        return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8), version);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the test classpath (org.webjars.npm:axe-core)");
    }
    return in;
  }

  String version() {
    return version;
  }

  /**
   * Runs the WCAG 2.2 AA rules on the page {@code browser} shows and answers axe's results
   * (violations in full; passes and incomplete checks as counts by rule).
   */
  JsonNode run(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(source);
    Object answer = js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
            + "    resultTypes: ['violations']})"
            + "  .then(function (r) { done(JSON.stringify({"
            + "    engine: r.testEngine, violations: r.violations,"
            + "    passes: r.passes.map(function (x) { return x.id; }),"
            + "    incomplete: r.incomplete.map(function (x) {"
            + "      return {id: x.id, impact: x.impact, nodes: x.nodes.map(function (n) {"
            + "        return {target: n.target, summary: n.failureSummary}; })}; })})); })"
            + "  .catch(function (e) { done(JSON.stringify({error: String(e)})); });",
        TAGS);
    try {
      JsonNode result = JSON.readTree((String) answer);
      if (result.has("error")) {
        throw new IllegalStateException("axe-core failed: " + result.get("error").asText());
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One failing element of a violated rule, as a line of a test failure. */
  record Violation(String page, String rule, String impact, String target, String help) {
    @Override
    public String toString() {
      return rule + " (" + impact + ") on " + page + " at " + target + ": " + help;
    }
  }

  /** The violations in {@code result}, one per failing element. */
  static List<Violation> violations(String page, JsonNode result) {
    List<Violation> found = new ArrayList<>();
    for (JsonNode rule : result.get("violations")) {
      for (JsonNode node : rule.get("nodes")) {
        found.add(new Violation(page, rule.get("id").asText(), node.path("impact").asText(
            rule.path("impact").asText()), node.get("target").toString(),
            rule.get("help").asText()));
      }
    }
    return found;
  }

  static ObjectMapper json() {
    return JSON;
  }
}
