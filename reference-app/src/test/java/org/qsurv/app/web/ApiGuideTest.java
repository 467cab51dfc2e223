package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * The example of {@code docs/api.md}, run so that the guide does not rot: each {@code curl} line
 * under {@code <!-- api example -->} is parsed (its headers, its body, inline or {@code @file}
 * from the repository, its URL) and sent to a server on the demo data with a director's token in
 * place of {@code $QSURV_TOKEN}; each must succeed with JSON. The example's decision is taken by
 * the director, whom the authority table lets place a routine provider on enhanced surveillance
 * (003 §5.2.1).
 */
class ApiGuideTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyRequestOfTheGuidesExampleSucceeds() throws Exception {
    List<List<String>> commands = curlCommands(Files.readString(ROOT.resolve("docs/api.md")));
    assertEquals(5, commands.size(), commands.toString());
    try (TestApp app = new TestApp()) {
      String token = app.apiToken("guide", Role.ICB_DIRECTOR, OrganisationCode.of(
          app.ports.directory().commissioner().orElseThrow().code().value()));
      for (List<String> curl : commands) {
        HttpResponse<String> r = send(app, curl, token);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201,
            curl + " answered " + r.statusCode() + ": " + r.body());
        assertFalse(ApiClient.json(r).isMissingNode(), curl.toString());
      }
    }
  }

  @Test
  void theParserReadsHeadersBodiesAndQuotedArguments() {
    List<List<String>> commands = curlCommands("<!-- api example -->\n```sh\n"
        + "curl -s -H \"A: b c\" --data '{\"x\": 1}' \"http://127.0.0.1:8080/p?q=1&r=2\"\n```\n");
    assertEquals(List.of(List.of("curl", "-s", "-H", "A: b c", "--data", "{\"x\": 1}",
        "http://127.0.0.1:8080/p?q=1&r=2")), commands);
  }

  private static HttpResponse<String> send(TestApp app, List<String> curl, String token)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder();
    Optional<String> body = Optional.empty();
    String url = null;
    for (int i = 1; i < curl.size(); i++) {
      String arg = curl.get(i).replace("$QSURV_TOKEN", token);
      switch (arg) {
        case "-s" -> { }
        case "-H" -> {
          String[] header = curl.get(++i).replace("$QSURV_TOKEN", token).split(":\\s*", 2);
          request.header(header[0], header[1]);
        }
        case "--data", "--data-binary" -> {
          String data = curl.get(++i);
          body = Optional.of(data.startsWith("@") ? Files.readString(ROOT.resolve(
              data.substring(1))) : data);
        }
        default -> {
          if (!arg.startsWith("http://127.0.0.1:8080/")) {
            throw new AssertionError("the guide uses an option this test does not read: " + arg);
          }
          url = arg.replace("http://127.0.0.1:8080", app.base());
        }
      }
    }
    request.uri(java.net.URI.create(url));
    request.method(body.isPresent() ? "POST" : "GET", body.map(
        HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody()));
    return ApiClient.anonymous(app).send(request);
  }

  /** The curl lines of the example block, each split as a POSIX shell would (quotes only). */
  static List<List<String>> curlCommands(String markdown) {
    int start = markdown.indexOf("<!-- api example -->");
    assertTrue(start >= 0, "no api example block");
    int open = markdown.indexOf("```sh\n", start) + 6;
    int close = markdown.indexOf("```", open);
    List<List<String>> commands = new ArrayList<>();
    for (String line : markdown.substring(open, close).split("\n")) {
      if (line.startsWith("curl ")) {
        commands.add(words(line));
      }
    }
    return commands;
  }

  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        any = true;
      } else if (c == ' ') {
        if (any || word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
      }
    }
    if (any || word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
