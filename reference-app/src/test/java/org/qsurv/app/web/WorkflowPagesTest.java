package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitStatus;

/**
 * The workflows on the provider pages, over HTTP on the demo: each framework's story shows its
 * findings from the stored data (hazard H30: what `evaluate` finds, the page shows), the rating
 * history (004 §5.1), visits with findings (001 §7.1), where each learning response stands (002
 * QAF ¶40-41) and the meetings with their actions (003 §5.1.2); the ICB's forms record each, a
 * refused form answers 400 naming every bad field with its value and writes nothing, and a form
 * made for another provider than its address is refused (hazard H13).
 */
class WorkflowPagesTest {
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

  private static String text(String path) throws Exception {
    HttpResponse<String> r = lead.get(path);
    assertEquals(200, r.statusCode(), path);
    return Xhtml.parse(r.body()).getDocumentElement().getTextContent();
  }

  private static String words(HttpResponse<String> r) {
    return Xhtml.parse(r.body()).getDocumentElement().getTextContent();
  }

  private static void assertShows(String page, String... texts) {
    for (String t : texts) {
      assertTrue(page.contains(t), "the page shows \"" + t + "\"");
    }
  }

  /** Each story's findings and workflow, on its provider's page, as of the demo's date. */
  @Test
  void eachFrameworksStoryShowsOnItsProvidersPage() throws Exception {
    // 000 §8.7: the CQRM not held, and one due.
    assertShows(text("/providers/ZC1"), "Contract meeting not held", "ZC1-M-4",
        "Contract meeting due", "Not held", "no deputy was named", "completed 2024-10-28");
    // 001 §7.1: the unannounced visit overdue, and the trust with no visit in three months.
    assertShows(text("/providers/ZM1"), "Visit overdue", "ZM1-V-2",
        "Overdue: planned for 2025-06-11", "Calls waiting over an hour");
    // 002 QAF ¶40-41: the SI review panel.
    assertShows(text("/providers/ZA1"), "Learning response overdue", "ZA1-SI-3",
        "Overdue: due 2025-06-17", "More information requested at review on 2025-04-09",
        "Action plan signed off on 2025-03-19");
    // 003 Appendix 1: rated INADEQUATE, visits stepped up.
    String home = text("/providers/1-999000000017");
    assertShows(home, "2024-11-26", "Inadequate", "Falls checks recorded every two hours");
    // 004 §5.1: the rating history, newest first.
    String fallen = text("/providers/1-999000000064");
    assertTrue(fallen.indexOf("2025-05-28") < fallen.indexOf("2022-09-14"), "newest first");
  }

  /**
   * A rating is recorded from the form; a refused one names every bad field with its value and
   * records nothing; one made for another provider is refused.
   */
  @Test
  void theQualityLeadRecordsARating() throws Exception {
    String path = "/providers/Z85001/ratings";
    int before = app.ports.ratings().ratings().size();
    HttpResponse<String> bad = lead.post(path, Map.of("provider", "Z85001",
        "published", "last week", "overall", "SUPERB", "SAFE", "BAD"));
    assertEquals(400, bad.statusCode());
    assertShows(words(bad), "published must be a date as YYYY-MM-DD but was \"last week\"",
        "overall must be one of OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE but was "
            + "\"SUPERB\"", "SAFE must be one of");
    assertEquals(409, lead.post(path, Map.of("provider", "Z85002", "published", "2025-06-30",
        "overall", "GOOD")).statusCode());
    assertEquals(before, app.ports.ratings().ratings().size(), "nothing written");

    assertEquals(303, lead.post(path, Map.of("provider", "Z85001", "published", "2025-06-30",
        "overall", "INADEQUATE", "SAFE", "INADEQUATE", "CARING", "")).statusCode());
    RegulatorRating r = app.ports.ratings().rating(
        org.qsurv.model.regulation.RatingId.of("CQC-Z85001-2025-06-30")).orElseThrow();
    assertEquals(Rating.INADEQUATE, r.overall());
    assertEquals(Map.of(org.qsurv.model.regulation.KeyQuestion.SAFE, Rating.INADEQUATE),
        r.keyQuestions());
  }

