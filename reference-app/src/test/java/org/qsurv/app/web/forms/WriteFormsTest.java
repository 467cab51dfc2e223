package org.qsurv.app.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsurv.app.Fixtures;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.app.web.html.FieldError;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Meeting;

/**
 * The write paths of the 1.1 data: each form accepts only what it documents, names every refused
 * field with its value at once, and writes nothing when it refuses (over a real H2 store loaded
 * with a 1.1 snapshot).
 */
class WriteFormsTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
  private TestDatabase db;
  private Ports ports;

  @BeforeEach
  void load() {
    db = TestDatabase.h2();
    ports = JdbcPorts.open(db.database(), Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
        ZoneOffset.UTC));
    Importer importer = new Importer(ports);
    importer.write(importer.plan(Fixtures.v11(), "fixture", "tester"), Progress.none());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static FormData form(String urlEncoded) {
    return FormData.parseUrlEncoded(urlEncoded);
  }

  private static List<String> fields(FormResult<?> result) {
    return assertInstanceOf(FormResult.Refused.class, result).errors().stream()
        .map(e -> ((FieldError) e).fieldId()).toList();
  }

  private IntelligenceItem i1() {
    return ports.intelligence().item(IntelligenceId.of("I-1")).orElseThrow();
  }

  /** A complete triage form records the triage with who recorded it (004 §4.3). */
  @Test
  void aCompleteTriageFormRecordsTheTriage() {
    FormResult<IntelligenceItem> r = new TriageForm(ports.intelligence()).submit(Fixtures.TRUST,
        "I-1", form("on=2025-06-24&outcome=ESCALATE&credible=yes"), "m.ellery", TODAY);
    Triage expected = Triage.of(LocalDate.of(2025, 6, 24), TriageOutcome.ESCALATE, true);
    IntelligenceItem triaged = (IntelligenceItem) assertInstanceOf(FormResult.Accepted.class, r)
        .value();
    assertEquals(Optional.of(expected), triaged.triage());
    assertEquals(Optional.of(expected), i1().triage());
  }

  /**
   * Every bad field is named at once with its value, and nothing is written: a date after today,
   * an outcome that is not one, a credibility that is not yes or no.
   */
  @Test
  void aBadTriageFormNamesEveryFieldAndValueAndWritesNothing() {
    FormResult<IntelligenceItem> r = new TriageForm(ports.intelligence()).submit(Fixtures.TRUST,
        "I-1", form("on=2025-07-02&outcome=IGNORE&credible=maybe"), "m.ellery", TODAY);
    assertEquals(List.of("on", "outcome", "credible"), fields(r));
    String messages = ((FormResult.Refused<?>) r).errors().toString();
    assertTrue(messages.contains("2025-07-02") && messages.contains("\"IGNORE\"")
        && messages.contains("\"maybe\""), messages);
    assertEquals(Optional.empty(), i1().triage());
  }

  /**
   * A triage posted under one provider's page never reaches another provider's item (hazard H13),
   * nor an item that does not exist; a triage dated before the item was received, or of an item
   * already triaged, is refused.
   */
  @Test
  void aTriageIsRefusedForAnotherProvidersItemAnEarlyDateOrASecondTime() {
    TriageForm triage = new TriageForm(ports.intelligence());
    FormData ok = form("on=2025-06-24&outcome=MONITOR&credible=yes");
    assertEquals(List.of("item"), fields(triage.submit(Fixtures.HOME, "I-1", ok, "m", TODAY)));
    assertEquals(List.of("item"), fields(triage.submit(Fixtures.TRUST, "I-404", ok, "m", TODAY)));
    assertEquals(List.of("item"), fields(triage.submit(Fixtures.TRUST, "<bad id>", ok, "m",
        TODAY)));
    assertEquals(List.of("on"), fields(triage.submit(Fixtures.TRUST, "I-1",
        form("on=2025-06-09&outcome=MONITOR&credible=yes"), "m", TODAY)));
    assertEquals(Optional.empty(), i1().triage());
    assertEquals(List.of("outcome"), fields(triage.submit(Fixtures.TRUST, "I-3", ok, "m",
        TODAY)), "I-3 was triaged on 17 June");
  }

  /**
   * An action is recorded for the page's provider and completed once; a completion after today,
   * of another provider's action, or a second one is refused and changes nothing.
   */
  @Test
  void anActionIsRecordedAndCompletedOnce() {
    ActionForms forms = new ActionForms(ports.actions());
    ImprovementAction added = (ImprovementAction) assertInstanceOf(FormResult.Accepted.class,
        forms.add(Fixtures.TRUST, form("description=Audit+pain+relief&owner=Matron"
            + "&due=2025-08-31"))).value();
    assertEquals(Optional.of(added), ports.actions().action(added.id()));
    assertEquals(Fixtures.TRUST, added.provider());

    assertEquals(List.of("description", "owner", "due"),
        fields(forms.add(Fixtures.TRUST, form("description=&owner=&due=31/08/2025"))));
    assertEquals(List.of("completed"), fields(forms.complete(Fixtures.TRUST, "A-1",
        form("completed=2025-07-02"), TODAY)));
    assertEquals(List.of("action"), fields(forms.complete(Fixtures.HOME, "A-1",
        form("completed=2025-06-30"), TODAY)));
    assertEquals(Optional.empty(), ports.actions().action(ActionId.of("A-1")).orElseThrow()
        .completed());

    assertInstanceOf(FormResult.Accepted.class, forms.complete(Fixtures.TRUST, "A-1",
        form("completed=2025-06-30"), TODAY));
    assertEquals(List.of("completed"), fields(forms.complete(Fixtures.TRUST, "A-1",
        form("completed=2025-07-01"), TODAY)));
    assertEquals(Optional.of(LocalDate.of(2025, 6, 30)),
        ports.actions().action(ActionId.of("A-1")).orElseThrow().completed());
    assertEquals(3, ports.actions().actions().size(), "A-1, A-2 and the one added");
  }

  /**
   * A system risk (004 §4.3-4.4) is added with no provider; a provider's risk with its code; an
   * unknown provider and a score outside 1-5 (NPSA 2008) are refused and nothing is added.
   */
  @Test
  void aSystemRiskIsAddedWithoutAProvider() {
    RiskForm risks = new RiskForm(ports.risks(), ports.directory());
    String fields = "&title=Discharge+delays&domain=SAFE&owner=ICB+Chief+Nurse&likelihood=4"
        + "&consequence=3";
    Risk system = (Risk) assertInstanceOf(FormResult.Accepted.class,
        risks.add(form("provider=system" + fields), TODAY)).value();
    assertEquals(Optional.empty(), ports.risks().risk(system.id()).orElseThrow().provider());
    assertEquals(Optional.of(TODAY), system.lastReviewed());
    Risk trust = (Risk) assertInstanceOf(FormResult.Accepted.class,
        risks.add(form("provider=RH5" + fields), TODAY)).value();
    assertEquals(Optional.of(Fixtures.TRUST), trust.provider());

    int before = ports.risks().risks().size();
    assertEquals(List.of("provider", "likelihood", "consequence"), fields(risks.add(
        form("provider=XYZ&title=T&domain=SAFE&owner=O&likelihood=0&consequence=six"), TODAY)));
    assertEquals(before, ports.risks().risks().size());
  }

  /**
   * For every value of the meeting field: none ("") and each meeting's name are accepted as that
   * meeting, and anything else is refused naming the field and the value.
   */
  @Property(tries = 1_000)
  void theMeetingFieldAcceptsExactlyTheMeetingsOrNone(@ForAll("meetings") String value) {
    FormResult<Optional<Meeting>> r = MeetingField.read(FormData.parseUrlEncoded("meeting="
        + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
    String trimmed = value.trim();
    Optional<Meeting> expected = java.util.Arrays.stream(Meeting.values())
        .filter(m -> m.name().equals(trimmed)).findFirst();
    if (trimmed.isEmpty() || expected.isPresent()) {
      assertEquals(new FormResult.Accepted<>(expected), r);
    } else {
      FieldError e = (FieldError) assertInstanceOf(FormResult.Refused.class, r).errors().get(0);
      assertEquals("meeting", e.fieldId());
      assertTrue(e.message().contains(trimmed), e.message());
    }
  }

  @Provide
  Arbitrary<String> meetings() {
    return Arbitraries.oneOf(Arbitraries.of(Meeting.class).map(Enum::name),
        Arbitraries.strings().ofMaxLength(20), Arbitraries.just(""));
  }
}
