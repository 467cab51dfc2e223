package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.risk.Risk;

/**
 * The 1.1 write paths over HTTP, on the demo: the quality lead triages an item, records and
 * completes a plan action and adds a system risk; each refused form answers 400 naming the field
 * and the value, and changes nothing; a form made for another provider than its address is
 * refused (hazard H13). (Who may post at all is RouteAuthorisationTest's.)
 */
class SurveillanceFormsTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static IntelligenceItem untriaged() {
    return app.ports.intelligence().intelligence().stream()
        .filter(i -> i.triage().isEmpty()).findFirst().orElseThrow();
  }

  /** A triage is recorded from the form; a bad one is refused with its fields named. */
  @Test
  void theQualityLeadTriagesAnItem() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    IntelligenceItem item = untriaged();
    String path = "/providers/" + item.provider().value() + "/intelligence/"
        + item.id().value() + "/triage";
    String code = item.provider().value();
    String other = app.ports.directory().providers().stream().map(p -> p.code().value())
        .filter(c -> !c.equals(code)).findFirst().orElseThrow();
    assertEquals(409, lead.post(path, Map.of("provider", other, "on", item.received().toString(),
        "outcome", "ACT", "credible", "yes")).statusCode(), "a form made for another provider");
    HttpResponse<String> bad = lead.post(path, Map.of("provider", code, "on", "yesterday",
        "outcome", "ACT", "credible", "yes"));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("on must be a date as YYYY-MM-DD but was \"yesterday\""),
        bad.body());
    assertEquals(Optional.empty(), app.ports.intelligence().item(item.id()).orElseThrow()
        .triage());

    String on = item.received().toString();
    HttpResponse<String> ok = lead.post(path, Map.of("provider", code, "on", on, "outcome",
        "MONITOR", "credible", "no"));
    assertEquals(303, ok.statusCode(), ok.body());
    assertEquals(Optional.of(Triage.of(item.received(), TriageOutcome.MONITOR, false)),
        app.ports.intelligence().item(item.id()).orElseThrow().triage());
  }

  /** An action is recorded and completed from the forms, for the page's provider. */
  @Test
  void theQualityLeadRecordsAndCompletesAnAction() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    String provider = app.ports.directory().providers().get(0).code().value();
    int before = app.ports.actions().actions().size();
    assertEquals(400, lead.post("/providers/" + provider + "/actions", Map.of("provider",
        provider, "description", "Audit", "owner", "", "due", "2025-09-30")).statusCode());
    assertEquals(before, app.ports.actions().actions().size());
    assertEquals(303, lead.post("/providers/" + provider + "/actions", Map.of("provider",
        provider, "description", "Audit hand hygiene", "owner", "Matron", "due", "2025-09-30")).statusCode());
    ImprovementAction added = app.ports.actions().actions().get(before);
    assertEquals(provider, added.provider().value());
    assertEquals(303, lead.post("/providers/" + provider + "/actions/" + added.id().value()
        + "/completion", Map.of("provider", provider, "completed", "2025-07-01")).statusCode());
    assertEquals(Optional.of(LocalDate.of(2025, 7, 1)),
        app.ports.actions().action(added.id()).orElseThrow().completed());
  }

  /** A system risk is added from the register's form with provider "system". */
  @Test
  void theQualityLeadAddsASystemRisk() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    int before = app.ports.risks().risks().size();
    Map<String, String> fields = Map.of("provider", "system", "title",
        "Discharge delays across the system", "domain", "SAFE", "owner", "ICB Chief Nurse",
        "likelihood", "4", "consequence", "6");
    HttpResponse<String> bad = lead.post("/risks", fields);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("consequence must be a whole number from 1 to 5 but was "
        + "&quot;6&quot;") || bad.body().contains("but was \"6\""), bad.body());
    assertEquals(before, app.ports.risks().risks().size());
    Map<String, String> good = new java.util.HashMap<>(fields);
    good.put("consequence", "4");
    assertEquals(303, lead.post("/risks", good).statusCode());
    Risk added = app.ports.risks().risks().get(before);
    assertEquals(Optional.empty(), added.provider());
  }
}
