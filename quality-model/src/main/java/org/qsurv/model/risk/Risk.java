package org.qsurv.model.risk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A risk on the commissioner's register (004 §4.4): what could go wrong, with which provider
 * (or across the system), who owns it, its current likelihood and consequence on the 5x5 matrix,
 * its controls, its initial (inherent) and target scores, and its review history.
 *
 * <pre>{@code
 * Risk staffing = Risk.builder()
 *     .id(RiskId.of("R-1")).provider(OrganisationCode.of("RH5"))
 *     .title("Night staffing below safe levels").domain(QualityDomain.SAFE)
 *     .owner("Deputy Chief Nurse").likelihood(4).consequence(4)
 *     .lastReviewed(LocalDate.of(2025, 5, 20))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableRisk.class)
@JsonDeserialize(as = ImmutableRisk.class)
public abstract class Risk {
  /**
   * The risk's id, e.g. {@code R-1}: unique within a snapshot, and what findings name as their
   * subject.
   */
  public abstract RiskId id();

  /** The provider the risk is about; empty for a system-wide risk. */
  public abstract Optional<OrganisationCode> provider();

  /** The risk's title, e.g. "Night staffing below safe levels"; never blank. */
  public abstract String title();

  /** A longer description of the risk, where recorded; never blank when present. */
  public abstract Optional<String> description();

  /** The quality domain, for grouping in reports. */
  public abstract QualityDomain domain();

  /** The NPSA domain in which the consequence was judged, where recorded. */
  public abstract Optional<ConsequenceDomain> consequenceDomain();

  /** The risk owner, who reviews it. */
  public abstract String owner();

  /** Current likelihood, 1-5. */
  public abstract int likelihood();

  /** Current consequence, 1-5. */
  public abstract int consequence();

  /** The controls and mitigations in place. */
  public abstract ImmutableList<String> controls();

  /** The initial (inherent) score, before controls. */
  public abstract Optional<RiskScore> initial();

  /** The score the risk is being managed towards. */
  public abstract Optional<RiskScore> target();

  /** The date of the last review; empty if never reviewed. */
  public abstract Optional<LocalDate> lastReviewed();

  /** Past reviews, oldest first. */
  public abstract ImmutableList<RiskReview> reviews();

  /** The current position on the matrix. */
  @JsonIgnore
  public RiskScore current() {
    return RiskScore.of(likelihood(), consequence());
  }

  /** The current score, likelihood x consequence. */
  @JsonIgnore
  public int score() {
    return likelihood() * consequence();
  }

  /**
   * A builder for a risk: {@code id}, {@code title}, {@code domain}, {@code owner},
   * {@code likelihood} and {@code consequence} are required; the rest are optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Risk}: every setter returns this builder, and {@code build()} returns the
   * checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableRisk.Builder {}

  /**
   * Rejects a likelihood or consequence outside 1-5, a blank title, owner, description or control,
   * reviews that are not oldest first, and a {@code lastReviewed} that is absent or before the
   * latest review when there are reviews, with an {@link IllegalArgumentException} that names the
   * field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("likelihood", likelihood(), 1, 5);
    Checks.inRange("consequence", consequence(), 1, 5);
    Checks.notBlank("risk title", title());
    Checks.notBlank("risk owner", owner());
    description().ifPresent(d -> Checks.notBlank("risk description", d));
    for (String control : controls()) {
      Checks.notBlank("risk control", control);
    }
    for (int i = 1; i < reviews().size(); i++) {
      LocalDate earlier = reviews().get(i - 1).reviewed();
      LocalDate later = reviews().get(i).reviewed();
      Checks.check(!later.isBefore(earlier), () -> "risk " + id()
          + " reviews must be oldest first, but " + later + " follows " + earlier);
    }
    if (!reviews().isEmpty()) {
      LocalDate latest = reviews().get(reviews().size() - 1).reviewed();
      Checks.check(lastReviewed().isPresent() && !lastReviewed().get().isBefore(latest),
          () -> "risk " + id() + " lastReviewed ("
              + lastReviewed().map(Object::toString).orElse("absent")
              + ") must not be before its latest review (" + latest + ")");
    }
  }
}
