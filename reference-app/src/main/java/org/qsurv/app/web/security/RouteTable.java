package org.qsurv.app.web.security;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.web.security.AccessDecision.Outcome;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The declarative authorisation of every request: which routes exist and who may use each. It
 * denies by default: a path that no route matches is refused, and so is a role a route does not
 * list. After the role, the organisation is checked: a {@link Scope#PROVIDER} route admits a
 * provider user only for their own organisation. The decision is made on the server for every
 * request, before any handler runs.
 *
 * <pre>{@code
 * RouteTable table = RouteTable.of(
 *     Route.publicRoute(HttpMethod.GET, "/sign-in"),
 *     Route.of(HttpMethod.GET, "/providers/{provider}", Scope.PROVIDER, Role.values()));
 * AccessDecision decision = table.decide(HttpMethod.GET, "/providers/RH5", Optional.of(user));
 * if (!decision.allowed()) { respond(decision.outcome().status()); }
 * }</pre>
 *
 * <p>Routes may not overlap (two routes of one method that match the same path), so that the
 * route that applies never depends on the order they were declared in. Immutable and thread-safe.
 */
public final class RouteTable {
  private final ImmutableList<Route> routes;

  private RouteTable(ImmutableList<Route> routes) {
    this.routes = routes;
  }

  /**
   * A table of these routes.
   *
   * @throws IllegalArgumentException if two routes of one method overlap
   */
  public static RouteTable of(Route... routes) {
    return of(ImmutableList.copyOf(routes));
  }

  /**
   * A table of these routes.
   *
   * @throws IllegalArgumentException if two routes of one method overlap
   */
  public static RouteTable of(List<Route> routes) {
    ImmutableList<Route> all = ImmutableList.copyOf(routes);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Route a = all.get(i);
        Route b = all.get(j);
        if (a.method() == b.method() && a.overlaps(b)) {
          throw new IllegalArgumentException("routes " + a + " and " + b + " overlap");
        }
      }
    }
    return new RouteTable(all);
  }

  /** Every route, in the order declared: a test walks them all with every role. */
  public ImmutableList<Route> routes() {
    return routes;
  }

  /**
   * Decides whether {@code user} (empty when nobody is signed in) may make this request.
   *
   * @param method the request method
   * @param rawPath the path as sent, still percent-encoded ({@code URI.getRawPath()}); the query
   *     string is not part of it
   * @param user the signed-in user, if any
   */
  public AccessDecision decide(HttpMethod method, String rawPath, Optional<CurrentUser> user) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(user, "user");
    Optional<List<String>> path = decodePath(rawPath);
    if (path.isEmpty()) {
      return AccessDecision.refused(Outcome.NOT_FOUND, Optional.empty());
    }
    HttpMethod routeMethod = method == HttpMethod.HEAD ? HttpMethod.GET : method;
    boolean pathKnown = false;
    for (Route route : routes) {
      Optional<ImmutableMap<String, String>> variables = route.match(path.get());
      if (variables.isEmpty()) {
        continue;
      }
      pathKnown = true;
      if (route.method() == routeMethod) {
        return decide(route, variables.get(), user);
      }
    }
    return pathKnown
        ? AccessDecision.refused(Outcome.METHOD_NOT_ALLOWED, Optional.empty())
        : AccessDecision.refused(Outcome.NOT_FOUND, Optional.empty());
  }

  /** Whether {@code user} may make this request: a shortcut for navigation and links. */
  public boolean permits(Optional<CurrentUser> user, HttpMethod method, String rawPath) {
    return decide(method, rawPath, user).allowed();
  }

  private static AccessDecision decide(
      Route route, ImmutableMap<String, String> variables, Optional<CurrentUser> user) {
    if (route.scope() == Scope.PUBLIC) {
      return AccessDecision.allowed(route, variables);
    }
    if (user.isEmpty()) {
      return AccessDecision.refused(Outcome.SIGN_IN_REQUIRED, Optional.of(route));
    }
    CurrentUser who = user.get();
    if (!route.roles().contains(who.role())) {
      return AccessDecision.refused(Outcome.FORBIDDEN, Optional.of(route));
    }
    if (route.scope() == Scope.PROVIDER) {
      String named = variables.get(Route.PROVIDER_VARIABLE);
      OrganisationCode provider;
      try {
        provider = OrganisationCode.of(named);
      } catch (IllegalArgumentException e) {
        return AccessDecision.refused(Outcome.NOT_FOUND, Optional.of(route));
      }
      if (!Visibility.maySee(who, provider)) {
        return AccessDecision.refused(Outcome.FORBIDDEN, Optional.of(route));
      }
    }
    return AccessDecision.allowed(route, variables);
  }

  /**
   * The path's segments, percent-decoded as UTF-8; empty if the path is malformed: not starting
   * with {@code /}, with an empty segment (a doubled or trailing slash), a dot segment, a bad
   * escape, or a decoded slash or control character. Such paths are refused, never normalised.
   */
  static Optional<List<String>> decodePath(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    if (rawPath.equals("/")) {
      return Optional.of(List.of());
    }
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.substring(1).split("/", -1)) {
      Optional<String> segment = percentDecode(raw);
      if (segment.isEmpty() || segment.get().isEmpty() || segment.get().equals(".")
          || segment.get().equals("..") || segment.get().chars().anyMatch(
              c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
        return Optional.empty();
      }
      segments.add(segment.get());
    }
    return Optional.of(segments);
  }

  private static Optional<String> percentDecode(String raw) {
    if (raw.indexOf('%') < 0) {
      return Optional.of(raw);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
