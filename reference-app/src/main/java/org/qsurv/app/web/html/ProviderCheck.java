package org.qsurv.app.web.html;

import java.util.Optional;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The check that a form records against the provider its user saw: every form that writes against
 * a provider shows the provider's name and code and posts the code in {@link #FIELD_NAME}; the
 * server refuses the post, writing nothing, unless it names the provider of the address. A form
 * left open for one provider and submitted to another's address (a reused tab, an edited link)
 * is refused instead of recording a decision against the wrong provider.
 *
 * @since 1.0.0
 */
public final class ProviderCheck {
  /** The name of the form field that carries the provider's code. */
  public static final String FIELD_NAME = "provider";

  private ProviderCheck() {}

  /**
   * Why a post to {@code addressed}'s address with {@code posted} in {@link #FIELD_NAME} is
   * refused, or empty when it names that provider.
   */
  public static Optional<String> refusal(OrganisationCode addressed, String posted) {
    if (posted.equals(addressed.value())) {
      return Optional.empty();
    }
    return Optional.of(posted.isEmpty()
        ? "The form did not say which provider it records against; it was made for another "
            + "page. Open " + addressed.value() + "'s page and submit its form again."
        : "The form was for provider " + Checks.quote(posted) + " but was sent to "
            + addressed.value() + "'s address. Open the page of the provider you mean and "
            + "submit its form again.");
  }
}
