package org.qsurv.app.oidc;

/**
 * The identity provider cannot be used at all: its discovery document cannot be read or does not
 * describe the configured issuer. Thrown at start-up, so that a misconfigured single sign-on stops
 * {@code serve} with the reason instead of failing at each user's sign-in.
 *
 * @since 1.0.0
 */
public final class OidcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The reason, in a sentence. */
  public OidcException(String message) {
    super(message);
  }

  /** The reason, in a sentence, and what caused it. */
  public OidcException(String message, Throwable cause) {
    super(message, cause);
  }
}
