/**
 * Single sign-on with OpenID Connect, independent of the web framework: NHS staff sign in with
 * their organisation's identity provider (NHS Care Identity Service 2 and Microsoft Entra ID both
 * speak it). {@link org.qsurv.app.oidc.OidcSignIn} runs the authorization code flow with PKCE
 * (S256), {@code state} and {@code nonce}, reads the issuer's discovery document, redeems the code
 * at its token endpoint and validates the ID token (RS256 signature against the issuer's JWKS,
 * issuer, audience, expiry and issue time with a small clock skew, nonce), then maps its claims to
 * a qsurv role and organisation by {@link org.qsurv.app.oidc.OidcSettings}. The web layer calls
 * {@code start} at {@code /auth/oidc/start} and {@code finish} at {@code /auth/oidc/callback}.
 */
package org.qsurv.app.oidc;
