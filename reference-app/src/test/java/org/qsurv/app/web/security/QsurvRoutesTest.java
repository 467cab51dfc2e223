package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.qsurv.app.web.WebRoutes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.security.AccessDecision.Outcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * Walks every route of the application with every role (and with nobody signed in), and for a
 * provider user both their own provider and another, asserting who gets what. The expectation is
 * written out here independently of {@link WebRoutes}: a route added there without a line here
 * fails the test.
 */
class QsurvRoutesTest {
  // Who may use each route: the application's access policy, read as a table.
  // QL = ICB_QUALITY_LEAD, DIR = ICB_DIRECTOR, REG = NHSE_REGION, PRV = PROVIDER, VWR = VIEWER.
  private static final String EXPECTED = """
      GET  /sign-in                                         public
      POST /sign-in                                         public
      GET  /static/{asset}                                  public
      GET  /health                                          public
      POST /sign-out                                        QL DIR REG PRV VWR
      GET  /                                                QL DIR REG VWR
      GET  /providers                                       QL DIR REG VWR
      GET  /providers/{provider}                            QL DIR REG PRV VWR
      GET  /providers/{provider}/indicators/{indicator}     QL DIR REG PRV VWR
      POST /providers/{provider}/indicators/{indicator}/recalculations QL DIR
      POST /providers/{provider}/indicators/{indicator}/annotations QL DIR
      POST /providers/{provider}/intelligence               QL DIR
      POST /providers/{provider}/intelligence/{item}/triage QL DIR
      POST /providers/{provider}/actions                    QL DIR
      POST /providers/{provider}/actions/{action}/completion QL DIR
      POST /providers/{provider}/ratings                    QL DIR
      POST /providers/{provider}/visits                     QL DIR
      POST /providers/{provider}/visits/{visit}/done        QL DIR
      POST /providers/{provider}/visits/{visit}/cancellation QL DIR
      POST /providers/{provider}/incidents                  QL DIR
      POST /providers/{provider}/incidents/{incident}/response QL DIR
      POST /providers/{provider}/incidents/{incident}/review QL DIR
      POST /providers/{provider}/incidents/{incident}/resubmission QL DIR
      POST /providers/{provider}/incidents/{incident}/sign-off QL DIR
      POST /providers/{provider}/meetings                   QL DIR
      POST /providers/{provider}/meeting-actions/{action}/completion QL DIR
      POST /providers/{provider}/deep-dives                 DIR
      GET  /risks                                           QL DIR REG VWR
      GET  /risks.csv                                       QL DIR REG VWR
      GET  /risks/{risk}                                    QL DIR REG VWR
      POST /risks                                           QL DIR
      POST /risks/{risk}/reviews                            QL DIR
      GET  /escalation                                      QL DIR REG VWR
      GET  /escalation/{provider}                           QL DIR REG PRV VWR
      POST /escalation/{provider}/decisions                 DIR REG
      POST /escalation/{provider}/steps                     QL DIR
      POST /escalation/{provider}/feedback-responses        QL PRV
      POST /escalation/{provider}/plan-actions              QL PRV
      POST /escalation/{provider}/accepted-triggers         QL DIR REG
      POST /escalation/{provider}/key-risks                 QL DIR REG
      POST /escalation/{provider}/action-evidence           QL PRV
      POST /escalation/{provider}/action-sign-offs          QL DIR
      POST /escalation/{provider}/action-closures           DIR
      POST /escalation/{provider}/meetings                  REG
      POST /escalation/{provider}/quality-risk-profile-requests REG
      POST /escalation/{provider}/quality-risk-profiles     QL DIR REG
      POST /escalation/{provider}/rapid-response-reviews    DIR REG
      POST /escalation/{provider}/levers                    QL DIR
      POST /escalation/{provider}/corrections               QL DIR REG
      GET  /tracker                                         QL DIR REG VWR
      GET  /reports/quality                                 QL DIR REG VWR
      GET  /reports/icon-matrix                             QL DIR REG VWR
      GET  /reports/icon-matrix.csv                         QL DIR REG VWR
      GET  /reports/directors                               QL DIR
      GET  /reports/qsg-agenda                              QL DIR
      GET  /reports/host-notes                              QL DIR
      GET  /board-packs                                     QL DIR REG VWR
      POST /board-packs                                     QL DIR
      GET  /board-packs/{pack}/pdf                          QL DIR REG VWR
      GET  /board-packs/{pack}/snapshot                     QL DIR REG VWR
      GET  /audit                                           QL DIR REG VWR
      GET  /audit/{provider}                                QL DIR REG VWR
      GET  /reminders                                       QL DIR REG VWR
      GET  /import                                          QL DIR
      POST /import                                          QL DIR
      POST /import/confirm                                  QL DIR
      """;

  private static final OrganisationCode OWN = OrganisationCode.of("RH5");
  private static final OrganisationCode OTHER = OrganisationCode.of("RA7");
  private static final Map<String, Role> ABBREVIATIONS = Map.of("QL", Role.ICB_QUALITY_LEAD,
      "DIR", Role.ICB_DIRECTOR, "REG", Role.NHSE_REGION, "PRV", Role.PROVIDER, "VWR", Role.VIEWER);

  private final RouteTable table = WebRoutes.table();

  @Test
  void everyRouteIsInTheExpectedTableAndNoOther() {
    Set<String> declared = table.routes().stream().map(Route::toString)
        .collect(Collectors.toSet());
    assertEquals(expected().keySet(), declared);
  }

