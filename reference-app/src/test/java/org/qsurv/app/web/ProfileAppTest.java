package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsurv.app.Fixtures;
import org.qsurv.app.cases.SurveillanceCases;
import org.qsurv.app.export.StoredSnapshot;
import org.qsurv.app.port.DataVersion;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.authority.Grant;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.evaluation.PolicyProfile;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotWriter;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.assessment.AssessmentWriter;

/**
 * The reference app runs under a named policy profile ({@code serve --profile}, hazard H44): it
 * evaluates everything under it, its escalation forms and API decide under the profile's authority
 * table, and its pages lead with the profile's main view: the level of assurance under the
 * Cannock Chase profile (001 §7.0-7.1: the quality monitoring and assurance framework's three
 * levels of assurance), the level of surveillance otherwise (NQB 2022). Every page says which
 * profile it was evaluated under.
 */
class ProfileAppTest {
  private static final String LEAD = "m.ellery";
  private static final String DIRECTOR = "f.hale";
  private static final String REGION = "p.lanyon";
  private static final String CANNOCK = "cannock-chase-qs-2012";

  private static TestApp national;
  private static TestApp cannock;

  @BeforeAll
  static void start() {
    national = new TestApp();
    cannock = new TestApp(profile(CANNOCK));
  }

  @AfterAll
  static void stop() {
    national.close();
    cannock.close();
  }

  private static PolicyProfile profile(String name) {
    return PolicyProfiles.named(name).orElseThrow();
  }

  static List<PolicyProfile> profiles() {
    return PolicyProfiles.all();
  }

  private static String page(TestApp app, String user, String path) throws Exception {
    HttpResponse<String> r = app.signIn(user).get(path);
    assertEquals(200, r.statusCode(), path);
    return r.body();
  }

  /** The first routine provider with indicators: its page has every section. */
  private static OrganisationCode provider(TestApp app) {
    return app.app.assessments().current().providers().stream()
        .filter(p -> p.level() == Level.ROUTINE && !p.quality().indicators().isEmpty())
        .findFirst().orElseThrow().code();
  }

  private static int at(String html, String text) {
    int i = html.indexOf(text);
    assertTrue(i >= 0, "the page has " + text);
    return i;
  }

  // ------------------------------------------------------------ the main view (001 §7.0-7.1)

  /**
   * 001 §7.0-7.1: under the Cannock Chase profile the providers page shows the level of
   * assurance as its first judgement column, the level of surveillance beside it, and each row
   * the same; the overview counts providers by level of assurance before by level of
   * surveillance.
   */
  @Test
  void underCannockChaseTheDashboardLeadsWithTheLevelOfAssurance() throws Exception {
    String html = page(cannock, LEAD, "/providers");
    assertTrue(at(html, ">Level of assurance<") < at(html, ">Level of surveillance<"), html);
    int row = at(html, "<td class=\"level-of-assurance\">");
    String cells = html.substring(row, html.indexOf("</tr>", row));
    assertTrue(cells.matches("(?s)<td class=\"level-of-assurance\">Level [123]</td><td>.*"
        + "(Routine|Enhanced|Intensive).*"), cells);

    String overview = page(cannock, LEAD, "/");
    assertTrue(at(overview, "Providers by level of assurance")
        < at(overview, "Providers by level of surveillance"), overview);
  }

  /**
   * 001 §7.0-7.1: under the Cannock Chase profile a provider's page opens with its level of
   * assurance, its basis and what would move it, above its level of surveillance.
   */
  @Test
  void underCannockChaseTheProviderPageLeadsWithTheLevelOfAssurance() throws Exception {
    String html = page(cannock, LEAD, "/providers/" + provider(cannock).value());
    int assurance = at(html, "<h2 id=\"assurance\">Level of assurance</h2>");
    assertTrue(assurance < at(html, "What would move it:"));
    assertTrue(at(html, "What would move it:") < at(html, " · level of surveillance "), html);
    assertTrue(at(html, "<main") < assurance);
  }

  /** NQB 2022: under nhs-defaults the pages lead with the level of surveillance, as before. */
  @Test
  void underTheNationalDefaultsThePagesLeadWithTheLevelOfSurveillance() throws Exception {
    String providers = page(national, LEAD, "/providers");
    assertFalse(providers.contains("Level of assurance"), providers);
    assertTrue(providers.contains(">Level<"), providers);
    assertFalse(page(national, LEAD, "/").contains("Providers by level of assurance"));

    String html = page(national, LEAD, "/providers/" + provider(national).value());
    assertTrue(at(html, " · level <") < at(html, "<h2 id=\"assurance\">Level of assurance</h2>"),
        html);
  }

