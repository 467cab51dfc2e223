package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;

/**
 * The directory of organisations and people: the commissioner this installation serves, the
 * providers it watches (each by ODS code or CQC location id: ODS; CQC), and the users who act
 * for them. An ICB that embeds qsurv backs this with its own organisation master data (an ODS feed)
 * and identity provider; the reference application keeps both in its database.
 *
 * <pre>{@code
 * Provider trust = directory.provider(OrganisationCode.of("RH5")).orElseThrow();
 * Optional<User> who = directory.user("m.ellery");
 * }</pre>
 */
public interface Directory {
  /** The commissioner (ICB) this installation serves, once one is recorded. */
  Optional<Commissioner> commissioner();

  /** Every provider, in the order they were first recorded. */
  ImmutableList<Provider> providers();

  /** The provider with this code, if recorded. */
  Optional<Provider> provider(OrganisationCode code);

  /** Every user, by username. */
  ImmutableList<User> users();

  /** The user with this username, if any. */
  Optional<User> user(String username);

  /** Records a user, or replaces the user with the same username (one transaction). */
  void saveUser(User user);
}