  /**
   * With single sign-on configured the table adds exactly its two routes, both public (nobody is
   * signed in yet when they are used); without it they do not exist.
   */
  @Test
  void singleSignOnAddsItsTwoPublicRoutesAndNothingElse() {
    Set<String> declared = WebRoutes.table(true).routes().stream().map(Route::toString)
        .collect(Collectors.toSet());
    Set<String> expected = new HashSet<>(expected().keySet());
    expected.add("GET /auth/oidc/start");
    expected.add("GET /auth/oidc/callback");
    assertEquals(expected, declared);
    for (String path : List.of("/auth/oidc/start", "/auth/oidc/callback")) {
      assertEquals(Outcome.ALLOWED, WebRoutes.table(true).decide(HttpMethod.GET, path,
          Optional.empty()).outcome(), path);
      assertEquals(Outcome.NOT_FOUND, WebRoutes.table(false).decide(HttpMethod.GET, path,
          Optional.empty()).outcome(), path);
    }
  }

  @Test
  void everyRouteWithEveryRoleGetsWhatTheTableSays() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, Optional<Set<Role>>> line : expected().entrySet()) {
      String[] methodAndPattern = line.getKey().split(" ");
      HttpMethod method = HttpMethod.valueOf(methodAndPattern[0]);
      String pattern = methodAndPattern[1];
      Optional<Set<Role>> admitted = line.getValue();

      // Nobody signed in.
      checked++;
      expect(mismatches, method, path(pattern, OTHER), Optional.empty(),
          admitted.isEmpty() ? Outcome.ALLOWED : Outcome.SIGN_IN_REQUIRED);

      for (Role role : Role.values()) {
        CurrentUser user = userWith(role);
        for (OrganisationCode provider : List.of(OWN, OTHER)) {
          checked++;
          Outcome outcome;
          if (admitted.isEmpty()) {
            outcome = Outcome.ALLOWED;
          } else if (!admitted.get().contains(role)) {
            outcome = Outcome.FORBIDDEN;
          } else if (role == Role.PROVIDER && pattern.contains("{provider}")
              && !provider.equals(OWN)) {
            outcome = Outcome.FORBIDDEN; // a provider user only ever sees their own provider
          } else {
            outcome = Outcome.ALLOWED;
          }
          expect(mismatches, method, path(pattern, provider), Optional.of(user), outcome);
        }
      }
    }
    assertEquals(List.of(), mismatches);
    assertEquals(expected().size() * (1 + Role.values().length * 2), checked);
  }

  @Test
  void aProviderUserIsAdmittedOnlyToRoutesScopedToTheirOwnProvider() {
    // A local choice: the provider sees its own data only; the table cannot say otherwise.
    for (Route route : table.routes()) {
      if (route.roles().contains(Role.PROVIDER)) {
        assertEquals(true, route.scope() == Scope.PROVIDER || route.scope() == Scope.USER,
            route.toString());
      }
    }
  }

  @Test
  void headRequestsFollowTheGetRoute() {
    assertEquals(Outcome.ALLOWED, table.decide(HttpMethod.HEAD, "/risks",
        Optional.of(userWith(Role.VIEWER))).outcome());
    assertEquals(Outcome.FORBIDDEN, table.decide(HttpMethod.HEAD, "/risks",
        Optional.of(userWith(Role.PROVIDER))).outcome());
  }

  @Test
  void aProviderUserLandsOnTheirOwnProvider() {
    assertEquals("/providers/RH5", QsurvRoutes.landingPath(userWith(Role.PROVIDER)));
    assertEquals("/", QsurvRoutes.landingPath(userWith(Role.VIEWER)));
    assertEquals(true, table.permits(Optional.of(userWith(Role.PROVIDER)), HttpMethod.GET,
        QsurvRoutes.landingPath(userWith(Role.PROVIDER))));
  }

  private void expect(List<String> mismatches, HttpMethod method, String path,
      Optional<CurrentUser> user, Outcome expected) {
    Outcome actual = table.decide(method, path, user).outcome();
    if (actual != expected) {
      mismatches.add(method + " " + path + " as "
          + user.map(u -> u.role() + "@" + u.organisation()).orElse("nobody")
          + ": expected " + expected + " but was " + actual);
    }
  }

  private static CurrentUser userWith(Role role) {
    OrganisationCode organisation = role == Role.PROVIDER ? OWN : OrganisationCode.of("QSL");
    return new CurrentUser(role.name().toLowerCase().replace('_', '-'), "Demo " + role, role,
        organisation);
  }

  private static String path(String pattern, OrganisationCode provider) {
    return pattern.replace("{provider}", provider.value())
        .replace("{indicator}", "shmi")
        .replace("{risk}", "R-1")
        .replace("{asset}", "qsurv.css");
  }

  /** Route to the roles admitted, or empty for a public route. */
  private static Map<String, Optional<Set<Role>>> expected() {
    Map<String, Optional<Set<Role>>> lines = new LinkedHashMap<>();
    EXPECTED.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(l -> {
      String[] words = l.split("\\s+");
      String route = words[0] + " " + words[1];
      if (words[2].equals("public")) {
        lines.put(route, Optional.empty());
      } else {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 2; i < words.length; i++) {
          roles.add(ABBREVIATIONS.get(words[i]));
        }
        lines.put(route, Optional.of(roles));
      }
    });
    return lines;
  }
}
