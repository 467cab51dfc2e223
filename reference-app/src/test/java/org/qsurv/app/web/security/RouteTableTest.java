package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.security.AccessDecision.Outcome;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

class RouteTableTest {
  private static final CurrentUser DIRECTOR =
      new CurrentUser("dir", "Director", Role.ICB_DIRECTOR, OrganisationCode.of("QSL"));
  private static final CurrentUser PROVIDER_USER =
      new CurrentUser("rh5", "Provider", Role.PROVIDER, OrganisationCode.of("RH5"));

  private final RouteTable table = RouteTable.of(
      Route.publicRoute(HttpMethod.GET, "/sign-in"),
      Route.of(HttpMethod.GET, "/risks", Scope.SYSTEM, Role.ICB_DIRECTOR),
      Route.of(HttpMethod.GET, "/providers/{provider}", Scope.PROVIDER, Role.values()),
      Route.of(HttpMethod.POST, "/providers/{provider}/notes", Scope.PROVIDER, Role.ICB_DIRECTOR));

  @Test
  void aPathNoRouteMatchesIsRefusedWhoeverAsks() {
    for (String path : List.of("/admin", "/risks/extra", "/providers", "/providers/RH5/x")) {
      assertEquals(Outcome.NOT_FOUND, outcome(HttpMethod.GET, path, Optional.of(DIRECTOR)), path);
      assertEquals(Outcome.NOT_FOUND, outcome(HttpMethod.GET, path, Optional.empty()), path);
    }
  }

  @Test
  void anEmptyTableRefusesEverything() {
    RouteTable empty = RouteTable.of();
    assertEquals(Outcome.NOT_FOUND,
        empty.decide(HttpMethod.GET, "/", Optional.of(DIRECTOR)).outcome());
  }

  @Test
  void aKnownPathWithAnotherMethodIsRefused() {
    assertEquals(Outcome.METHOD_NOT_ALLOWED,
        outcome(HttpMethod.POST, "/risks", Optional.of(DIRECTOR)));
    assertEquals(405, table.decide(HttpMethod.POST, "/risks", Optional.of(DIRECTOR))
        .outcome().status());
  }

  @Test
  void aRoleTheRouteDoesNotListIsForbidden() {
    CurrentUser viewer = new CurrentUser("v", "Viewer", Role.VIEWER, OrganisationCode.of("QSL"));
    assertEquals(Outcome.FORBIDDEN, outcome(HttpMethod.GET, "/risks", Optional.of(viewer)));
    assertEquals(Outcome.ALLOWED, outcome(HttpMethod.GET, "/risks", Optional.of(DIRECTOR)));
  }

  @Test
  void nobodySignedInMustSignInExceptOnPublicRoutes() {
    assertEquals(Outcome.SIGN_IN_REQUIRED, outcome(HttpMethod.GET, "/risks", Optional.empty()));
    assertEquals(Outcome.ALLOWED, outcome(HttpMethod.GET, "/sign-in", Optional.empty()));
  }

  @Test
  void aProviderUserSeesOnlyTheirOwnProvider() {
    assertEquals(Outcome.ALLOWED,
        outcome(HttpMethod.GET, "/providers/RH5", Optional.of(PROVIDER_USER)));
    assertEquals(Outcome.FORBIDDEN,
        outcome(HttpMethod.GET, "/providers/RA7", Optional.of(PROVIDER_USER)));
    assertEquals(Outcome.ALLOWED, outcome(HttpMethod.GET, "/providers/RA7", Optional.of(DIRECTOR)));
  }

  @Test
  void theProviderInThePathIsDecodedBeforeTheScopeCheck() {
    assertEquals(Outcome.ALLOWED,
        outcome(HttpMethod.GET, "/providers/%52H5", Optional.of(PROVIDER_USER)));
    AccessDecision decision =
        table.decide(HttpMethod.GET, "/providers/1-101234567", Optional.of(DIRECTOR));
    assertEquals(Optional.of("1-101234567"), decision.pathVariable("provider"));
  }

  @Test
  void aPathVariableThatIsNoOrganisationCodeIsNotFound() {
    assertEquals(Outcome.NOT_FOUND,
        outcome(HttpMethod.GET, "/providers/rh5", Optional.of(DIRECTOR)));
    assertEquals(Outcome.NOT_FOUND,
        outcome(HttpMethod.GET, "/providers/%3Cscript%3E", Optional.of(DIRECTOR)));
  }

  @Test
  void malformedPathsAreRefusedNotNormalised() {
    for (String path : List.of("", "risks", "/risks/", "//risks", "/providers/RH5/../RA7",
        "/providers/..", "/providers/%2e%2e", "/providers/RH5%2FRA7", "/providers/%", "/providers/%zz",
        "/providers/%C3", "/providers/RH5%00", "/providers/é")) {
      assertEquals(Outcome.NOT_FOUND, outcome(HttpMethod.GET, path, Optional.of(DIRECTOR)), path);
    }
    assertEquals(Outcome.NOT_FOUND, outcome(HttpMethod.GET, null, Optional.of(DIRECTOR)));
  }

  @Test
  void overlappingRoutesAreRefusedWhenTheTableIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RouteTable.of(
        Route.of(HttpMethod.GET, "/providers/{provider}", Scope.PROVIDER, Role.VIEWER),
        Route.of(HttpMethod.GET, "/providers/new", Scope.SYSTEM, Role.VIEWER)));
    assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    // The same path with different methods is not an overlap.
    RouteTable.of(Route.of(HttpMethod.GET, "/risks", Scope.SYSTEM, Role.VIEWER),
        Route.of(HttpMethod.POST, "/risks", Scope.SYSTEM, Role.ICB_DIRECTOR));
  }

  @Test
  void aSystemWideRouteCannotAdmitTheProviderRole() {
    assertThrows(IllegalArgumentException.class,
        () -> Route.of(HttpMethod.GET, "/risks", Scope.SYSTEM, Role.PROVIDER));
  }

  @Test
  void aProviderScopedRouteMustNameTheProvider() {
    assertThrows(IllegalArgumentException.class,
        () -> Route.of(HttpMethod.GET, "/cases/{case}", Scope.PROVIDER, Role.VIEWER));
  }

  @Test
  void aRouteMustListSomeRoleUnlessItIsPublic() {
    assertThrows(IllegalArgumentException.class,
        () -> Route.of(HttpMethod.GET, "/risks", Scope.SYSTEM));
  }

  @Test
  void badPatternsAreRefused() {
    for (String pattern : List.of("risks", "/Risks", "/risks/", "/risks//x", "/{Provider}",
        "/a b")) {
      assertThrows(IllegalArgumentException.class,
          () -> Route.of(HttpMethod.GET, pattern, Scope.SYSTEM, Role.VIEWER), pattern);
    }
  }

  private Outcome outcome(HttpMethod method, String path, Optional<CurrentUser> user) {
    return table.decide(method, path, user).outcome();
  }
}
