package org.qsurv.app.web.security;

import java.util.Objects;
import java.util.regex.Pattern;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * The signed-in user, as the pages see them: the user name they sign in with, the name shown on
 * screen, their role (004 §4.4; SNAPSHOT.md {@code role}) and the organisation they act for.
 * For a {@link Role#PROVIDER} user the organisation is the provider whose data they may see; for
 * ICB and NHS England users it is their own organisation (an ICB code such as {@code QSL}).
 *
 * <pre>{@code
 * CurrentUser lead = new CurrentUser("qlead", "Quality Lead (demo)", Role.ICB_QUALITY_LEAD,
 *     OrganisationCode.of("QSL"));
 * }</pre>
 *
 * @param userName the sign-in name: 1-64 characters of letters, digits, {@code . _ @ -}
 * @param displayName the name shown on screen, not blank
 * @param role what the user may do
 * @param organisation the organisation the user acts for
 */
public record CurrentUser(
    String userName, String displayName, Role role, OrganisationCode organisation) {
  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public CurrentUser {
    if (userName == null || !USER_NAME.matcher(userName).matches()) {
      throw new IllegalArgumentException("user name must be 1-64 letters, digits or . _ @ - but was "
          + (userName == null ? "absent" : Checks.quote(userName)));
    }
    Checks.notBlank("display name", displayName);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
  }

  /** Whether this user acts for a provider and so sees only that provider's data. */
  public boolean isProviderUser() {
    return role == Role.PROVIDER;
  }
}
