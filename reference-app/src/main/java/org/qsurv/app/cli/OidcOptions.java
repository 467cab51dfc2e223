package org.qsurv.app.cli;

import java.net.URI;
import java.util.Optional;
import org.qsurv.app.oidc.OidcSettings;
import org.qsurv.model.organisation.OrganisationCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --oidc-*} options of {@code serve}: single sign-on with the organisation's OpenID
 * Connect issuer (NHS Care Identity Service 2, Microsoft Entra ID), beside the local passwords. Each
 * is also an environment variable; the client secret should only be one.
 */
final class OidcOptions {
  @Option(names = "--oidc-issuer", paramLabel = "URL", defaultValue = "${env:QSURV_OIDC_ISSUER}",
      description = "The OpenID Connect issuer to sign in with, e.g. "
          + "https://login.microsoftonline.com/TENANT/v2.0 (default: none, local passwords "
          + "only). Env: QSURV_OIDC_ISSUER.")
  String issuer;

  @Option(names = "--oidc-client-id", paramLabel = "ID",
      defaultValue = "${env:QSURV_OIDC_CLIENT_ID}",
      description = "qsurv's client id at the issuer. Env: QSURV_OIDC_CLIENT_ID.")
  String clientId;

  @Option(names = "--oidc-client-secret", paramLabel = "SECRET",
      defaultValue = "${env:QSURV_OIDC_CLIENT_SECRET}",
      description = "qsurv's client secret, if the issuer gave one. Env: "
          + "QSURV_OIDC_CLIENT_SECRET (use the variable: an option is seen in the process list).")
  String clientSecret;

  @Option(names = "--oidc-role-claim", paramLabel = "CLAIM",
      defaultValue = "${env:QSURV_OIDC_ROLE_CLAIM:-roles}",
      description = "The ID token claim holding the user's roles (default: ${DEFAULT-VALUE}). "
          + "Env: QSURV_OIDC_ROLE_CLAIM.")
  String roleClaim;

  @Option(names = "--oidc-role-map", paramLabel = "VALUE=ROLE,...",
      defaultValue = "${env:QSURV_OIDC_ROLE_MAP}",
      description = "Which role-claim values give which qsurv role, e.g. "
          + "qsurv.lead=ICB_QUALITY_LEAD,qsurv.director=ICB_DIRECTOR,qsurv.provider=PROVIDER. "
          + "Env: QSURV_OIDC_ROLE_MAP.")
  String roleMap;

  @Option(names = "--oidc-provider-claim", paramLabel = "CLAIM",
      defaultValue = "${env:QSURV_OIDC_PROVIDER_CLAIM:-ods_code}",
      description = "The ID token claim holding the ODS code of the organisation the user acts "
          + "for; a provider user sees only that provider (default: ${DEFAULT-VALUE}). Env: "
          + "QSURV_OIDC_PROVIDER_CLAIM.")
  String providerClaim;

  @Option(names = "--oidc-default-organisation", paramLabel = "CODE",
      defaultValue = "${env:QSURV_OIDC_DEFAULT_ORGANISATION}",
      description = "The organisation of users (never provider users) whose token has no "
          + "provider claim, e.g. the ICB's code. Env: QSURV_OIDC_DEFAULT_ORGANISATION.")
  String defaultOrganisation;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * The single sign-on settings, if an issuer is given, with the browser sent back to
   * {@code publicUrl}{@code /auth/oidc/callback}.
   *
   * @throws ParameterException naming the option (or its variable) and the value that is missing
   *     or wrong
   */
  Optional<OidcSettings> settings(URI publicUrl) {
    if (issuer == null || issuer.isBlank()) {
      return Optional.empty();
    }
    if (clientId == null || clientId.isBlank()) {
      throw bad("--oidc-client-id must be given with --oidc-issuer");
    }
    if (roleMap == null || roleMap.isBlank()) {
      throw bad("--oidc-role-map must be given with --oidc-issuer");
    }
    String base = publicUrl.toString().replaceAll("/+$", "");
    try {
      return Optional.of(new OidcSettings(URI.create(issuer.strip()), clientId.strip(),
          Optional.ofNullable(clientSecret).filter(s -> !s.isBlank()),
          URI.create(base + "/auth/oidc/callback"), roleClaim.strip(),
          OidcSettings.parseRoles(roleMap), providerClaim.strip(),
          Optional.ofNullable(defaultOrganisation).filter(s -> !s.isBlank())
              .map(String::strip).map(OrganisationCode::of)));
    } catch (IllegalArgumentException e) {
      throw bad("single sign-on: " + e.getMessage() + " (--oidc-issuer "
          + issuer + ", --oidc-role-map " + roleMap + ")");
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
