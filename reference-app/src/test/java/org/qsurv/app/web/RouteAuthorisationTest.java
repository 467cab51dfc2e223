package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qsurv.app.port.User;
import org.qsurv.app.web.html.Xhtml;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.QsurvRoutes;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.Scope;
import org.qsurv.evaluation.PolicyProfiles;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Role;

/**
 * Walks every route of {@link WebRoutes} with a user of every role, and with no user, against
 * the running server, and checks who gets what: anonymous users are sent to sign in; a role the
 * route does not list gets 403 before any handler runs; a provider user gets 403 for any other
 * provider's pages (a local choice); everyone else reaches the page. Also: a provider user never
 * sees sensitive soft intelligence, and a form without the session's CSRF token is refused.
 */
class RouteAuthorisationTest {
  private static TestApp app;
  private static OrganisationCode own;
  private static OrganisationCode other;
  private static long pack;

  @BeforeAll
  static void start() {
    app = new TestApp();
    own = app.ports.directory().user("j.pike").orElseThrow().organisation();
    pack = new org.qsurv.app.report.BoardPacks(app.ports, app.boardPacks,
        PolicyProfiles.nhsDefaults()).make("test").id();
    other = app.ports.directory().providers().stream().map(Provider::code)
        .filter(c -> !c.equals(own)).findFirst().orElseThrow();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String path(Route route, OrganisationCode provider) {
    String indicator = app.ports.observations().indicators().get(0).id().value();
    String risk = app.ports.risks().risks().get(0).id().value();
    return route.pattern().replace("{provider}", provider.value())
        .replace("{indicator}", indicator).replace("{risk}", risk)
        .replace("{item}", app.ports.intelligence().intelligence().get(0).id().value())
        .replace("{action}", "A-1")
        .replace("{visit}", app.ports.visits().visits().get(0).id().value())
        .replace("{incident}", app.ports.incidents().incidents().get(0).id().value())
        .replace("{asset}", "qsurv.css").replace("{pack}", Long.toString(pack));
  }

  /** Every route, sign-out last (it ends the session the walk uses). */
  private static List<Route> routes() {
    return WebRoutes.table().routes().stream()
        .sorted(Comparator.comparing((Route r) -> r.pattern().equals(QsurvRoutes.SIGN_OUT)))
        .toList();
  }

  /**
   * The routes are declared once ({@link WebRoutes}): the application registers exactly the
   * routes of its table, each with a page, and no page without a table entry.
   */
  @Test
  void everyRegisteredRouteHasATableEntryAndEveryTableEntryIsRegistered() {
    assertEquals(Set.copyOf(WebRoutes.table().routes()), app.app.registered().keySet());
    assertEquals(WebRoutes.table().routes().size(), app.app.registered().size());
  }

  @TestFactory
  Stream<DynamicTest> anonymousUsersAreSentToSignInForEveryNonPublicRoute() {
    return routes().stream().map(route -> DynamicTest.dynamicTest("anonymous " + route,
        () -> {
          TestApp.Client c = app.anonymous();
          HttpResponse<String> r = send(c, route, path(route, own));
          if (route.scope() == Scope.PUBLIC) {
            int expected = route.method() == HttpMethod.POST ? 403 : 200;
            assertEquals(expected, r.statusCode(), "public " + route);
          } else {
            assertEquals(303, r.statusCode(), route.toString());
            assertEquals(QsurvRoutes.SIGN_IN, r.headers().firstValue("Location").orElse(""));
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyRoleGetsExactlyWhatTheRouteTableGrants() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (User user : app.ports.directory().users()) {
      TestApp.Client c = app.signIn(user.username());
      for (Route route : routes()) {
        if (route.scope() == Scope.PUBLIC) {
          continue;
        }
        List<OrganisationCode> providers = route.scope() == Scope.PROVIDER
            ? List.of(own, other) : List.of(own);
        for (OrganisationCode provider : providers) {
          String path = path(route, provider);
          HttpResponse<String> r = send(c, route, path);
          boolean roleMay = route.roles().contains(user.role());
          boolean orgMay = route.scope() != Scope.PROVIDER || user.role() != Role.PROVIDER
              || provider.equals(user.organisation());
          String name = user.username() + " (" + user.role() + ") " + route.method() + " "
              + path;
          int status = r.statusCode();
          tests.add(DynamicTest.dynamicTest(name, () -> {
            if (route.pattern().equals(QsurvRoutes.SIGN_OUT)) {
              // Signing out ends the session and sends the browser to the sign-in page.
              assertEquals(303, status, name);
            } else if (route.pattern().equals("/") && user.role() == Role.PROVIDER) {
              // The overview is not theirs: a provider user is taken to their own provider.
              assertEquals(303, status, name);
              assertEquals("/providers/" + user.organisation().value(),
                  r.headers().firstValue("Location").orElse(""), name);
            } else if (roleMay && orgMay) {
              assertFalse(Set.of(403, 404, 405, 500).contains(status), name + " got " + status);
              assertFalse(status == 303 && r.headers().firstValue("Location").orElse("")
                  .equals(QsurvRoutes.SIGN_IN), name + " was sent to sign in");
              if (route.method() == HttpMethod.GET) {
                assertEquals(200, status, name);
              }
            } else {
              assertEquals(403, status, name);
            }
          }));
        }
      }
    }
    return tests.stream();
  }

  /**
   * The JSON API's routes ({@link org.qsurv.app.api.ApiRoutes}) walked the same way, with a token
   * of every role (a provider token for its own provider): no token gets 401; a role the route
   * does not list, or a provider token on another provider's path, gets 403 before any endpoint
   * runs; everyone else reaches the endpoint (a read answers 200; a decision with an empty body
   * 400, from the endpoint, not the gate).
   */
  @TestFactory
  Stream<DynamicTest> everyTokenRoleGetsExactlyWhatTheApiRouteTableGrants() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    OrganisationCode icb = OrganisationCode.of(app.ports.directory().commissioner().orElseThrow()
        .code().value());
    for (Role role : Role.values()) {
      OrganisationCode organisation = role == Role.PROVIDER ? own : icb;
      ApiClient c = ApiClient.of(app, app.apiToken("matrix-" + role.name().toLowerCase(),
          role, organisation));
      for (Route route : org.qsurv.app.api.ApiRoutes.table().routes()) {
        if (route.scope() == Scope.PUBLIC) {
          continue;
        }
        List<OrganisationCode> providers = route.scope() == Scope.PROVIDER
            ? List.of(own, other) : List.of(own);
        for (OrganisationCode provider : providers) {
          String path = route.pattern().replace("{provider}", provider.value());
          HttpResponse<String> r = route.method() == HttpMethod.GET ? c.get(path)
              : c.post(path, route.pattern().endsWith("/evaluate") ? ApiTest.SNAPSHOT : "{}");
          HttpResponse<String> anonymous = route.method() == HttpMethod.GET
              ? ApiClient.anonymous(app).get(path) : ApiClient.anonymous(app).post(path, "{}");
          boolean roleMay = route.roles().contains(role);
          boolean orgMay = route.scope() != Scope.PROVIDER || role != Role.PROVIDER
              || provider.equals(own);
          String name = "token " + role + " " + route.method() + " " + path;
          int status = r.statusCode();
          tests.add(DynamicTest.dynamicTest(name, () -> {
            assertEquals(401, anonymous.statusCode(), "no token: " + name);
            if (roleMay && orgMay) {
              int expected = route.method() == HttpMethod.GET
                  || route.pattern().endsWith("/evaluate") ? 200 : 400;
              assertEquals(expected, status, name + ": " + r.body());
            } else {
              assertEquals(403, status, name + ": " + r.body());
            }
          }));
        }
      }
    }
    return tests.stream();
  }

  private static HttpResponse<String> send(TestApp.Client c, Route route, String path)
      throws IOException, InterruptedException {
    return route.method() == HttpMethod.POST ? c.post(path, Map.of()) : c.get(path);
  }

  @Test
  void aProviderUserNeverSeesSensitiveIntelligenceButTheQualityLeadDoes() throws Exception {
    List<IntelligenceItem> sensitive = app.ports.intelligence().intelligence(own).stream()
        .filter(IntelligenceItem::sensitive).toList();
    assertFalse(sensitive.isEmpty(), "the demo data set has sensitive intelligence about " + own);
    String providerView = app.signIn("j.pike").get("/providers/" + own.value()).body();
    String leadView = app.signIn("m.ellery").get("/providers/" + own.value()).body();
    for (IntelligenceItem item : sensitive) {
      String summary = Xhtml.escape(item.summary());
      assertFalse(providerView.contains(summary), "provider user saw: " + item.summary());
      assertTrue(leadView.contains(summary), "quality lead did not see: " + item.summary());
    }
  }

  @Test
  void aProviderUserSeesNoOtherProvidersName() throws Exception {
    String page = app.signIn("j.pike").get("/providers/" + own.value()).body();
    String otherName = app.ports.directory().provider(other).orElseThrow().name();
    assertFalse(page.contains(Xhtml.escape(otherName)));
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    TestApp.Client director = app.signIn("f.hale");
    long before = app.ports.cases().version(org.qsurv.app.cases.SurveillanceCases.caseId(other));
    HttpResponse<String> r = director.postRaw("/escalation/" + other.value() + "/decisions",
        Map.of("decision", "PLACE_ON_ENHANCED", "rationale", "forged", "at", "2025-07-01"));
    assertEquals(403, r.statusCode());
    HttpResponse<String> wrong = director.postRaw("/escalation/" + other.value() + "/decisions",
        Map.of("csrf-token", "not-the-token", "decision", "PLACE_ON_ENHANCED", "rationale",
            "forged", "at", "2025-07-01"));
    assertEquals(403, wrong.statusCode());
    assertEquals(before,
        app.ports.cases().version(org.qsurv.app.cases.SurveillanceCases.caseId(other)));
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    TestApp.Client viewer = app.signIn("c.tamar");
    assertEquals(200, viewer.get("/").statusCode());
    String cookie = viewer.cookie;
    assertEquals(303, viewer.post(QsurvRoutes.SIGN_OUT, Map.of()).statusCode());
    viewer.cookie = cookie; // the old cookie, replayed, no longer signs anyone in
    HttpResponse<String> after = viewer.get("/");
    assertEquals(303, after.statusCode());
    assertEquals(Optional.of(QsurvRoutes.SIGN_IN), after.headers().firstValue("Location"));
  }
}
