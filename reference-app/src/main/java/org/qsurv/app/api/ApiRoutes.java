package org.qsurv.app.api;

import static org.qsurv.app.web.security.HttpMethod.GET;
import static org.qsurv.app.web.security.HttpMethod.POST;
import static org.qsurv.model.surveillance.Role.ICB_DIRECTOR;
import static org.qsurv.model.surveillance.Role.ICB_QUALITY_LEAD;
import static org.qsurv.model.surveillance.Role.NHSE_REGION;
import static org.qsurv.model.surveillance.Role.VIEWER;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.javalin.http.Handler;
import java.util.EnumSet;
import java.util.function.Function;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.Route;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.app.web.security.Scope;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.authority.CaseAction;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * Every route of the JSON API, declared once: method and path, {@link Scope}, the roles whose
 * tokens may use it, and its endpoint. The {@link ApiGate} decides by this table (deny by
 * default: a path not listed is 404, a role not listed 403, a provider token on another provider's
 * path 403), the OpenAPI document must list exactly these routes (a test checks both ways), and
 * the route x role x scope matrix test walks them all.
 *
 * <p>Who may read: as the pages, commissioner and NHS England tokens ({@code ICB_QUALITY_LEAD},
 * {@code ICB_DIRECTOR}, {@code NHSE_REGION}, {@code VIEWER}) read every provider; a {@code
 * PROVIDER} token reads only its own provider's routes. Evaluating a sent snapshot touches no
 * stored data: any token may. Recording a decision admits exactly the roles the policy's authority
 * table allows some lifecycle decision at some level (003 §5.2.1, 001 §7.3), read from the table as
 * the decision form's route is; the case then checks the decision at its actual level.
 *
 * @since 1.1.0
 */
public final class ApiRoutes {
  /** The version's base path. */
  public static final String V1 = "/api/v1";

  private static final Role[] EVERYONE = Role.values();
  private static final Role[] OVERSIGHT = {ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION, VIEWER};

  /** One route with its endpoint. */
  record Endpoint(Route route, Function<ApiEndpoints, Handler> endpoint) {}

  /**
   * Every route with its endpoint, the decisions route admitting the roles {@code authority}
   * allows (the profile's).
   */
  static ImmutableList<Endpoint> endpoints(AuthorityTable authority) {
    return ImmutableList.of(
      new Endpoint(Route.publicRoute(GET, V1 + "/openapi.json"), e -> e::openApi),
      on(POST, "/evaluate", Scope.USER, EVERYONE, e -> e::evaluate),
      on(GET, "/assessment", Scope.SYSTEM, OVERSIGHT, e -> e::assessment),
      on(GET, "/risks", Scope.SYSTEM, OVERSIGHT, e -> e::risks),
      on(GET, "/cases", Scope.SYSTEM, OVERSIGHT, e -> e::cases),
      on(GET, "/findings", Scope.SYSTEM, OVERSIGHT, e -> e::findings),
      on(GET, "/providers/{provider}/assessment", Scope.PROVIDER, EVERYONE,
          e -> e::providerAssessment),
      on(GET, "/providers/{provider}/risks", Scope.PROVIDER, EVERYONE, e -> e::providerRisks),
      on(GET, "/providers/{provider}/cases", Scope.PROVIDER, EVERYONE, e -> e::providerCases),
      on(GET, "/providers/{provider}/findings", Scope.PROVIDER, EVERYONE,
          e -> e::providerFindings),
      new Endpoint(new Route(POST, V1 + "/providers/{provider}/decisions", Scope.PROVIDER,
          Sets.immutableEnumSet(decisionRoles(authority))), e -> e::decide));
  }

  private static final RouteTable TABLE = table(EscalationPolicy.nhsDefaults().authority());

  private ApiRoutes() {}

  private static Endpoint on(HttpMethod method, String path, Scope scope, Role[] roles,
      Function<ApiEndpoints, Handler> endpoint) {
    return new Endpoint(Route.of(method, V1 + path, scope, roles), endpoint);
  }

  /** The roles the authority table lets take some lifecycle decision at some level. */
  private static EnumSet<Role> decisionRoles(AuthorityTable authority) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (DecisionType decision : DecisionType.values()) {
      for (Level level : Level.values()) {
        roles.addAll(authority.rolesFor(CaseAction.of(decision), level));
      }
    }
    return roles;
  }

  /** The API's route table under the national authority table ({@code nhs-defaults}). */
  public static RouteTable table() {
    return TABLE;
  }

  /**
   * The API's route table under {@code authority} (the profile's).
   *
   * @since 1.1.0
   */
  public static RouteTable table(AuthorityTable authority) {
    return RouteTable.of(endpoints(authority).stream().map(Endpoint::route).toList());
  }
}
