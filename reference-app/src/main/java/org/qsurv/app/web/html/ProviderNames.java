package org.qsurv.app.web.html;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;

/**
 * The directory's providers by code, for templates that show a provider's name where the data
 * holds its code.
 *
 * @param byCode the providers, by code
 * @since 1.0.0
 */
public record ProviderNames(ImmutableMap<OrganisationCode, Provider> byCode) {
  /** The providers given, by code. */
  public static ProviderNames of(Map<OrganisationCode, Provider> byCode) {
    return new ProviderNames(ImmutableMap.copyOf(byCode));
  }

  /** The provider's name, or its code where the directory does not know it. */
  public String name(OrganisationCode code) {
    Provider provider = byCode.get(code);
    return provider == null ? code.value() : provider.name();
  }
}