  /** A visit is planned, then recorded done with its finding, which the page then shows. */
  @Test
  void theQualityLeadPlansAVisitAndRecordsItDone() throws Exception {
    String base = "/providers/Z85003";
    assertEquals(400, lead.post(base + "/visits", Map.of("provider", "Z85003", "date", "",
        "kind", "SURPRISE")).statusCode());
    assertEquals(List.of(), app.ports.visits().visits(
        org.qsurv.model.organisation.OrganisationCode.of("Z85003")));
    assertEquals(303, lead.post(base + "/visits", Map.of("provider", "Z85003",
        "date", "2025-06-20", "kind", "UNANNOUNCED")).statusCode());
    QualityVisit planned = app.ports.visits().visits(
        org.qsurv.model.organisation.OrganisationCode.of("Z85003")).get(0);

    String done = base + "/visits/" + planned.id().value() + "/done";
    Map<String, String> finding = new HashMap<>(Map.of("provider", "Z85003",
        "domain-1", "SAFE", "tone-1", "CONCERN", "summary-1", "Fridge log not checked",
        "domain-2", "CARING", "tone-2", "CONCERN", "summary-2", ""));
    HttpResponse<String> bad = lead.post(done, finding);
    assertEquals(400, bad.statusCode());
    assertShows(words(bad), "domain-2 must be one of", "\"CARING\"",
        "summary-2 is required but was empty");
    assertEquals(VisitStatus.PLANNED, app.ports.visits().visit(planned.id()).orElseThrow()
        .status());
    finding.remove("domain-2");
    finding.remove("tone-2");
    assertEquals(303, lead.post(done, finding).statusCode());
    assertEquals(1, app.ports.visits().visit(planned.id()).orElseThrow().findings().size());
    assertEquals(400, lead.post(done, finding).statusCode(), "done once");
    assertShows(text(base), "Fridge log not checked");
  }

  /**
   * An incident is reported, its response received, reviewed and its plan signed off, each once
   * and in order (002 QAF ¶40-41); a sign-off before an accepted review is refused.
   */
  @Test
  void theQualityLeadFollowsAnIncidentToItsSignOff() throws Exception {
    String base = "/providers/Z85004";
    assertEquals(303, lead.post(base + "/incidents", Map.of("provider", "Z85004",
        "reported", "2025-05-01", "framework", "PSIRF", "neverEvent", "no",
        "responseDue", "2025-06-15")).statusCode());
    SeriousIncident i = app.ports.incidents().incidents(
        org.qsurv.model.organisation.OrganisationCode.of("Z85004")).get(0);
    String at = base + "/incidents/" + i.id().value();
    HttpResponse<String> early = lead.post(at + "/sign-off", Map.of("provider", "Z85004",
        "signedOff", "2025-06-20"));
    assertEquals(400, early.statusCode(), "no accepted review yet");
    assertEquals(303, lead.post(at + "/response", Map.of("provider", "Z85004",
        "received", "2025-06-10")).statusCode());
    assertEquals(400, lead.post(at + "/response", Map.of("provider", "Z85004",
        "received", "2025-06-11")).statusCode(), "received once");
    assertEquals(303, lead.post(at + "/review", Map.of("provider", "Z85004",
        "on", "2025-06-18", "outcome", "ACCEPTED")).statusCode());
    assertEquals(303, lead.post(at + "/sign-off", Map.of("provider", "Z85004",
        "signedOff", "2025-06-25")).statusCode());
    SeriousIncident after = app.ports.incidents().incident(IncidentId.of(i.id().value()))
        .orElseThrow();
    assertEquals(Optional.of(ReviewOutcome.ACCEPTED), after.review().map(r -> r.outcome()));
    assertEquals(Optional.of(LocalDate.of(2025, 6, 25)), after.actionPlanSignedOff());
    assertShows(text(base), "Action plan signed off on 2025-06-25");
  }

  /** A meeting not held needs its reason (003 §5.1.2); one held is recorded with its action. */
  @Test
  void theQualityLeadRecordsAMeeting() throws Exception {
    String base = "/providers/Z85005";
    HttpResponse<String> bad = lead.post(base + "/meetings", Map.of("provider", "Z85005",
        "kind", "CQRM", "date", "2025-06-12", "held", "no", "reasonNotHeld", ""));
    assertEquals(400, bad.statusCode());
    assertShows(words(bad), "reasonNotHeld is required when the meeting was not held");
    assertEquals(303, lead.post(base + "/meetings", Map.of("provider", "Z85005",
        "kind", "CQPG", "date", "2025-06-12", "held", "yes", "actionDescription",
        "Share the falls audit", "actionOwner", "Practice manager", "actionDue", "2025-07-31"))
        .statusCode());
    assertShows(text(base), "Share the falls audit (Practice manager): due 2025-07-31");
  }

