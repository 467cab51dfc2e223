package org.qsurv.app.api;

import com.google.common.collect.ImmutableList;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.port.ApiToken;
import org.qsurv.app.port.ApiTokens;
import org.qsurv.app.port.Directory;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * What an administrator does with API tokens ({@code qsurv.jar token create|list|revoke}): make
 * one, with its secret shown once and only its hash stored; list them (never a secret); revoke
 * one. A {@link Role#PROVIDER} token must name a provider of the directory, as it may read only
 * that provider's data.
 *
 * @since 1.1.0
 */
public final class ApiTokenAdmin {
  /** The longest a token may be valid: a year (local choice; make another when it expires). */
  public static final Duration MAX_VALIDITY = Duration.ofDays(366);

  private final ApiTokens tokens;
  private final Directory directory;
  private final Clock clock;
  private final TokenSecrets secrets;

  /** Administers {@code tokens}, checking provider tokens against {@code directory}. */
  public ApiTokenAdmin(ApiTokens tokens, Directory directory, Clock clock, SecureRandom random) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.secrets = new TokenSecrets(random);
  }

  /** A token made: what is stored, and its secret, to be shown once. */
  public record Created(ApiToken token, String secret) {
    @Override
    public String toString() {
      return "Created[" + token + "]";
    }
  }

  /**
   * Makes a token valid for {@code validity} from now.
   *
   * @throws IllegalArgumentException naming the field and the value: a bad name, a name in use,
   *     a validity that is not from one minute to {@link #MAX_VALIDITY}, a provider token whose
   *     organisation is not a provider of the directory
   */
  public Created create(String name, Role role, OrganisationCode organisation,
      Duration validity) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
    if (validity.compareTo(Duration.ofMinutes(1)) < 0 || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException("token validity must be from 1 minute to "
          + MAX_VALIDITY.toDays() + " days but was " + validity);
    }
    if (role == Role.PROVIDER && directory.provider(organisation).isEmpty()) {
      throw new IllegalArgumentException("organisation of a PROVIDER token must be a provider of "
          + "the directory but was " + organisation.value());
    }
    Instant now = clock.instant();
    ApiToken token = new ApiToken(name, role, organisation, now, now.plus(validity),
        Optional.empty(), Optional.empty());
    String secret = secrets.next();
    tokens.create(token, TokenSecrets.hash(secret));
    return new Created(token, secret);
  }

  /** Every token, by name. */
  public ImmutableList<ApiToken> list() {
    return tokens.all();
  }

  /**
   * Revokes the token named {@code name} now: from the next call on it is refused.
   *
   * @throws IllegalArgumentException if there is no such token
   */
  public void revoke(String name) {
    if (!tokens.revoke(name, clock.instant())) {
      throw new IllegalArgumentException("token name must be the name of a token but was " + name);
    }
  }
}
