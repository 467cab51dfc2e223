package org.qsurv.app.port;

import com.google.common.collect.ImmutableList;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.DeepDive;

/**
 * The deep dives ICB directors authorised (001 §7.1 Level 3: "a deep dive / appreciative enquiry
 * would be carried out following formal assessment of risk and only authorised at Director
 * level"), each with its risk assessment and rationale. A deep dive is recorded once and never
 * changed; the model refuses one not by an ICB director (hazard H39).
 *
 * <pre>{@code
 * deepDives.record(new DeepDive(DeepDiveId.of("DD-1"), OrganisationCode.of("RH5"),
 *     LocalDate.of(2025, 6, 16), Actor.of("A. Director", Role.ICB_DIRECTOR),
 *     "Mortality above the expected range for two quarters", "Level 2 has not explained it"));
 * }</pre>
 *
 * @since 1.1.0
 */
public interface DeepDives {
  /** Every deep dive, in the order recorded. */
  ImmutableList<DeepDive> deepDives();

  /** The deep dives into one provider, in the order recorded. */
  ImmutableList<DeepDive> deepDives(OrganisationCode provider);

  /**
   * Records one new deep dive (one transaction).
   *
   * @throws IllegalArgumentException if a deep dive with its id is already recorded, or its
   *     provider is not in the directory
   */
  void record(DeepDive deepDive);
}
