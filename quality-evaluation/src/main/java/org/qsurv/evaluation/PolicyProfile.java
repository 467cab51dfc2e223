package org.qsurv.evaluation;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * One source framework as a runnable policy: the scoring and escalation policies its rules give,
 * with the provenance of each setting (docs/profiles.md shows them side by side). Where the
 * framework is silent a setting is inherited from {@code nhs-defaults}, and its provenance says so.
 *
 * <pre>{@code
 * PolicyProfile dorset = PolicyProfiles.named("dorset-qf-2018").orElseThrow();
 * Assessment a = SnapshotEvaluator.evaluate(snapshot, dorset);
 * }</pre>
 *
 * @since 1.0.0
 */
@Value.Immutable
@QsurvStyle
public abstract class PolicyProfile {
  /** Its name, as {@code qsurv.jar evaluate --profile NAME} takes it, e.g. {@code dorset-qf-2018}. */
  public abstract String name();

  /** What it is, in a line: the framework and its years. */
  public abstract String title();

  /** The key of its source in docs/frameworks.md ({@code 000}-{@code 004}), or the national one. */
  public abstract String source();

  /** The scoring policy: triggers, recommendation, risk review, findings. */
  public abstract ScoringPolicy scoring();

  /** The escalation policy: the sustained-assurance period and who may decide what. */
  public abstract EscalationPolicy escalation();

  /**
   * What its users read first about a provider: its level of surveillance (routine, enhanced,
   * intensive: NQB 2022) or its level of assurance (001 §7.0-7.1, the Cannock Chase framework's
   * own view). The assessment always has both; the reference app's pages and the reports lead
   * with this one. Default {@link MainView#LEVEL_OF_SURVEILLANCE}.
   *
   * @since 1.0.0
   */
  @Value.Default
  public MainView mainView() {
    return MainView.LEVEL_OF_SURVEILLANCE;
  }

  /** Each setting with its value and where it comes from, in docs/profiles.md's order. */
  public abstract ImmutableList<Setting> settings();

  /** A builder for a profile: every attribute but {@code mainView} is required. */
  public static ImmutablePolicyProfile.Builder builder() {
    return ImmutablePolicyProfile.builder();
  }

  /**
   * Rejects a name that is not lower-case words joined by hyphens, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.check(name().matches("[a-z0-9]+(-[a-z0-9]+)*"),
        () -> "profile name must be lower-case words joined by hyphens but was "
            + Checks.quote(name()));
  }

  /**
   * The view a profile leads with ({@link #mainView()}).
   *
   * @since 1.0.0
   */
  public enum MainView {
    /** Routine, enhanced or intensive surveillance (NQB 2022; 003 §5.2; 004 §4.3). */
    LEVEL_OF_SURVEILLANCE,
    /** Level 1, 2 or 3 of assurance, and what would move it (001 §7.0-7.1). */
    LEVEL_OF_ASSURANCE
  }

  /**
   * One setting of a profile: its name (e.g. {@code riskReview.highMonths}), its value as text, and
   * its source: a framework section, or "inherits nhs-defaults" with the national source.
   *
   * @param name the setting, as docs/profiles.md names it
   * @param value its value in this profile
   * @param source where the value comes from
   * @since 1.0.0
   */
  public record Setting(String name, String value, String source) {
    /** Checks that no part is blank. */
    public Setting {
      Checks.notBlank("setting name", name);
      Checks.notBlank("setting value", value);
      Checks.notBlank("setting source", source);
    }
  }
}
