package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.assessment.ProviderAssessment;
import org.w3c.dom.Element;

/**
 * The bi-monthly quality report: "focused quality reports for each service area", split into
 * routine, enhanced and intensive sections, each as insight, involvement and improvement (004
 * §4.4; 000 §6.7). Every provider of the area is in its level's section, either with its own
 * entry or named among those with nothing to report; a provider with a trigger, or on enhanced or
 * intensive with work under way, always has its own entry.
 */
class QualityReportTest {
  private static TestApp app;
  private static TestApp.Client lead;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp();
    lead = app.signIn("m.ellery");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** Provider name to the section (level) it is in, and whether it has an entry of its own. */
  private record Placement(Level level, boolean ownEntry) {}

  private static Map<String, Placement> placements(String body) {
    Element root = Xhtml.parse(body).getDocumentElement();
    Map<String, Placement> placed = new HashMap<>();
    for (Element section : Xhtml.all(root, "section")) {
      if (!section.getAttribute("class").equals("report-section")) {
        continue;
      }
      Level level = Level.valueOf(section.getAttribute("aria-labelledby").substring(6));
      List<Element> headings = Xhtml.all(section, "h3");
      for (Element h3 : headings) {
        if (h3.getTextContent().startsWith("Nothing to report")) {
          for (Element names : Xhtml.all(section, "ul")) {
            if (names.getAttribute("class").equals("names")) {
              for (Element li : Xhtml.all(names, "li")) {
                assertEquals(null, placed.put(li.getTextContent(), new Placement(level, false)),
                    li.getTextContent());
              }
            }
          }
        } else {
          assertEquals(null, placed.put(h3.getTextContent(), new Placement(level, true)),
              h3.getTextContent());
        }
      }
    }
    return placed;
  }

  @Test
  void everyProviderIsInItsLevelsSectionOnceAndEveryOneWithATriggerHasAnEntry() throws Exception {
    HttpResponse<String> r = lead.get("/reports/quality");
    assertEquals(200, r.statusCode());
    Map<String, Placement> placed = placements(r.body());
    List<ProviderAssessment> all = app.app.assessments().current().providers();
    assertEquals(all.size(), placed.size(), "each provider once");
    int quiet = 0;
    for (ProviderAssessment p : all) {
      String name = app.ports.directory().provider(p.code()).orElseThrow().name();
      Placement at = placed.get(name);
      assertEquals(p.level(), at.level(), name);
      if (!p.quality().triggers().isEmpty() || p.level() != Level.ROUTINE) {
        assertTrue(at.ownEntry(), name + " has a trigger or is escalated: its own entry");
      }
      quiet += at.ownEntry() ? 0 : 1;
    }
    assertTrue(quiet > 0 && quiet < all.size(), "some, not all, have nothing to report");
    for (String part : List.of("Insight", "Involvement", "Improvement")) {
      assertTrue(r.body().contains("<h4>" + part + "</h4>"), part);
    }
  }

  @Test
  void aServiceAreasReportHasItsProvidersAndNoOthers() throws Exception {
    for (ProviderKind area : List.of(ProviderKind.CARE_HOME, ProviderKind.ACUTE)) {
      Set<String> inArea = app.ports.directory().providers().stream()
          .filter(p -> p.kind() == area).map(Provider::name).collect(Collectors.toSet());
      HttpResponse<String> r = lead.get("/reports/quality?area=" + area.name());
      assertEquals(200, r.statusCode());
      assertEquals(inArea, placements(r.body()).keySet(), area.name());
      assertTrue(r.body().contains(": " + inArea.size()
          + (inArea.size() == 1 ? " provider." : " providers.")), "the report counts them");
    }
  }

  @Test
  void anAreaThatIsNotAKindOfProviderIsRefusedNamingIt() throws Exception {
    HttpResponse<String> r = lead.get("/reports/quality?area=BAKERY");
    assertEquals(400, r.statusCode());
    String text = Xhtml.parse(r.body()).getDocumentElement().getTextContent();
    assertTrue(text.contains("area must be one of ACUTE, "), r.body());
    assertTrue(text.contains("but was \"BAKERY\""), r.body());
    assertTrue(placements(r.body()).isEmpty(), "no report for an area that is not one");
  }

  @Test
  void intelligenceRecordedForAProviderWithNothingToReportGivesItAnEntryAtOnce() throws Exception {
    // The report is cached per state of the data; a write is never hidden by it.
    Map<String, Placement> before = placements(lead.get("/reports/quality").body());
    Provider quiet = app.ports.directory().providers().stream()
        .filter(p -> before.containsKey(p.name()) && !before.get(p.name()).ownEntry())
        .findFirst().orElseThrow();
    assertEquals(303, lead.post("/providers/" + quiet.code().value() + "/intelligence",
        Map.of("received", app.app.assessments().today().toString(), "source", "HEALTHWATCH",
            "nature", "SOFT", "domain", "EXPERIENCE", "summary", "Visitors report long waits",
            "provider", quiet.code().value()))
        .statusCode());
    Placement after = placements(lead.get("/reports/quality").body()).get(quiet.name());
    assertTrue(after.ownEntry(), quiet.name() + " now has intelligence in the period");
  }
}
