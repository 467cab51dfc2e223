package org.qsurv.model.framework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Map;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * How the domains of one framework map onto another's, so that an ICB can report by whichever
 * framework its board uses (004 §2.4: a positive experience is "Responsive and personalised" and
 * "Caring"). A domain may map to several, or to none where the target framework has no equivalent
 * (Darzi has no "well-led").
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableFrameworkMapping.class)
@JsonDeserialize(as = ImmutableFrameworkMapping.class)
public abstract class FrameworkMapping {
  /** The framework mapped from. */
  // The builder's from(...) sets this attribute; Immutables then leaves out its copy-from method.
  @SuppressWarnings("immutables:from")
  public abstract QualityFramework from();

  /** The framework mapped to. */
  public abstract QualityFramework to();

  /** Domain id in {@link #from()} to the domain ids in {@link #to()} it counts towards. */
  public abstract ImmutableSetMultimap<String, String> links();

  /** The domains of {@link #to()} that {@code fromDomainId} counts towards (empty if none). */
  public ImmutableSet<FrameworkDomain> map(String fromDomainId) {
    Checks.check(from().domain(fromDomainId).isPresent(),
        () -> "domain " + Checks.quote(fromDomainId) + " is not in framework " + from().id());
    return links().get(fromDomainId).stream()
        .map(id -> to().domain(id).orElseThrow())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * A builder for a mapping: {@code from} and {@code to} are required; {@code links} go from a
   * domain id of {@code from} to a domain id of {@code to}, and a domain with no link maps to none.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link FrameworkMapping}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableFrameworkMapping.Builder {}

  /**
   * Rejects a link that names a domain its framework does not have, with an
   * {@link IllegalArgumentException} that names the mapping and the domain id.
   */
  @Value.Check
  protected void check() {
    for (Map.Entry<String, String> link : links().entries()) {
      Checks.check(from().domain(link.getKey()).isPresent(), () -> "mapping " + from().id() + " -> "
          + to().id() + " names domain " + Checks.quote(link.getKey()) + " that " + from().id()
          + " does not have");
      Checks.check(to().domain(link.getValue()).isPresent(), () -> "mapping " + from().id() + " -> "
          + to().id() + " names domain " + Checks.quote(link.getValue()) + " that " + to().id()
          + " does not have");
    }
  }
}
