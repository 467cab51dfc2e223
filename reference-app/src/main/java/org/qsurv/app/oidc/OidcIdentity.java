package org.qsurv.app.oidc;

import java.util.Objects;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * Who signed in through the identity provider, as qsurv sees them.
 *
 * @param subject the issuer's stable identifier of the person ({@code sub})
 * @param userName the sign-in name shown and logged: {@code preferred_username}, else the subject
 * @param displayName the name shown and recorded against decisions ({@code name}, else the
 *     sign-in name)
 * @param role the qsurv role the role claim maps to
 * @param organisation the organisation the user acts for (a provider user's own provider)
 * @since 1.0.0
 */
public record OidcIdentity(String subject, String userName, String displayName, Role role,
    OrganisationCode organisation) {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public OidcIdentity {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
    if (subject.isBlank() || userName.isBlank() || displayName.isBlank()) {
      throw new IllegalArgumentException("subject, userName and displayName must not be blank "
          + "but were '" + subject + "', '" + userName + "', '" + displayName + "'");
    }
  }
}
