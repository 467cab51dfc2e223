package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.scoring.assessment.IndicatorAssessment;
import org.qsurv.scoring.spc.AppliedRecalculation;

/**
 * The indicator page's forms over HTTP, on the demo (today 2025-07-01): the quality lead records a
 * recalculation of a series' SPC limits with its reason and an annotation, the author being the
 * signed-in user; the assessment then applies the recalculation and the page shows both, the
 * chart stepping its limits at it (H34; MDC: limits are recalculated only at a known, sustained
 * change, and the reason is recorded and shown). Every bad value a careless or hostile user might
 * send is refused with 400 naming the field and the value, and nothing is written. (Who may post
 * at all is RouteAuthorisationTest's; the CSRF token, CsrfTest's.)
 */
class SeriesNotesPagesTest {
  private static TestApp app;
  private static OrganisationCode provider;
  private static IndicatorDefinition indicator;
  private static List<Period> periods;

  @BeforeAll
  static void start() {
    app = new TestApp();
    provider = app.ports.directory().providers().get(0).code();
    indicator = app.ports.observations().indicators().stream()
        .filter(d -> d.frequency() == org.qsurv.model.indicator.Frequency.MONTHLY)
        .filter(d -> app.ports.observations().series(provider, d.id()).stream()
            .filter(o -> o.value().isPresent()).count() >= 6)
        .findFirst().orElseThrow();
    periods = app.ports.observations().series(provider, indicator.id()).stream()
        .filter(o -> o.value().isPresent()).map(Observation::period).toList();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String path(String form) {
    return "/providers/" + provider.value() + "/indicators/" + indicator.id().value() + "/"
        + form;
  }

  private static Map<String, String> form(String... namesAndValues) {
    Map<String, String> f = new HashMap<>();
    f.put("provider", provider.value());
    for (int i = 0; i < namesAndValues.length; i += 2) {
      f.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return f;
  }

  private static void refused(TestApp.Client c, String form, Map<String, String> fields,
      String message) throws Exception {
    int recalculations = app.ports.notes().recalculations().size();
    int annotations = app.ports.notes().annotations().size();
    HttpResponse<String> r = c.post(path(form), fields);
    assertEquals(400, r.statusCode(), fields + ": " + r.body());
    String body = r.body().replace("&quot;", "\"").replace("&#39;", "'");
    assertTrue(body.contains(message), "expected \"" + message + "\" in " + body);
    assertEquals(recalculations, app.ports.notes().recalculations().size(), "nothing written");
    assertEquals(annotations, app.ports.notes().annotations().size(), "nothing written");
  }

  /** Each bad recalculation is refused naming its field and value; nothing is written. */
  @Test
  void aBadRecalculationIsRefusedNamingTheFieldAndValue() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    String from = periods.get(periods.size() - 3).toString();
    refused(lead, "recalculations", form("reason", "New ward"),
        "from is required but was empty");
    refused(lead, "recalculations", form("from", "2025-13", "reason", "New ward"),
        "has month 13, which is not between 1 and 12");
    refused(lead, "recalculations", form("from", "last month", "reason", "New ward"),
        "period must be YYYY-MM or YYYY-Qn but was \"last month\"");
    refused(lead, "recalculations", form("from", "2025-Q1", "reason", "New ward"),
        "from must be a monthly period, as " + indicator.id() + " is, but was 2025-Q1");
    refused(lead, "recalculations", form("from", "2025-08", "reason", "New ward"),
        "from must be a period that has begun by 2025-07-01 but was 2025-08");
    refused(lead, "recalculations", form("from", periods.get(0).toString(), "reason", "Ward"),
        "from must be a period after the first value of the series (" + periods.get(0) + ")");
    refused(lead, "recalculations", form("from", from, "reason", "   "),
        "reason is required but was empty");
    refused(lead, "recalculations", form("from", from, "reason", "x".repeat(2001)),
        "reason must be at most 2000 characters but was 2001");
    HttpResponse<String> unknown = lead.post("/providers/" + provider.value()
        + "/indicators/no-such/recalculations", form("from", from, "reason", "Ward"));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("indicator must be a recorded indicator but was"),
        unknown.body());
    String other = app.ports.directory().providers().get(1).code().value();
    Map<String, String> wrong = form("from", from, "reason", "Ward");
    wrong.put("provider", other);
    assertEquals(409, lead.post(path("recalculations"), wrong).statusCode(),
        "a form made for another provider (H13)");
  }

