package org.qsurv.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.app.oidc.OidcSettings;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --oidc-*} options make single sign-on's settings, the browser coming back to the
 * public URL's {@code /auth/oidc/callback}; without an issuer there is none, and an incomplete or
 * wrong set is refused naming the option.
 */
class OidcOptionsTest {
  @Command(name = "serve")
  static final class Serve {
    @Mixin
    OidcOptions oidc;
  }

  private static OidcOptions parse(String... args) {
    Serve serve = new Serve();
    new CommandLine(serve).parseArgs(args);
    return serve.oidc;
  }

  @Test
  void withoutAnIssuerThereIsNoSingleSignOn() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("QSURV_OIDC_ISSUER") == null);
    assertEquals(Optional.empty(), parse().settings(URI.create("https://qsurv.icb.example")));
  }

  @Test
  void theOptionsMakeTheSettings() {
    OidcSettings settings = parse("--oidc-issuer", "https://login.example/tenant/v2.0",
        "--oidc-client-id", "qsurv", "--oidc-client-secret", "s", "--oidc-role-claim", "groups",
        "--oidc-role-map", "lead=ICB_QUALITY_LEAD,provider=PROVIDER", "--oidc-provider-claim",
        "org", "--oidc-default-organisation", "QSL")
        .settings(URI.create("https://qsurv.icb.example/")).orElseThrow();
    assertEquals(URI.create("https://qsurv.icb.example/auth/oidc/callback"),
        settings.redirectUri());
    assertEquals(Role.PROVIDER, settings.roles().get("provider"));
    assertEquals("groups", settings.roleClaim());
    assertEquals("org", settings.organisationClaim());
    assertEquals(Optional.of(OrganisationCode.of("QSL")), settings.defaultOrganisation());
    assertEquals(Optional.of("s"), settings.clientSecret());
  }

  @Test
  void anIncompleteOrWrongSetIsRefusedNamingTheOption() {
    URI publicUrl = URI.create("https://qsurv.icb.example");
    assertTrue(assertThrows(ParameterException.class, () -> parse("--oidc-issuer",
        "https://login.example", "--oidc-role-map", "a=VIEWER").settings(publicUrl))
        .getMessage().contains("--oidc-client-id must be given"));
    assertTrue(assertThrows(ParameterException.class, () -> parse("--oidc-issuer",
        "https://login.example", "--oidc-client-id", "q").settings(publicUrl))
        .getMessage().contains("--oidc-role-map must be given"));
    assertTrue(assertThrows(ParameterException.class, () -> parse("--oidc-issuer",
        "http://login.example", "--oidc-client-id", "q", "--oidc-role-map", "a=VIEWER")
        .settings(publicUrl)).getMessage().contains("issuer must be an https URL"));
  }
}
