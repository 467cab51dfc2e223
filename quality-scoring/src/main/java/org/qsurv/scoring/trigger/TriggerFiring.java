package org.qsurv.scoring.trigger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * A trigger that fired for a provider, with the ids of its evidence (intelligence, risks,
 * indicators or improvement-plan actions) and the reason in plain English (SNAPSHOT.md
 * {@code triggers}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class TriggerFiring {
  /** Which trigger fired (SNAPSHOT.md {@code triggers}: {@code code}). */
  public abstract TriggerCode code();

  /** The ids of the evidence, in the order the evidence was given. */
  public abstract ImmutableList<String> evidence();

  /** Why it fired, citing its source. */
  public abstract String reason();

  /**
   * The independent sources its evidence comes from: an intelligence source (COMPLAINT, MEDIA,
   * ...), {@code INDICATORS}, {@code RISK_REGISTER} or {@code IMPROVEMENT_PLAN}. Corroboration
   * counts them (003 §5.2.1: "usually a combination").
   *
   * @since 1.0.0
   */
  public abstract ImmutableSet<String> sources();

  /**
   * Whether any of its evidence is hard: data (an indicator, a risk, an overdue action) or an item
   * of HARD intelligence, not only what people say.
   *
   * @since 1.0.0
   */
  public abstract boolean hardEvidence();

  /**
   * The firing as one line that names its evidence: {@code "CODE (I-1, I-2): reason"}.
   *
   * @since 1.0.0
   */
  public String described() {
    return code() + " (" + String.join(", ", evidence()) + "): " + reason();
  }

  static TriggerFiring of(TriggerCode code, Iterable<String> evidence, String reason,
      Iterable<String> sources, boolean hard) {
    return TriggerFiring.builder().code(code).evidence(evidence)
        .reason(reason + " (" + code.description() + ": " + code.citation() + ")")
        .sources(sources).hardEvidence(hard).build();
  }

  /**
   * Rejects a firing with no evidence or a blank reason, with an {@link IllegalArgumentException}
   * that names the trigger or field.
   */
  @Value.Check
  protected void check() {
    Checks.check(!evidence().isEmpty(), () -> "trigger " + code() + " must cite evidence");
    Checks.notBlank("trigger reason", reason());
  }

  /** A builder of {@link TriggerFiring}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link TriggerFiring}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableTriggerFiring.Builder {}
}