  /** Each bad annotation is refused naming its field and value; nothing is written. */
  @Test
  void aBadAnnotationIsRefusedNamingTheFieldAndValue() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    refused(lead, "annotations", form("text", "Audit"),
        "date or period is required but both were empty");
    refused(lead, "annotations", form("date", "2025-06-01", "period", "2025-06", "text", "A"),
        "give a date or a period, not both, but date was \"2025-06-01\" and period \"2025-06\"");
    refused(lead, "annotations", form("date", "2025-07-02", "text", "Audit"),
        "date must be on or before 2025-07-01 but was 2025-07-02");
    refused(lead, "annotations", form("date", "1/6/2025", "text", "Audit"),
        "date must be a date as YYYY-MM-DD but was \"1/6/2025\"");
    refused(lead, "annotations", form("period", "2025-Q2", "text", "Audit"),
        "period must be a monthly period");
    refused(lead, "annotations", form("period", "2025-06", "text", ""),
        "text is required but was empty");
    refused(lead, "annotations", form("period", "2025-06", "text", "y".repeat(4001)),
        "text must be at most 4000 characters but was 4001");
  }

  /**
   * A recalculation recorded from the form is applied by the assessment with its reason and the
   * signed-in user as recorder, steps the chart (R1 in the chart and in words), and cannot be
   * recorded again from the same period; an annotation is shown with its author, in the chart
   * (A1) and in the table. A viewer sees them but no forms.
   */
  @Test
  void aRecordedRecalculationStepsTheChartAndAnAnnotationIsShown() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    String from = periods.get(periods.size() - 2).toString();
    HttpResponse<String> ok = lead.post(path("recalculations"), form("from", from, "reason",
        "New <b>ward</b> opened"));
    assertEquals(303, ok.statusCode(), ok.body());
    LimitsRecalculation stored = app.ports.notes().recalculations().stream()
        .filter(r -> r.provider().equals(provider) && r.indicator().equals(indicator.id()))
        .reduce((a, b) -> b).orElseThrow();
    assertEquals(Period.parse(from), stored.from());
    assertTrue(stored.recordedBy().isPresent());
    refused(lead, "recalculations", form("from", from, "reason", "Again"),
        "are already recalculated from " + from);
    assertEquals(303, lead.post(path("annotations"), form("period", from, "text",
        "Coding audit")).statusCode());

    IndicatorAssessment assessed = app.app.assessments().provider(provider).orElseThrow()
        .quality().indicators().stream().filter(i -> i.id().equals(indicator.id()))
        .findFirst().orElseThrow();
    assertTrue(assessed.recalculations().stream().anyMatch(r -> r.from().equals(Period.parse(
        from)) && r.source() == AppliedRecalculation.Source.SNAPSHOT
        && r.reason().equals("New <b>ward</b> opened")), assessed.recalculations().toString());
    assertTrue(assessed.annotations().stream().anyMatch(a -> a.text().equals("Coding audit")));

    String page = lead.get("/providers/" + provider.value() + "/indicators/"
        + indicator.id().value()).body();
    assertTrue(page.contains("New &lt;b&gt;ward&lt;/b&gt; opened"), "escaped, shown");
    assertTrue(page.contains("class=\"recalculations\""), "the chart steps");
    assertTrue(page.contains("R1: limits recalculated from " + from), "in words");
    assertTrue(java.util.regex.Pattern.compile("A[0-9]+, " + from + ": Coding audit \\(")
        .matcher(page).find(), "the annotation in words");
    assertTrue(page.contains("Record recalculation"));
    String viewer = app.signIn(app.ports.directory().users().stream()
        .filter(u -> u.role() == org.qsurv.model.surveillance.Role.VIEWER).findFirst()
        .orElseThrow().username()).get("/providers/" + provider.value() + "/indicators/"
        + indicator.id().value()).body();
    assertTrue(viewer.contains("Coding audit") && !viewer.contains("Record recalculation"));
  }
}
