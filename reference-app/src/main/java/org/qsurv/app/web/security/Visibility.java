package org.qsurv.app.web.security;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The organisation rules of what a user may see, for the pages to apply to the data they show
 * (the route table applies the same rule to the path): a provider user sees only their own
 * provider, and never soft intelligence marked sensitive, not even about their own provider
 * (a local choice that protects whoever raised it; {@link IntelligenceItem#sensitive()}).
 * Commissioner and NHS England users see every provider.
 *
 * <pre>{@code
 * ImmutableList<IntelligenceItem> shown = Visibility.visibleIntelligence(user, items);
 * }</pre>
 */
public final class Visibility {
  private Visibility() {}

  /** Whether {@code user} may see data about {@code provider}. */
  public static boolean maySee(CurrentUser user, OrganisationCode provider) {
    return !user.isProviderUser() || user.organisation().equals(provider);
  }

  /**
   * Whether {@code user} may see this piece of intelligence: it is about a provider they may see,
   * and, for a provider user, it is not marked sensitive.
   */
  public static boolean maySee(CurrentUser user, IntelligenceItem item) {
    return maySee(user, item.provider()) && !(user.isProviderUser() && item.sensitive());
  }

  /** The items {@code user} may see, in their original order. */
  public static ImmutableList<IntelligenceItem> visibleIntelligence(
      CurrentUser user, Collection<IntelligenceItem> items) {
    return items.stream().filter(i -> maySee(user, i)).collect(ImmutableList.toImmutableList());
  }
}
