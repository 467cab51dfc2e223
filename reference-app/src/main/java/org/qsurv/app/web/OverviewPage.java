package org.qsurv.app.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qsurv.app.port.Ports;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.risk.Risk;

/**
 * The minimal overview page of part 1: what the database holds (providers by kind, indicators,
 * observations, intelligence, risks, decisions, cases). The web application replaces it with the
 * system overview of issue 6.
 */
final class OverviewPage implements HttpHandler {
  private final Ports ports;

  OverviewPage(Ports ports) {
    this.ports = ports;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      if (!exchange.getRequestURI().getPath().equals("/")) {
        Html.send(exchange, 404, "text/html", page("Not found",
            "<p>There is no page at this address. <a href=\"/\">Back to the overview</a>.</p>"));
        return;
      }
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Html.send(exchange, 405, "text/plain", "method not allowed\n");
        return;
      }
      Html.send(exchange, 200, "text/html", page("Overview", body()));
    } catch (RuntimeException e) {
      Html.send(exchange, 500, "text/html", page("Something went wrong",
          "<p>The page could not be made: " + Html.escape(String.valueOf(e.getMessage()))
              + "</p>"));
    }
  }

  private String body() {
    List<Provider> providers = ports.directory().providers();
    Map<ProviderKind, Integer> byKind = new EnumMap<>(ProviderKind.class);
    providers.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
    List<Risk> risks = ports.risks().risks();
    long extreme = risks.stream().filter(r -> r.score() >= 15).count();
    String commissioner = ports.directory().commissioner()
        .map(c -> c.name() + " (" + c.code() + ")").orElse("no commissioner recorded yet");
    StringBuilder b = new StringBuilder();
    b.append("<p>").append(Html.escape(commissioner)).append(", as of ")
        .append(LocalDate.now(ports.clock())).append(".</p>\n");
    b.append("<table>\n<caption>What the database holds</caption>\n")
        .append("<thead><tr><th scope=\"col\">Record</th><th scope=\"col\">Count</th></tr></thead>")
        .append("\n<tbody>\n");
    row(b, "Providers", providers.size());
    byKind.forEach((kind, n) -> row(b, "&nbsp;&nbsp;" + Html.escape(label(kind)), n));
    row(b, "Indicators", ports.observations().indicators().size());
    row(b, "Observations", ports.observations().observationCount());
    row(b, "Intelligence items", ports.intelligence().intelligence().size());
    row(b, "Risks", risks.size());
    row(b, "&nbsp;&nbsp;scoring 15 or more", extreme);
    row(b, "Escalation decisions", ports.decisions().decisions().size());
    row(b, "Escalation cases", ports.cases().cases().size());
    row(b, "Users", ports.directory().users().size());
    b.append("</tbody>\n</table>\n");
    return b.toString();
  }

  private static String label(ProviderKind kind) {
    String words = kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static void row(StringBuilder b, String label, long count) {
    b.append("<tr><th scope=\"row\">").append(label).append("</th><td>")
        .append(String.format("%,d", count)).append("</td></tr>\n");
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + " - qsurv</title>\n"
        + "<style>body{font-family:Arial,sans-serif;margin:0;color:#212b32}"
        + "header{background:#005eb8;color:#fff;padding:1rem 2rem}main{padding:1rem 2rem}"
        + "table{border-collapse:collapse}th,td{text-align:left;padding:.3rem 1rem;"
        + "border-bottom:1px solid #d8dde0}td{text-align:right}a{color:#005eb8}</style>\n"
        + "</head>\n<body>\n<header><p><strong>qsurv</strong> quality surveillance</p></header>\n"
        + "<main>\n<h1>" + Html.escape(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
  }
}
