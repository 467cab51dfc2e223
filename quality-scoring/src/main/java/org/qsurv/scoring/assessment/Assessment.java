package org.qsurv.scoring.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * The assessment of a surveillance snapshot (SNAPSHOT.md, format {@value #FORMAT} or {@value #FORMAT_1_1}): every provider
 * in snapshot order, and every finding, by provider then code. Made by quality-evaluation's
 * {@code SnapshotEvaluator}; written as JSON by {@link AssessmentWriter}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class Assessment {
  /** The format tag of version 1 of the assessment. */
  public static final String FORMAT = "qsurv-assessment/1";

  /**
   * The format tag of version 1.1: version 1 with {@code systemRisks}, findings that may name no
   * provider, and INTELLIGENCE_NOT_TRIAGED.
   *
   * @since 1.0.0
   */
  public static final String FORMAT_1_1 = "qsurv-assessment/1.1";

  /**
   * The format it is written in: {@value #FORMAT} for a snapshot of format 1, which cannot
   * express triage or system risks, and {@value #FORMAT_1_1} for one of format 1.1.
   *
   * @since 1.0.0
   */
  @Value.Default
  public String format() {
    return FORMAT_1_1;
  }

  /**
   * The system risks: risks on the register that belong to no provider (004 §4.3-4.4: "all risks
   * relevant to the ICB"), scored like a provider's, in snapshot order. Always empty in format 1.
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<ScoredRisk> systemRisks();

  /**
   * The findings about the whole system, naming no provider: overdue reviews of system risks.
   *
   * @since 1.0.0
   */
  public abstract ImmutableList<Finding> systemFindings();

  /** A builder of an assessment. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Assessment}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableAssessment.Builder {}

  /** The date the snapshot was evaluated as of. */
  public abstract LocalDate asOf();

  /** One entry per provider, in the snapshot's order. */
  public abstract ImmutableList<ProviderAssessment> providers();

  /** Every finding, by provider (snapshot order) then code, then those about the whole system. */
  @Value.Derived
  public ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> all = ImmutableList.builder();
    providers().forEach(p -> all.addAll(p.quality().findings()));
    all.addAll(systemFindings());
    return all.build();
  }

  /**
   * Rejects a format other than the two versions, and system risks or findings in format 1, with
   * an {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.check(format().equals(FORMAT) || format().equals(FORMAT_1_1),
        () -> "assessment format must be " + FORMAT + " or " + FORMAT_1_1 + " but was " + format());
    Checks.check(format().equals(FORMAT_1_1)
        || systemRisks().isEmpty() && systemFindings().isEmpty(),
        () -> "assessment format " + FORMAT + " cannot hold system risks or system findings");
  }
}
