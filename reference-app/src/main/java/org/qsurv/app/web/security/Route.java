package org.qsurv.app.web.security;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qsurv.model.surveillance.Role;

/**
 * One line of the route table: a method and a path pattern, the roles that may use it and its
 * {@link Scope}. A pattern is a path of literal segments and variables in braces, such as
 * {@code /providers/{provider}/indicators/{indicator}}; a variable matches exactly one non-empty
 * segment.
 *
 * @param method the request method ({@code HEAD} requests are matched against {@code GET} routes)
 * @param pattern the path pattern, starting with {@code /}
 * @param scope whose data the route touches
 * @param roles the roles that may use it; empty for a {@link Scope#PUBLIC} route
 */
public record Route(HttpMethod method, String pattern, Scope scope, ImmutableSet<Role> roles) {
  /** The path variable that names the provider in a {@link Scope#PROVIDER} route. */
  public static final String PROVIDER_VARIABLE = "provider";

  private static final Pattern LITERAL = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern VARIABLE = Pattern.compile("\\{[a-z][a-zA-Z0-9]*\\}");

  /** Validates the pattern and the agreement of scope and roles. */
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(roles, "roles");
    if (method == HttpMethod.HEAD) {
      throw new IllegalArgumentException("route " + pattern + ": declare GET; HEAD follows it");
    }
    List<String> segments = segmentsOf(pattern);
    for (String segment : segments) {
      if (!LITERAL.matcher(segment).matches() && !VARIABLE.matcher(segment).matches()) {
        throw new IllegalArgumentException("route pattern segment must be lower-case letters, "
            + "digits, . _ - or a {variable} but was \"" + segment + "\" in " + pattern);
      }
    }
    if (scope == Scope.PUBLIC && !roles.isEmpty()) {
      throw new IllegalArgumentException("public route " + pattern + " must not list roles");
    }
    if (scope != Scope.PUBLIC && roles.isEmpty()) {
      throw new IllegalArgumentException("route " + method + " " + pattern + " lists no role");
    }
    if (scope == Scope.SYSTEM && roles.contains(Role.PROVIDER)) {
      throw new IllegalArgumentException("route " + method + " " + pattern
          + " shows every provider's data and so must not admit the PROVIDER role");
    }
    if (scope == Scope.PROVIDER && !segments.contains("{" + PROVIDER_VARIABLE + "}")) {
      throw new IllegalArgumentException("provider-scoped route " + pattern
          + " must name the provider with {" + PROVIDER_VARIABLE + "}");
    }
  }

  /** A route anyone may use, signed in or not. */
  public static Route publicRoute(HttpMethod method, String pattern) {
    return new Route(method, pattern, Scope.PUBLIC, ImmutableSet.of());
  }

  /** A route for signed-in users with one of {@code roles}. */
  public static Route of(HttpMethod method, String pattern, Scope scope, Role... roles) {
    return new Route(method, pattern, scope, ImmutableSet.copyOf(roles));
  }

  /** The pattern's segments; the root pattern {@code /} has none. */
  ImmutableList<String> segments() {
    return segmentsOf(pattern);
  }

  /** The variables bound by matching {@code path} (already split and decoded), if it matches. */
  Optional<ImmutableMap<String, String>> match(List<String> path) {
    List<String> mine = segments();
    if (mine.size() != path.size()) {
      return Optional.empty();
    }
    ImmutableMap.Builder<String, String> variables = ImmutableMap.builder();
    for (int i = 0; i < mine.size(); i++) {
      String segment = mine.get(i);
      if (isVariable(segment)) {
        variables.put(segment.substring(1, segment.length() - 1), path.get(i));
      } else if (!segment.equals(path.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(variables.build());
  }

  /** Whether some path matches both patterns (so that which route applies would be ambiguous). */
  boolean overlaps(Route other) {
    List<String> a = segments();
    List<String> b = other.segments();
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!isVariable(a.get(i)) && !isVariable(b.get(i)) && !a.get(i).equals(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isVariable(String segment) {
    return segment.startsWith("{");
  }

  private static ImmutableList<String> segmentsOf(String pattern) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("route pattern must start with / but was \"" + pattern + "\"");
    }
    if (pattern.equals("/")) {
      return ImmutableList.of();
    }
    return ImmutableList.copyOf(pattern.substring(1).split("/", -1));
  }

  @Override
  public String toString() {
    return method + " " + pattern;
  }
}
