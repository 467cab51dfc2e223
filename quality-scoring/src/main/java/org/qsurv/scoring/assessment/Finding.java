package org.qsurv.scoring.assessment;

import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Something about a provider that someone must act on (SNAPSHOT.md {@code findings}): what kind,
 * which provider, its subject (a risk, indicator or intelligence id, or the provider's code) and
 * the detail in plain English.
 */
@Value.Immutable
@QsurvStyle
public abstract class Finding {
  public abstract FindingCode code();

  public abstract OrganisationCode provider();

  /** The id of what the finding is about. */
  public abstract String subject();

  /** What is wrong and why it matters, citing the source. */
  public abstract String detail();

  public static Finding of(FindingCode code, OrganisationCode provider, String subject,
      String detail) {
    return ImmutableFinding.builder().code(code).provider(provider).subject(subject)
        .detail(detail).build();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("finding subject", subject());
    Checks.notBlank("finding detail", detail());
  }
}
