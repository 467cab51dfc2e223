package org.qsurv.app.web.security;

import java.security.SecureRandom;
import java.util.Base64;

/** 256-bit random tokens, unpadded base64url (43 characters), for session ids and CSRF tokens. */
final class RandomTokens {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private final SecureRandom random;

  RandomTokens(SecureRandom random) {
    this.random = random;
  }

  String next() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }
}
