package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;

/**
 * Bad input gets a clear error that names the field and the value, and changes nothing: the
 * intelligence form (003 §5.3), the risk review form, the risk register's filter and CSV export
 * (000 §6.5; NPSA 2008) and the audit page's "as of" date (003 §3). Each bad value
 * answers 400 with the field's name and the value on the page, and the store is as it was; the
 * good value beside it is accepted, so the refusal is the value's doing.
 */
class BadValuesTest {
  private static TestApp app;
  private static TestApp.Client lead;
  private static OrganisationCode provider;
  private static Risk risk;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp();
    lead = app.signIn("m.ellery");
    provider = app.ports.directory().providers().get(0).code();
    risk = app.ports.risks().risks().get(0);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Map<String, String> intelligence(String... changes) {
    Map<String, String> form = new LinkedHashMap<>(Map.of("received", "2025-06-30",
        "source", "COMPLAINT", "nature", "SOFT", "domain", "SAFE",
        "summary", "Family raised concerns about discharge", "provider", provider.value()));
    for (int i = 0; i < changes.length; i += 2) {
      form.put(changes[i], changes[i + 1]);
    }
    return form;
  }

  private static void refused(HttpResponse<String> r, String... shown) {
    assertEquals(400, r.statusCode(), r.body());
    for (String s : shown) {
      // The page's text, as a reader sees it: templates need not escape quotes in text.
      assertTrue(Xhtml.parse(r.body()).getDocumentElement().getTextContent().contains(s),
          "the answer says " + s + ": " + r.body());
    }
  }

  @Test
  void theIntelligenceFormNamesABadFieldAndItsValueAndRecordsNothing() throws Exception {
    String path = "/providers/" + provider.value() + "/intelligence";
    int before = app.ports.intelligence().intelligence(provider).size();
    List<String[]> bad = List.of(
        new String[] {"received", "30/06/2025", "received must be a date as YYYY-MM-DD"},
        new String[] {"received", "2025-02-30", "received must be a date as YYYY-MM-DD"},
        new String[] {"source", "GOSSIP", "source must be one of"},
        new String[] {"nature", "", "nature must be one of HARD, SOFT but was \"\""},
        new String[] {"domain", "safe", "domain must be one of"});
    for (String[] b : bad) {
      refused(lead.post(path, intelligence(b[0], b[1])), b[2], "\"" + b[1] + "\"");
      assertEquals(before, app.ports.intelligence().intelligence(provider).size(),
          "nothing recorded for " + b[0] + "=" + b[1]);
    }
    assertEquals(303, lead.post(path, intelligence()).statusCode());
    assertEquals(before + 1, app.ports.intelligence().intelligence(provider).size());
  }

  @Test
  void theRiskReviewFormTakesLikelihoodAndConsequenceFromOneToFive() throws Exception {
    // NPSA 2008: the matrix scores likelihood and consequence each from 1 to 5.
    String path = "/risks/" + URLEncoder.encode(risk.id().value(), StandardCharsets.UTF_8)
        + "/reviews";
    int before = reviews();
    for (String[] b : List.of(new String[] {"likelihood", "high"},
        new String[] {"likelihood", "0"}, new String[] {"consequence", "6"},
        new String[] {"consequence", ""})) {
      Map<String, String> form = new LinkedHashMap<>(Map.of("likelihood", "3",
          "consequence", "4", "note", "Reviewed at the quality committee"));
      form.put(b[0], b[1]);
      refused(lead.post(path, form), b[0] + " must be a whole number from 1 to 5 but was \""
          + b[1] + "\"");
      assertEquals(before, reviews(), "nothing recorded for " + b[0] + "=" + b[1]);
    }
    String register = "/risks?min-score=25&provider=" + risk.provider().map(p -> p.value())
        .orElse("system");
    assertFalse(lead.get(register).body().contains(Xhtml.escape(risk.title())),
        "not yet scored 25");
    assertEquals(303, lead.post(path, Map.of("likelihood", "5", "consequence", "5",
        "note", "")).statusCode());
    assertEquals(before + 1, reviews());
    // The register reads the risks once per state of the data; the review is seen at once.
    assertTrue(lead.get(register).body().contains(Xhtml.escape(risk.title())), "now scored 25");
  }

  private static int reviews() {
    return app.ports.risks().risk(risk.id()).orElseThrow().reviews().size();
  }

  @Test
  void theRiskRegisterRefusesAFilterItCannotApplyAndMarksTheField() throws Exception {
    for (String[] b : List.of(new String[] {"min-score", "fifteen",
        "min-score must be a whole number from 1 to 25 but was \"fifteen\""},
        new String[] {"min-score", "26", "min-score must be a whole number from 1 to 25"},
        new String[] {"overdue", "maybe", "overdue must be one of empty, yes but was \"maybe\""},
        new String[] {"sort", "owner", "sort must be one of score, due, title but was \"owner\""},
        new String[] {"provider", "NOPE1", "provider must be a provider's code or system but was"
            + " \"NOPE1\""})) {
      String query = "?" + b[0] + "=" + URLEncoder.encode(b[1], StandardCharsets.UTF_8);
      HttpResponse<String> page = lead.get("/risks" + query);
      refused(page, b[2]);
      assertTrue(page.body().contains("aria-invalid=\"true\""), "the field is marked");
      assertFalse(page.body().contains("Download these risks as CSV"), "no risks listed");
      HttpResponse<String> csv = lead.get("/risks.csv" + query);
      assertEquals(400, csv.statusCode());
      assertTrue(csv.body().contains(b[2]), csv.body());
    }
    for (String query : List.of("", "?min-score=15&overdue=yes&sort=due", "?provider=system",
        "?provider=" + provider.value() + "&sort=title&min-score=")) {
      assertEquals(200, lead.get("/risks" + query).statusCode(), query);
      assertEquals(200, lead.get("/risks.csv" + query).statusCode(), query);
    }
  }

  @Test
  void theAuditsAsOfDateIsADateOrTheCaseIsNotShown() throws Exception {
    // 003 §3: "as of date" time travel replays the case's log up to that day.
    String path = "/audit/" + provider.value() + "?as-of=";
    for (String bad : List.of("yesterday", "2025-13-01", "1/7/2025")) {
      HttpResponse<String> page = lead.get(path + URLEncoder.encode(bad, StandardCharsets.UTF_8));
      refused(page, "as-of must be a date as YYYY-MM-DD but was \"" + bad + "\"");
      assertTrue(page.body().contains("value=\"" + Xhtml.escape(bad) + "\""),
          "the field keeps what was typed");
      assertFalse(page.body().contains("The case as of"), "no case is shown for a bad date");
    }
    HttpResponse<String> then = lead.get(path + "2025-03-01");
    assertEquals(200, then.statusCode());
    assertTrue(then.body().contains("The case as of 2025-03-01"));
  }
}