  /**
   * A planned visit is cancelled from its form, once (001 §7.1: only a visit still planned is);
   * a visit done, another provider's, an unknown one, or a form without the session's CSRF token
   * is refused with the field and value named, changing nothing.
   */
  @Test
  void theQualityLeadCancelsAPlannedVisitOnce() throws Exception {
    org.qsurv.model.organisation.OrganisationCode z =
        org.qsurv.model.organisation.OrganisationCode.of("Z85006");
    String base = "/providers/Z85006";
    assertEquals(303, lead.post(base + "/visits", Map.of("provider", "Z85006",
        "date", "2025-08-20", "kind", "ANNOUNCED")).statusCode());
    QualityVisit planned = app.ports.visits().visits(z).get(0);
    assertShows(text(base), "Cancel the announced visit planned for 2025-08-20");
    String cancel = base + "/visits/" + planned.id().value() + "/cancellation";

    assertEquals(403, lead.postRaw(cancel, Map.of("provider", "Z85006")).statusCode(),
        "no CSRF token");
    HttpResponse<String> unknown = lead.post(base + "/visits/no-such-visit/cancellation",
        Map.of("provider", "Z85006"));
    assertEquals(400, unknown.statusCode());
    assertShows(words(unknown), "visit must be a visit of Z85006 but was \"no-such-visit\"");
    // The acute trust's visit, cancelled under this practice's address: not this practice's.
    HttpResponse<String> others = lead.post(base + "/visits/ZA1-V-1/cancellation",
        Map.of("provider", "Z85006"));
    assertEquals(400, others.statusCode());
    assertShows(words(others), "visit must be a visit of Z85006 but was \"ZA1-V-1\"");
    assertEquals(409, lead.post(cancel, Map.of("provider", "Z85007")).statusCode(),
        "a form for another provider than its address");
    assertEquals(VisitStatus.PLANNED, app.ports.visits().visit(planned.id()).orElseThrow()
        .status(), "nothing changed");

    assertEquals(303, lead.post(cancel, Map.of("provider", "Z85006")).statusCode());
    assertEquals(VisitStatus.CANCELLED, app.ports.visits().visit(planned.id()).orElseThrow()
        .status());
    HttpResponse<String> again = lead.post(cancel, Map.of("provider", "Z85006"));
    assertEquals(400, again.statusCode(), "cancelled once");
    assertShows(words(again), "visit " + planned.id().value()
        + " must be PLANNED to be cancelled but was CANCELLED");
    // A visit done keeps its findings: it is never cancelled.
    HttpResponse<String> done = lead.post("/providers/ZA1/visits/ZA1-V-1/cancellation",
        Map.of("provider", "ZA1"));
    assertEquals(400, done.statusCode());
    assertShows(words(done), "must be PLANNED to be cancelled but was DONE");
    assertEquals(VisitStatus.DONE, app.ports.visits().visit(
        org.qsurv.model.visit.VisitId.of("ZA1-V-1")).orElseThrow().status());
  }

