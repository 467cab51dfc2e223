package org.qsurv.model.intelligence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * One piece of hard or soft intelligence about a provider (000 §6.9). Soft intelligence may be
 * marked {@link #sensitive()} (a whistleblower's account, say): it is then never shown to the
 * provider's own users.
 *
 * <pre>{@code
 * IntelligenceItem item = IntelligenceItem.builder()
 *     .id(IntelligenceId.of("I-1")).provider(OrganisationCode.of("RH5"))
 *     .received(LocalDate.of(2025, 6, 10)).source(IntelligenceSource.WHISTLEBLOWING)
 *     .nature(Nature.SOFT).domain(QualityDomain.SAFE)
 *     .summary("Staff report unsafe night staffing on ward 4").sensitive(true)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableIntelligenceItem.class)
@JsonDeserialize(as = ImmutableIntelligenceItem.class)
public abstract class IntelligenceItem {
  /**
   * The item's id, e.g. {@code I-1}: unique within a snapshot, and what triggers, triangulation and
   * findings cite as evidence.
   */
  public abstract IntelligenceId id();

  /** The provider it is about: its ODS code or CQC location id. */
  public abstract OrganisationCode provider();

  /** The date the commissioner received it. */
  public abstract LocalDate received();

  /** Where it came from, e.g. complaints, a CQC inspection or a whistleblower (002 §3.1). */
  public abstract IntelligenceSource source();

  /**
   * Whether it is hard (data) or soft (what people say); only soft intelligence may be
   * {@link #sensitive()}.
   */
  public abstract Nature nature();

  /** The NQB quality domain it concerns, which is where triangulation counts it. */
  public abstract QualityDomain domain();

  /** What it says, in a sentence. */
  public abstract String summary();

  /** Who reported it (a role or team rather than a private person's name), where recorded. */
  public abstract Optional<String> reportedBy();

  /** Whether this soft intelligence must be withheld from the provider's own users. */
  @Value.Default
  public boolean sensitive() {
    return false;
  }

  /**
   * Whether it reports a concern, nothing either way, or praise; CONCERN when not given (format 1
   * had no tone). Only a concern counts as evidence.
   *
   * @since 1.0.0
   */
  @Value.Default
  public Tone tone() {
    return Tone.CONCERN;
  }

  /**
   * Its triage at the weekly insights meeting (004 §4.3), once triaged.
   *
   * @since 1.0.0
   */
  public abstract Optional<Triage> triage();

  /**
   * The serious incident this item is about, when the snapshot records it as an incident too: the
   * triggers then count the event once, as the incident, and not this item (SNAPSHOT.md).
   *
   * @since 1.0.0
   */
  public abstract Optional<IncidentId> incident();

  /**
   * Whether it counts as evidence of concern as of {@code asOf}: it reports a concern, and has not
   * been triaged, on or before that date, as needing no further action or as not credible.
   *
   * @since 1.0.0
   */
  public boolean countsOn(LocalDate asOf) {
    return tone() == Tone.CONCERN && triage().map(t -> !t.discountsOn(asOf)).orElse(true);
  }

  /**
   * Whether, as of {@code asOf}, it has been triaged credible and worth acting on: not triaged
   * NO_FURTHER_ACTION, and triaged on or before that date (001 §7.2: "credible and material").
   *
   * @since 1.0.0
   */
  public boolean credibleOn(LocalDate asOf) {
    return triage().map(t -> !t.on().isAfter(asOf) && t.credible()
        && t.outcome() != TriageOutcome.NO_FURTHER_ACTION).orElse(false);
  }

  /**
   * A builder for an item: {@code id}, {@code provider}, {@code received}, {@code source},
   * {@code nature}, {@code domain} and {@code summary} are required; {@code reportedBy} is optional
   * and {@code sensitive} defaults to false; {@code tone} defaults to CONCERN and {@code triage} is
   * optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link IntelligenceItem}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableIntelligenceItem.Builder {}

  /**
   * Rejects a blank summary or reporter, hard intelligence marked sensitive, and a triage dated
   * before the item was received, with an {@link IllegalArgumentException} that names the field or
   * the item.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("intelligence summary", summary());
    reportedBy().ifPresent(r -> Checks.notBlank("intelligence reportedBy", r));
    Checks.check(!sensitive() || nature() == Nature.SOFT,
        () -> "intelligence " + id() + " is HARD and so cannot be marked sensitive");
    triage().ifPresent(t -> Checks.check(!t.on().isBefore(received()), () -> "intelligence " + id()
        + " was triaged on " + t.on() + ", before it was received on " + received()));
  }
}