  /**
   * Every page says the profile it was evaluated under, by title and name: the pages, the sign-in
   * page and the page a refused address answers.
   */
  @Test
  void everyPageSaysTheProfileItWasEvaluatedUnder() throws Exception {
    String line = "Evaluated under the policy profile Cannock Chase CCG Quality Strategy 2012"
        + " (<code>cannock-chase-qs-2012</code>).";
    for (String path : List.of("/", "/providers", "/tracker", "/risks", "/reports/quality")) {
      assertTrue(page(cannock, LEAD, path).contains(line), path);
    }
    assertTrue(cannock.anonymous().get("/sign-in").body().contains(line));
    HttpResponse<String> missing = cannock.signIn(LEAD).get("/no-such-page");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains(line), missing.body());
    assertTrue(page(national, LEAD, "/").contains("(<code>nhs-defaults</code>)"));
  }

  // ------------------------------------------------------------ the evaluation

  /**
   * The app's evaluation under each profile is {@code SnapshotEvaluator.evaluate(snapshot,
   * profile)} of the snapshot it exports, byte for byte (the control of H44 beside H30's for the
   * defaults): the assessments behind the pages, reports and API.
   */
  @ParameterizedTest
  @MethodSource("profiles")
  void theAppsEvaluationUnderAProfileIsTheEvaluatorsOfTheExportedSnapshot(PolicyProfile profile) {
    Assessments assessments = new Assessments(national.ports, DataVersion.unchanging(), profile);
    Snapshot exported = StoredSnapshot.asOf(national.ports, assessments.today());
    assertEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(exported, profile)),
        AssessmentWriter.write(assessments.current()), profile.name());
  }

  /**
   * The running app evaluates under its profile, not the defaults: the Cannock Chase app's
   * assessment is the evaluator's under that profile; and on the demo data Dorset's monthly
   * risk reviews (000 §6.5) give another assessment than the defaults, so the comparison above
   * would see a profile ignored.
   */
  @Test
  void theRunningAppEvaluatesUnderItsOwnProfile() {
    Snapshot exported = StoredSnapshot.asOf(cannock.ports, cannock.app.assessments().today());
    assertEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(exported, profile(CANNOCK))),
        AssessmentWriter.write(cannock.app.assessments().current()));
    assertEquals(CANNOCK, cannock.app.profile().name());

    Snapshot demo = StoredSnapshot.asOf(national.ports, national.app.assessments().today());
    assertNotEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(demo,
        profile(PolicyProfiles.DEFAULT))), AssessmentWriter.write(SnapshotEvaluator.evaluate(
        demo, profile("dorset-qf-2018"))));
  }

  /**
   * The API evaluates a sent snapshot under the server's profile unless {@code ?profile=} names
   * one (docs/api.md); its reads are the server's assessment.
   */
  @Test
  void theApiEvaluatesUnderTheServersProfileUnlessTheRequestNamesOne() throws Exception {
    OrganisationCode icb = commissioner(cannock);
    String token = cannock.apiToken("lead", Role.ICB_QUALITY_LEAD, icb);
    Snapshot snapshot = Fixtures.workflows();
    String body = SnapshotWriter.write(snapshot);
    HttpResponse<String> server = ApiClient.of(cannock, token).post("/api/v1/evaluate", body);
    assertEquals(200, server.statusCode(), server.body());
    assertEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot, profile(CANNOCK))),
        server.body());
    HttpResponse<String> named = ApiClient.of(cannock, token).post(
        "/api/v1/evaluate?profile=dorset-qf-2018", body);
    assertEquals(200, named.statusCode(), named.body());
    assertEquals(AssessmentWriter.write(SnapshotEvaluator.evaluate(snapshot,
        profile("dorset-qf-2018"))), named.body());
    assertNotEquals(server.body(), named.body(), "the two profiles judge the fixture apart");
  }

  // ------------------------------------------------------------ the authority table

  /**
   * A local profile whose authority table differs from the national one where the national
   * rules leave room (SNAPSHOT.md's table; 003 §5.2.1 and 004 §4.4 allow an ICB director or NHS
   * England to place a provider on enhanced surveillance; 003 Appendix 2 a rapid response review
   * by either): NHS England may place on enhanced, and only NHS England calls a rapid response
   * review. No shipped profile changes the table (docs/profiles.md), so the test builds one.
   */
  private static PolicyProfile localAuthority() {
    AuthorityTable table = AuthorityTable.nhsDefaults()
        .with(Grant.of(CaseAction.PLACE_ON_ENHANCED, Role.ICB_DIRECTOR, Role.NHSE_REGION))
        .with(Grant.of(CaseAction.CALL_RAPID_RESPONSE_REVIEW, Role.NHSE_REGION));
    return PolicyProfile.builder().from(profile(PolicyProfiles.DEFAULT)).name("local-authority")
        .title("A local authority table").escalation(EscalationPolicy.builder()
            .authority(table).build()).build();
  }

  /**
   * The web form and the API decide under the profile's authority table: under the local
   * profile NHS England places a provider on enhanced surveillance through both, and an ICB
   * director may no longer post the rapid response review form; under nhs-defaults the same
   * decision by NHS England is refused (422 on the form, 403 NOT_AUTHORISED on the API).
   */
  @Test
  void theProfilesAuthorityTableDecidesTheFormsAndTheApi() throws Exception {
    try (TestApp local = new TestApp(localAuthority())) {
      List<OrganisationCode> routine = local.app.assessments().current().providers().stream()
          .filter(p -> p.level() == Level.ROUTINE)
          .map(p -> p.code()).filter(c -> version(local, c) == 0).limit(3).toList();
      TestApp.Client region = local.signIn(REGION);
      HttpResponse<String> placed = region.post("/escalation/" + routine.get(0).value()
          + "/decisions", Map.of("decision", "PLACE_ON_ENHANCED", "rationale",
              "Two never events in a quarter", "at", "2025-07-01",
              "provider", routine.get(0).value()));
      assertEquals(303, placed.statusCode(), placed.body());
      assertEquals(Level.ENHANCED, new SurveillanceCases(local.ports.cases(),
          localAuthority().escalation()).load(routine.get(0)).state().level());

      OrganisationCode icb = commissioner(local);
      String token = local.apiToken("region", Role.NHSE_REGION, icb);
      HttpResponse<String> api = ApiClient.of(local, token).post("/api/v1/providers/"
          + routine.get(1).value() + "/decisions", "{\"decision\": \"PLACE_ON_ENHANCED\","
          + " \"rationale\": \"Two never events in a quarter\"}");
      assertEquals(201, api.statusCode(), api.body());

      HttpResponse<String> review = local.signIn(DIRECTOR).post("/escalation/"
          + routine.get(2).value() + "/rapid-response-reviews", Map.of("rationale", "r",
              "at", "2025-07-01", "provider", routine.get(2).value()));
      assertEquals(403, review.statusCode(), review.body());
    }

    OrganisationCode provider = national.app.assessments().current().providers().stream()
        .filter(p -> p.level() == Level.ROUTINE).map(p -> p.code())
        .filter(c -> version(national, c) == 0).findFirst().orElseThrow();
    HttpResponse<String> refused = national.signIn(REGION).post("/escalation/"
        + provider.value() + "/decisions", Map.of("decision", "PLACE_ON_ENHANCED", "rationale",
            "r", "at", "2025-07-01", "provider", provider.value()));
    assertEquals(422, refused.statusCode(), refused.body());
    OrganisationCode icb = commissioner(national);
    HttpResponse<String> api = ApiClient.of(national, national.apiToken("region",
        Role.NHSE_REGION, icb)).post("/api/v1/providers/" + provider.value() + "/decisions",
        "{\"decision\": \"PLACE_ON_ENHANCED\", \"rationale\": \"r\"}");
    assertEquals(403, api.statusCode(), api.body());
    assertTrue(api.body().contains("NOT_AUTHORISED"), api.body());
    assertEquals(0, version(national, provider), "nothing was written");
  }

  private static OrganisationCode commissioner(TestApp app) {
    return OrganisationCode.of(app.ports.directory().commissioner().orElseThrow().code().value());
  }

  private static long version(TestApp app, OrganisationCode provider) {
    return app.ports.cases().version(SurveillanceCases.caseId(provider));
  }
}
