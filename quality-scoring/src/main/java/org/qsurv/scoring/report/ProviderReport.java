package org.qsurv.scoring.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Level;

/**
 * One provider's part of a service area report (004 §4.4), in the three parts the NHS Patient
 * Safety Strategy gives it (004 §4.4): insight ("where the intelligence is coming from and what
 * it is telling us", patients' and the public's voices among it), involvement ("what active
 * workstreams and interventions are underway to further improve and mitigate risk") and
 * improvement (what they achieve, and what is late).
 *
 * @param provider the provider
 * @param level its level of surveillance
 * @param insight the triggers that fired, the domains of concern, each naming its evidence, and
 *     the patients' and public's intelligence by source (complaints, PALS...)
 * @param involvement the workstreams and interventions underway: the level of surveillance and
 *     since when, open plan and meeting actions, planned visits, deep dives
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
