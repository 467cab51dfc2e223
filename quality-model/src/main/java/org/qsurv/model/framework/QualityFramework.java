package org.qsurv.model.framework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * A framework of quality: a named set of domains (004 §2.4, §3.2; 001 §5.5.1). qsurv ships Darzi,
 * NQB 2016, the CQC key questions and the GP balanced scorecard in {@link Frameworks}; an ICB may
 * define its own.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableQualityFramework.class)
@JsonDeserialize(as = ImmutableQualityFramework.class)
public abstract class QualityFramework {
  /** A short id, for example {@code darzi}. */
  public abstract String id();

  /** Its title, for example "High Quality Care for All (Darzi, 2008)". */
  public abstract String name();

  /** Where it comes from, for citation. */
  public abstract String source();

  /** Its domains, in the order the framework lists them; ids are unique. */
  public abstract ImmutableList<FrameworkDomain> domains();

  /** The domain with this id, if the framework has one. */
  public Optional<FrameworkDomain> domain(String id) {
    return domains().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * A builder for a framework: {@code id}, {@code name}, {@code source} and at least one domain are
   * required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link QualityFramework}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableQualityFramework.Builder {}

  /**
   * Rejects a blank id or name, a framework with no domains, and a domain id listed twice, with an
   * {@link IllegalArgumentException} that names the framework.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("framework id", id());
    Checks.notBlank("framework name", name());
    Checks.check(!domains().isEmpty(),
        () -> "framework " + id() + " must have at least one domain");
    Set<String> seen = new HashSet<>();
    for (FrameworkDomain d : domains()) {
      Checks.check(seen.add(d.id()),
          () -> "framework " + id() + " lists domain " + d.id() + " more than once");
    }
  }
}
