package org.qsurv.app.oidc;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * How qsurv signs in with an OpenID Connect issuer, and how the issuer's claims become a qsurv
 * user: the role from the values of {@code roleClaim} through {@code roles} (an app role or group
 * the ICB assigns in its identity provider), the organisation the user acts for from
 * {@code organisationClaim} (for a provider user, the one provider they may see), or
 * {@code defaultOrganisation} for staff whose token carries none (the ICB's own staff).
 *
 * @param issuer the issuer identifier, e.g. {@code https://login.microsoftonline.com/TENANT/v2.0}
 * @param clientId qsurv's client id at the issuer
 * @param clientSecret qsurv's client secret, if the issuer gave one (sent by HTTP Basic)
 * @param redirectUri where the issuer sends the browser back: {@code PUBLIC-URL/auth/oidc/callback}
 * @param roleClaim the claim that holds the user's roles, e.g. {@code roles}
 * @param roles each claim value qsurv knows, and the qsurv role it gives
 * @param organisationClaim the claim that holds the ODS code the user acts for
 * @param defaultOrganisation the organisation of users whose token has no such claim, if any
 * @since 1.0.0
 */
public record OidcSettings(URI issuer, String clientId, Optional<String> clientSecret,
    URI redirectUri, String roleClaim, ImmutableMap<String, Role> roles, String organisationClaim,
    Optional<OrganisationCode> defaultOrganisation) {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public OidcSettings {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(roleClaim, "roleClaim");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(organisationClaim, "organisationClaim");
    Objects.requireNonNull(defaultOrganisation, "defaultOrganisation");
    requireHttps("issuer", issuer);
    requireHttps("redirectUri", redirectUri);
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be blank");
    }
    if (roleClaim.isBlank()) {
      throw new IllegalArgumentException("roleClaim must not be blank");
    }
    if (organisationClaim.isBlank()) {
      throw new IllegalArgumentException("organisationClaim must not be blank");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("roles must map at least one claim value to a role");
    }
  }

  /**
   * The role mapping written {@code value=ROLE,value=ROLE}, e.g.
   * {@code qsurv.lead=ICB_QUALITY_LEAD,qsurv.director=ICB_DIRECTOR}.
   *
   * @throws IllegalArgumentException naming the first pair that is not {@code value=ROLE} with a
   *     known role
   */
  public static ImmutableMap<String, Role> parseRoles(String mapping) {
    ImmutableMap.Builder<String, Role> roles = ImmutableMap.builder();
    for (String pair : mapping.split(",")) {
      int equals = pair.indexOf('=');
      if (equals <= 0 || equals == pair.length() - 1) {
        throw new IllegalArgumentException("role mapping must be value=ROLE,... but had '"
            + pair.strip() + "'");
      }
      String role = pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
      try {
        roles.put(pair.substring(0, equals).strip(), Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("role mapping names no qsurv role '" + role
            + "' (one of " + java.util.Arrays.toString(Role.values()) + ")", e);
      }
    }
    return roles.buildOrThrow();
  }

  /** Where to send a user's browser is where it must come back from: only HTTPS, but on loopback. */
  private static void requireHttps(String field, URI uri) {
    boolean loopback = "http".equals(uri.getScheme()) && uri.getHost() != null
        && (uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost")
            || uri.getHost().equals("[::1]"));
    if (!"https".equals(uri.getScheme()) && !loopback) {
      throw new IllegalArgumentException(field + " must be an https URL (or http on this "
          + "machine, for tests) but was " + uri);
    }
  }
}
