package org.qsurv.scoring.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * Something about a provider, or the whole system, that someone must act on (SNAPSHOT.md
 * {@code findings}): what kind, which provider, its subject (a risk, indicator or intelligence id, or the provider's code) and
 * the detail in plain English.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class Finding {
  /** What kind of finding it is; findings are listed by code, in alphabetical order. */
  public abstract FindingCode code();

  /**
   * The provider someone must act about: its ODS code or CQC location id; empty for a finding
   * about the whole system, such as the overdue review of a system risk (004 §4.4).
   */
  public abstract Optional<OrganisationCode> provider();

  /** The id of what the finding is about. */
  public abstract String subject();

  /** What is wrong and why it matters, citing the source. */
  public abstract String detail();

  /**
   * A finding of kind {@code code} about {@code provider}.
   *
   * @throws IllegalArgumentException if {@code subject} or {@code detail} is blank
   */
  public static Finding of(FindingCode code, OrganisationCode provider, String subject,
      String detail) {
    return ImmutableFinding.builder().code(code).provider(provider).subject(subject)
        .detail(detail).build();
  }

  /**
   * A finding of kind {@code code} about the whole system, naming no provider.
   *
   * @throws IllegalArgumentException if {@code subject} or {@code detail} is blank
   * @since 1.0.0
   */
  public static Finding ofSystem(FindingCode code, String subject, String detail) {
    return ImmutableFinding.builder().code(code).subject(subject).detail(detail).build();
  }

  /**
   * Rejects a blank subject or detail with an {@link IllegalArgumentException} that names the field
   * and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("finding subject", subject());
    Checks.notBlank("finding detail", detail());
  }
}
