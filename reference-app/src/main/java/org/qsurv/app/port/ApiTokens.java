package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the reference application keeps its JSON API's tokens (each only as the SHA-256 of its
 * secret) and the audit of every API call. Not one of the {@link Ports}: an embedding system
 * authenticates its API clients its own way.
 *
 * <pre>{@code
 * ApiTokens tokens = JdbcPorts.apiTokens(db);
 * tokens.create(token, sha256Hex);
 * Optional<ApiToken> caller = tokens.bySecretHash(sha256Hex);
 * }</pre>
 *
 * @since 1.1.0
 */
public interface ApiTokens {
  /**
   * Stores a new token with the hash of its secret.
   *
   * @throws IllegalArgumentException if a token of that name (or that hash) exists
   */
  void create(ApiToken token, String secretHash);

  /** The token whose secret hashes to {@code secretHash}, revoked or expired or not. */
  Optional<ApiToken> bySecretHash(String secretHash);

  /** Every token, by name. */
  ImmutableList<ApiToken> all();

  /**
   * Revokes the token named {@code name} at {@code at}; a token already revoked keeps its first
   * revocation.
   *
   * @return whether a token of that name exists
   */
  boolean revoke(String name, Instant at);

  /** Records that the token named {@code name} was accepted at {@code at}. */
  void used(String name, Instant at);

  /** Audits one call. */
  void record(ApiCall call);

  /** The latest {@code limit} calls audited, newest first. */
  ImmutableList<ApiCall> latestCalls(int limit);
}
