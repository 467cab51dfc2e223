package org.qsurv.app.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * A client of the JSON API as the administrator created it (never its secret, which is stored only
 * as a hash): its name, the role and organisation it acts as (for a {@link Role#PROVIDER} token,
 * the one provider whose data it may read), when it was created, when it expires, when it was
 * revoked and when it was last used.
 *
 * @param name 1-64 letters, digits or {@code . _ @ -}; it names the client in the audit
 * @param role the role it acts as (SNAPSHOT.md {@code role})
 * @param organisation its organisation: the provider for a PROVIDER token, else the ICB's or NHS
 *     England region's code
 * @param created when it was created
 * @param expires when it stops being accepted, after {@code created}
 * @param revoked when it was revoked, if it was
 * @param lastUsed when it was last accepted, if ever
 * @since 1.1.0
 */
public record ApiToken(String name, Role role, OrganisationCode organisation, Instant created,
    Instant expires, Optional<Instant> revoked, Optional<Instant> lastUsed) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** Validates every field, naming the bad one and its value. */
  public ApiToken {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("token name must be 1-64 letters, digits or . _ @ - but "
          + "was " + (name == null ? "absent" : Checks.quote(name)));
    }
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(revoked, "revoked");
    Objects.requireNonNull(lastUsed, "lastUsed");
    if (!expires.isAfter(created)) {
      throw new IllegalArgumentException("token expires must be after its creation (" + created
          + ") but was " + expires);
    }
  }

  /** Whether the token is accepted at {@code now}: neither revoked nor expired. */
  public boolean activeAt(Instant now) {
    return revoked.isEmpty() && now.isBefore(expires);
  }
}
