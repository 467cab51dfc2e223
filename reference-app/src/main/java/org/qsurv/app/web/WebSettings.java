package org.qsurv.app.web;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.web.security.ClientAddress;

/**
 * How the web application is deployed: the address users reach it at, the reverse proxy it trusts
 * for the client's address, and the limits of its entry point.
 *
 * <p>When {@code publicUrl} is {@code https}, whether TLS ends at Jetty or at a proxy in front of
 * it, the session cookie is marked {@code Secure} (and takes the {@code __Host-} prefix) and every
 * response carries {@code Strict-Transport-Security}.
 *
 * @param publicUrl the address users open, if configured ({@code --public-url})
 * @param clientAddress how the client's address is found ({@code --trusted-proxy})
 * @param limits the entry point's limits
 * @param maxFormBytes the largest body of an ordinary form, read before its CSRF check
 * @param maxUploadBytes the largest body of the import form's upload
 * @since 1.0.0
 */
public record WebSettings(Optional<URI> publicUrl, ClientAddress clientAddress,
    ServerLimits limits, int maxFormBytes, int maxUploadBytes) {
  /** 16 KiB: a sign-in or decision form is a few hundred bytes; a rationale a few thousand. */
  public static final int DEFAULT_MAX_FORM_BYTES = 16 * 1024;
  /** 10 MiB: enough for a CSV import. */
  public static final int DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  /** Validates every value, naming the field. */
  public WebSettings {
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(clientAddress, "clientAddress");
    Objects.requireNonNull(limits, "limits");
    publicUrl.ifPresent(url -> {
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
        throw new IllegalArgumentException("publicUrl must be an http or https address but was "
            + url);
      }
    });
  }

  /** Loopback defaults: no public address, no proxy, {@link ServerLimits#defaults()}. */
  public static WebSettings defaults() {
    return new WebSettings(Optional.empty(), ClientAddress.direct(), ServerLimits.defaults(),
        DEFAULT_MAX_FORM_BYTES, DEFAULT_MAX_UPLOAD_BYTES);
  }

  /** These settings with other limits of the entry point. */
  public WebSettings withLimits(ServerLimits newLimits) {
    return new WebSettings(publicUrl, clientAddress, newLimits, maxFormBytes, maxUploadBytes);
  }

  /** These settings, reached by users at {@code url}. */
  public WebSettings withPublicUrl(URI url) {
    return new WebSettings(Optional.of(url), clientAddress, limits, maxFormBytes, maxUploadBytes);
  }

  /** These settings, behind the reverse proxy at {@code proxy}. */
  public WebSettings withTrustedProxy(InetAddress proxy) {
    return new WebSettings(publicUrl, ClientAddress.behind(proxy), limits, maxFormBytes,
        maxUploadBytes);
  }

  /** Whether users reach the application over HTTPS. */
  public boolean https() {
    return publicUrl.map(url -> url.getScheme().equalsIgnoreCase("https")).orElse(false);
  }
}