  /**
   * A contract meeting's action is completed from its form (003 §5.1.2: the action log), once;
   * a completion before the meeting that agreed it, after today (the data's as-of date), for an
   * unknown or another provider's action, or a second one, is refused naming the field and value,
   * changing nothing.
   */
  @Test
  void theQualityLeadCompletesAMeetingActionOnce() throws Exception {
    org.qsurv.model.organisation.OrganisationCode z =
        org.qsurv.model.organisation.OrganisationCode.of("Z85007");
    String base = "/providers/Z85007";
    assertEquals(303, lead.post(base + "/meetings", Map.of("provider", "Z85007",
        "kind", "CQPG", "date", "2025-06-12", "held", "yes", "actionDescription",
        "Audit repeat prescribing", "actionOwner", "Practice manager", "actionDue", "2025-07-31"))
        .statusCode());
    String action = app.ports.meetings().meetings(z).get(0).actions().get(0).id().value();
    assertShows(text(base), "Complete the action of the CQPG of 2025-06-12: Audit repeat "
        + "prescribing");
    String complete = base + "/meeting-actions/" + action + "/completion";

    HttpResponse<String> before = lead.post(complete, Map.of("provider", "Z85007",
        "completed", "2025-06-11"));
    assertEquals(400, before.statusCode());
    assertShows(words(before), "completed must be on or after the meeting of 2025-06-12 that "
        + "agreed action " + action + " but was 2025-06-11");
    HttpResponse<String> future = lead.post(complete, Map.of("provider", "Z85007",
        "completed", "2025-07-02"));
    assertEquals(400, future.statusCode());
    assertShows(words(future), "completed must be on or before 2025-07-01 but was 2025-07-02");
    HttpResponse<String> garbled = lead.post(complete, Map.of("provider", "Z85007",
        "completed", "2025-02-30"));
    assertEquals(400, garbled.statusCode());
    assertShows(words(garbled), "completed must be a date", "\"2025-02-30\"");
    HttpResponse<String> unknown = lead.post(base + "/meeting-actions/nope/completion",
        Map.of("provider", "Z85007", "completed", "2025-06-20"));
    assertEquals(400, unknown.statusCode());
    assertShows(words(unknown), "action must be an action of a contract meeting of Z85007 but "
        + "was \"nope\"");
    // The mental health trust's open action, under this practice's address.
    HttpResponse<String> others = lead.post(base + "/meeting-actions/ZC1-MA-3/completion",
        Map.of("provider", "Z85007", "completed", "2025-06-20"));
    assertEquals(400, others.statusCode());
    assertShows(words(others), "but was \"ZC1-MA-3\"");
    assertEquals(403, lead.postRaw(complete, Map.of("provider", "Z85007",
        "completed", "2025-06-20")).statusCode(), "no CSRF token");
    assertEquals(Optional.empty(), app.ports.meetings().meetings(z).get(0).actions().get(0)
        .completed(), "nothing changed");
    assertEquals(Optional.empty(), app.ports.meetings().meeting(
        org.qsurv.model.contract.ContractMeetingId.of("ZC1-M-3")).orElseThrow().actions().get(0)
        .completed(), "the other provider's action untouched");

    assertEquals(303, lead.post(complete, Map.of("provider", "Z85007",
        "completed", "2025-06-20")).statusCode());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 20)), app.ports.meetings().meetings(z).get(0)
        .actions().get(0).completed());
    HttpResponse<String> again = lead.post(complete, Map.of("provider", "Z85007",
        "completed", "2025-06-21"));
    assertEquals(400, again.statusCode(), "completed once");
    assertShows(words(again), "action " + action + " was already completed on 2025-06-20");
    assertShows(text(base), "Audit repeat prescribing (Practice manager): completed 2025-06-20");
  }

  /**
   * Hazard H40 (002 QAF ¶40: the commissioner reviews until assured): a response sent back for
   * more information is followed on the page ("revised response not received"), its revised
   * response recorded once (not before the review that asked for it, not after today, not for an
   * incident not sent back), reviewed again, then the plan signed off; each refusal names the
   * field and value and changes nothing.
   */
  @Test
  void theQualityLeadFollowsAResponseSentBackUntilItIsAccepted() throws Exception {
    String base = "/providers/Z85008";
    assertEquals(303, lead.post(base + "/incidents", Map.of("provider", "Z85008",
        "reported", "2025-03-01", "framework", "SI_2015", "neverEvent", "no",
        "responseDue", "2025-04-15")).statusCode());
    SeriousIncident i = app.ports.incidents().incidents(
        org.qsurv.model.organisation.OrganisationCode.of("Z85008")).get(0);
    String at = base + "/incidents/" + i.id().value();
    assertEquals(303, lead.post(at + "/response", Map.of("provider", "Z85008",
        "received", "2025-04-10")).statusCode());
    HttpResponse<String> notSentBack = lead.post(at + "/resubmission", Map.of("provider",
        "Z85008", "resubmitted", "2025-04-20"));
    assertEquals(400, notSentBack.statusCode());
    assertShows(words(notSentBack), "no review asked for more information since its last "
        + "response was received");
    assertEquals(303, lead.post(at + "/review", Map.of("provider", "Z85008",
        "on", "2025-04-30", "outcome", "MORE_INFORMATION")).statusCode());
    assertShows(text(base), "More information requested at review on 2025-04-30; revised "
        + "response not received", "The revised response to the incident of 2025-03-01 received");

    HttpResponse<String> early = lead.post(at + "/resubmission", Map.of("provider", "Z85008",
        "resubmitted", "2025-04-29"));
    assertEquals(400, early.statusCode());
    assertShows(words(early), "resubmission 2025-04-29 is before the review on 2025-04-30");
    HttpResponse<String> future = lead.post(at + "/resubmission", Map.of("provider", "Z85008",
        "resubmitted", "2025-07-02"));
    assertEquals(400, future.statusCode());
    assertShows(words(future), "resubmitted must be on or before 2025-07-01 but was 2025-07-02");
    assertEquals(403, lead.postRaw(at + "/resubmission", Map.of("provider", "Z85008",
        "resubmitted", "2025-05-20")).statusCode(), "no CSRF token");
    assertEquals(List.of(), app.ports.incidents().incident(i.id()).orElseThrow()
        .resubmissions(), "nothing written");

    assertEquals(303, lead.post(at + "/resubmission", Map.of("provider", "Z85008",
        "resubmitted", "2025-05-20")).statusCode());
    assertEquals(400, lead.post(at + "/resubmission", Map.of("provider", "Z85008",
        "resubmitted", "2025-05-21")).statusCode(), "once");
    assertShows(text(base), "revised response received on 2025-05-20, not reviewed",
        "The review of the revised response to the incident of 2025-03-01");
    assertEquals(303, lead.post(at + "/review", Map.of("provider", "Z85008",
        "on", "2025-06-05", "outcome", "ACCEPTED")).statusCode());
    assertEquals(303, lead.post(at + "/sign-off", Map.of("provider", "Z85008",
        "signedOff", "2025-06-20")).statusCode());
    SeriousIncident after = app.ports.incidents().incident(i.id()).orElseThrow();
    assertEquals(List.of(ReviewOutcome.MORE_INFORMATION, ReviewOutcome.ACCEPTED),
        after.reviews().stream().map(r -> r.outcome()).toList());
    assertShows(text(base), "Action plan signed off on 2025-06-20");
  }

  /**
   * The Cannock Chase story's Level 3 (001 §7.1: a deep dive "following formal assessment of risk
   * and only authorised at Director level"; hazard H39): the ICB director records a deep dive into
   * the ambulance trust through the app, and its level of assurance then shows Level 3 with the
   * deep dive; the quality lead may not (403, the route admits DeepDive.AUTHORISED_BY only, read
   * from the domain), and a form without a risk assessment or rationale, dated after today, or
   * without the session's CSRF token is refused naming field and value, writing nothing.
   */
  @Test
  void theDirectorAuthorisesADeepDiveAndTheTrustStandsAtLevel3() throws Exception {
    TestApp.Client director = app.signIn("f.hale");
    String base = "/providers/ZM1";
    org.qsurv.model.organisation.OrganisationCode zm1 =
        org.qsurv.model.organisation.OrganisationCode.of("ZM1");
    assertTrue(text(base).contains("Authorise a deep dive") == false,
        "the quality lead is offered no deep dive form");
    assertTrue(words(director.get(base)).contains("Authorise a deep dive"));
    Map<String, String> good = Map.of("provider", "ZM1", "authorised", "2025-06-30",
        "riskAssessment", "Calls waiting over an hour unchecked; HSE notice; visit overdue",
        "rationale", "Level 2 visits and meetings have not given assurance on call handling");
    assertEquals(403, lead.post(base + "/deep-dives", good).statusCode(),
        "only at Director level");
    HttpResponse<String> bad = director.post(base + "/deep-dives", Map.of("provider", "ZM1",
        "authorised", "2025-07-02", "riskAssessment", " ", "rationale", ""));
    assertEquals(400, bad.statusCode());
    assertShows(words(bad), "authorised must be on or before 2025-07-01 but was 2025-07-02",
        "riskAssessment is required but was empty", "rationale is required but was empty");
    assertEquals(403, director.postRaw(base + "/deep-dives", good).statusCode(), "no CSRF");
    assertEquals(List.of(), app.ports.deepDives().deepDives(zm1), "nothing written");

    assertEquals(303, director.post(base + "/deep-dives", good).statusCode());
    org.qsurv.model.surveillance.DeepDive dive = app.ports.deepDives().deepDives(zm1).get(0);
    assertEquals(org.qsurv.model.surveillance.Role.ICB_DIRECTOR, dive.by().role());
    String page = text(base);
    assertShows(page, "LEVEL_3".replace("LEVEL_", "Level "), "Calls waiting over an hour "
        + "unchecked; HSE notice; visit overdue", "Level 2 visits and meetings have not given "
        + "assurance on call handling");
    assertEquals(List.of(dive), org.qsurv.app.export.StoredSnapshot.asOf(app.ports,
        LocalDate.of(2025, 7, 1)).deepDives().stream().filter(d -> d.provider().equals(zm1))
        .toList(), "exported with the snapshot");
  }
}
