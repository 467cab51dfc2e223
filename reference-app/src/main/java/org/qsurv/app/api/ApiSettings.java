package org.qsurv.app.api;

import java.util.Objects;
import org.qsurv.app.port.ApiTokens;

/**
 * The JSON API of a web application: where its tokens and call audit are kept, the largest
 * request body it reads (a snapshot to evaluate; larger bodies are refused with 413 naming the
 * limit, before they are read), and how fast each valid token may call (faster calls are refused
 * with 429).
 *
 * @param tokens the tokens and the audit
 * @param maxBodyBytes the largest body, from 1 KiB to 1 GiB
 * @param rateLimit each token's rate limit
 * @since 1.1.0
 */
public record ApiSettings(ApiTokens tokens, int maxBodyBytes, ApiRateLimit rateLimit) {
  /** 16 MiB: a whole ICB's snapshot of three years' returns is a few megabytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** Validates each field, naming the field and the value. */
  public ApiSettings {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(rateLimit, "rateLimit");
    if (maxBodyBytes < 1024 || maxBodyBytes > 1024 * 1024 * 1024) {
      throw new IllegalArgumentException("api max body bytes must be from 1024 to 1073741824 but "
          + "was " + maxBodyBytes);
    }
  }

  /** The API over {@code tokens} with {@code maxBodyBytes} and the default rate limit. */
  public ApiSettings(ApiTokens tokens, int maxBodyBytes) {
    this(tokens, maxBodyBytes, ApiRateLimit.defaults());
  }

  /** The API over {@code tokens} with the default body and rate limits. */
  public static ApiSettings of(ApiTokens tokens) {
    return new ApiSettings(tokens, DEFAULT_MAX_BODY_BYTES);
  }
}
