package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Level;

/**
 * One provider's part of a service area report (004 §4.4), in the three parts the NHS Patient
 * Safety Strategy gives it: insight (what the evidence says), involvement (what patients and the
 * public said) and improvement (what is being done, and what is late).
 *
 * @param provider the provider
 * @param level its level of surveillance
 * @param insight the triggers that fired and the domains of concern, each naming its evidence
 * @param involvement the patients' and public's intelligence, by source
 * @param improvement the findings someone must act on and the overdue actions
 * @since 1.0.0
 */
public record ProviderReport(Provider provider, Level level, ImmutableList<String> insight,
    ImmutableList<String> involvement, ImmutableList<String> improvement) {

  /** A provider's report; the lists are copied. */
  public ProviderReport(Provider provider, Level level, List<String> insight,
      List<String> involvement, List<String> improvement) {
    this(provider, level, ImmutableList.copyOf(insight), ImmutableList.copyOf(involvement),
        ImmutableList.copyOf(improvement));
  }

  /** Checks that every part is present. */
  public ProviderReport {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(insight, "insight");
    Objects.requireNonNull(involvement, "involvement");
    Objects.requireNonNull(improvement, "improvement");
  }
}
