package org.qsurv.app.api;

import java.util.Objects;
import org.qsurv.app.port.ApiTokens;

/**
 * The JSON API of a web application: where its tokens and call audit are kept, and the largest
 * request body it reads (a snapshot to evaluate; larger bodies are refused with 413 naming the
 * limit, before they are read).
 *
 * @param tokens the tokens and the audit
 * @param maxBodyBytes the largest body, from 1 KiB to 1 GiB
 * @since 1.1.0
 */
public record ApiSettings(ApiTokens tokens, int maxBodyBytes) {
  /** 16 MiB: a whole ICB's snapshot of three years' returns is a few megabytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** Validates both fields, naming the field and the value. */
  public ApiSettings {
    Objects.requireNonNull(tokens, "tokens");
    if (maxBodyBytes < 1024 || maxBodyBytes > 1024 * 1024 * 1024) {
      throw new IllegalArgumentException("api max body bytes must be from 1024 to 1073741824 but "
          + "was " + maxBodyBytes);
    }
  }

  /** The API over {@code tokens} with the default body limit. */
  public static ApiSettings of(ApiTokens tokens) {
    return new ApiSettings(tokens, DEFAULT_MAX_BODY_BYTES);
  }
}
