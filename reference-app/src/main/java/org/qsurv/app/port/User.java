package org.qsurv.app.port;

import java.util.Objects;
import java.util.regex.Pattern;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Role;

/**
 * A person who uses the application: a sign-in name, the name people know them by, the one role
 * they act in (SNAPSHOT.md {@code role}) and the organisation they act for (the ICB, the NHS
 * England region, or a provider). What a role may decide is the escalation module's policy; what a
 * user may see (a provider user sees only its own provider) is the web application's.
 *
 * <pre>{@code
 * User lead = new User("m.ellery", "Morgan Ellery", Role.ICB_QUALITY_LEAD,
 *     OrganisationCode.of("QSL"));
 * Actor actor = lead.asActor();  // who recorded a decision
 * }</pre>
 *
 * @param username the sign-in name: 1 to 64 lower-case letters, digits, '.', '-' or '_'
 * @param displayName the name shown and recorded against decisions
 * @param role the role the user acts in
 * @param organisation the ODS code or CQC location id of the organisation the user acts for
 */
public record User(String username, String displayName, Role role, OrganisationCode organisation) {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public User {
    Objects.requireNonNull(username, "username");
    Checks.check(USERNAME.matcher(username).matches(), "username must be 1 to 64 lower-case "
        + "letters, digits, '.', '-' or '_' but was " + Checks.quote(username));
    Checks.notBlank("user displayName", displayName);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
  }

  /** This user as the actor of a decision or an event. */
  public Actor asActor() {
    return Actor.builder().name(displayName).role(role).organisation(organisation).build();
  }
}
