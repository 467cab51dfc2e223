package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.escalation.command.AgreeKeyRisks;
import org.qsurv.escalation.command.AppointLead;
import org.qsurv.escalation.command.CaseCommand;
import org.qsurv.escalation.command.CompleteBaselineReview;
import org.qsurv.escalation.command.GiveFeedback;
import org.qsurv.escalation.command.NotifyProvider;
import org.qsurv.escalation.command.TakeDecision;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.NoticeMethod;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * One improvement plan per provider (003 §5.2.3 e): an action entered on the escalation page's
 * plan form is an improvement-plan action of the provider's assessment, so while it is past due
 * and not signed off it fires IMPROVEMENT_ACTIONS_OVERDUE (003 §5.2.1, "failure of existing plans
 * to demonstrate improvement"), and the sign-off recorded in the case ends it. The web app's
 * today is 2025-07-01 ({@link TestApp#CLOCK}).
 */
class CasePlanActionsTest {
  private static final LocalDate EARLIER = LocalDate.of(2025, 6, 2);
  private static final Actor DIRECTOR = Actor.of("Dr Frances Hale", Role.ICB_DIRECTOR);
  private static final Actor LEAD = Actor.of("Morgan Ellery", Role.ICB_QUALITY_LEAD);

  private TestApp app;
  private OrganisationCode provider;

  @BeforeEach
  void start() throws Exception {
    app = new TestApp();
    SurveillanceCases cases = new SurveillanceCases(app.ports.cases(),
        EscalationPolicy.nhsDefaults());
    OrganisationCode acute = app.ports.directory().user("j.pike").orElseThrow().organisation();
    provider = app.ports.directory().providers().stream().map(Provider::code)
        .filter(c -> !c.equals(acute))
        .filter(c -> app.ports.cases().version(SurveillanceCases.caseId(c)) == 0)
        .findFirst().orElseThrow();
    for (CaseCommand c : List.<CaseCommand>of(
        TakeDecision.of(DecisionType.PLACE_ON_ENHANCED, EARLIER, DIRECTOR, "Concerns"),
        new AppointLead(EARLIER, DIRECTOR, "a", LEAD.name()),
        new NotifyProvider(EARLIER, LEAD, "a", NoticeMethod.WRITTEN_NOTICE),
        new CompleteBaselineReview(EARLIER, LEAD, "b", "Deep dive"),
        new AgreeKeyRisks(EARLIER, LEAD, "c", List.of(KeyRisk.of("KR-1", "Sepsis"))),
        new GiveFeedback(EARLIER, LEAD, "d", "KR-1"))) {
      assertTrue(cases.submit(provider, c).isAccepted(), c.toString());
    }
    app.app.assessments().written();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private List<TriggerFiring> overdue() {
    return app.app.assessments().provider(provider).orElseThrow().quality().triggers().stream()
        .filter(t -> t.code() == TriggerCode.IMPROVEMENT_ACTIONS_OVERDUE).toList();
  }

  private void post(TestApp.Client client, String form, Map<String, String> fields)
      throws Exception {
    Map<String, String> values = new LinkedHashMap<>(fields);
    values.put("provider", provider.value());
    values.putIfAbsent("at", "2025-06-20");
    HttpResponse<String> r = client.post("/escalation/" + provider.value() + "/" + form, values);
    assertEquals(303, r.statusCode(), r.body());
  }

  /**
   * A plan action due 2025-06-30, entered on the escalation page and not signed off, fires
   * IMPROVEMENT_ACTIONS_OVERDUE on 2025-07-01 with its id as evidence, and the provider page's
   * improvement plan shows it overdue; once the quality lead signs it off (with the provider's
   * evidence) the trigger no longer fires and the plan shows it completed on the sign-off day.
   */
  @Test
  void aCasePlanActionPastDueFiresTheTriggerUntilItIsSignedOff_003_5_2_1() throws Exception {
    assertEquals(List.of(), overdue(), "no plan yet, nothing overdue");
    TestApp.Client lead = app.signIn("m.ellery");
    post(lead, "plan-actions", Map.of("action", "A-1", "description", "Sepsis screening audit",
        "lead", "Medical director", "due", "2025-06-30", "metric", "Audit",
        "rationale", "Plan agreed"));

    List<TriggerFiring> fired = overdue();
    assertEquals(1, fired.size(), "the overdue case action fires the trigger");
    String id = provider.value() + "/A-1";
    assertEquals(List.of(id), fired.get(0).evidence());
    String page = Xhtml.parse(lead.get("/providers/" + provider.value()).body())
        .getDocumentElement().getTextContent();
    assertTrue(page.contains("Sepsis screening audit") && page.contains("Overdue: 2025-06-30"),
        "the provider page's plan shows the case action overdue");

    post(lead, "action-evidence", Map.of("action", "A-1", "evidence", "Audit at 100%",
        "rationale", "Evidence"));
    assertEquals(1, overdue().size(), "evidence alone does not complete the action");
    post(lead, "action-sign-offs", Map.of("action", "A-1", "at", "2025-07-01",
        "rationale", "Audit evidence seen"));
    assertEquals(List.of(), overdue(), "signed off, it no longer fires");
    ImprovementAction exported = StoredSnapshot.asOf(app.ports, LocalDate.of(2025, 7, 1))
        .actions().stream().filter(a -> a.id().value().equals(id)).findFirst().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2025, 7, 1)), exported.completed(),
        "the exported snapshot carries the sign-off date as its completion");
  }
}
