package org.qsurv.model.intelligence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * One piece of hard or soft intelligence about a provider (DOMAIN.md §4). Soft intelligence may be
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
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableIntelligenceItem.class)
@JsonDeserialize(as = ImmutableIntelligenceItem.class)
public abstract class IntelligenceItem {
  public abstract IntelligenceId id();

  public abstract OrganisationCode provider();

  /** The date the commissioner received it. */
  public abstract LocalDate received();

  public abstract IntelligenceSource source();

  public abstract Nature nature();

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

  public static ImmutableIntelligenceItem.Builder builder() {
    return ImmutableIntelligenceItem.builder();
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("intelligence summary", summary());
    reportedBy().ifPresent(r -> Checks.notBlank("intelligence reportedBy", r));
    Checks.check(!sensitive() || nature() == Nature.SOFT,
        "intelligence " + id() + " is HARD and so cannot be marked sensitive");
  }
}
