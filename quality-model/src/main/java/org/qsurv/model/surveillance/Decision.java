package org.qsurv.model.surveillance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A recorded escalation decision: which provider, when, what, who decided in what role, and why
 * (003 §3: "an audit trail of actions and rationale for decisions made"). A decision is
 * a request until {@code quality-escalation} accepts or rejects it.
 *
 * <pre>{@code
 * Decision d = Decision.builder()
 *     .provider(OrganisationCode.of("RH5")).at(LocalDate.of(2025, 3, 3))
 *     .decision(DecisionType.PLACE_ON_ENHANCED).by(Actor.of("A. Director", Role.ICB_DIRECTOR))
 *     .rationale("Rising mortality and two never events in a quarter")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {
  /** The provider the decision is about: its ODS code or CQC location id. */
  public abstract OrganisationCode provider();

  /** The date the decision was taken. */
  public abstract LocalDate at();

  /** What was decided: a move in the escalation lifecycle (003 §5.2; 004 §4.4). */
  public abstract DecisionType decision();

  /**
   * Who decided, and in what role. Whether that role may take this decision is checked by
   * {@code quality-escalation}, not here.
   */
  public abstract Actor by();

  /**
   * Why. A blank rationale is representable because a decision is a request: the escalation
   * lifecycle rejects it ("every decision needs a non-blank rationale", SNAPSHOT.md), and the
   * rejection is recorded rather than the request lost.
   */
  public abstract String rationale();

  /**
   * The meeting at which it was taken, where recorded. A step-down from enhanced taken at one of
   * the NHS England-led meetings of 003 §5.2.3 a needs no sustained-assurance period.
   *
   * @since 1.0.0
   */
  public abstract Optional<Meeting> meeting();

  /**
   * A builder for a decision: every attribute but {@code meeting} is required; the rationale may be
   * blank (see {@link #rationale()}).
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Decision}: every setter returns this builder, and {@code build()} returns
   * the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableDecision.Builder {}
}
