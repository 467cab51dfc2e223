package org.qsurv.model.surveillance;

import java.time.LocalDate;
import java.util.Objects;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * A Level 3 deep dive into a provider, authorised by an ICB director after a formal risk assessment
 * (001 §7.1: "a deep dive / appreciative enquiry would be carried out following formal assessment
 * of risk and only authorised at Director level"). It is a decision people take; qsurv only lists
 * the triggers that may call for one.
 *
 * @param id its id, unique within a snapshot
 * @param provider the provider
 * @param authorised the date it was authorised
 * @param by who authorised it: an ICB director
 * @param riskAssessment the formal assessment of risk it follows, in a sentence
 * @param rationale why
 * @since 1.0.0
 */
public record DeepDive(DeepDiveId id, OrganisationCode provider, LocalDate authorised, Actor by,
    String riskAssessment, String rationale) {
  /**
   * The one role that authorises a deep dive (001 §7.1: "only authorised at Director level"):
   * what a system that records deep dives checks its users against.
   *
   * @since 1.1.0
   */
  public static final Role AUTHORISED_BY = Role.ICB_DIRECTOR;

  /**
   * Checks that it was authorised at director level and says why.
   *
   * @throws IllegalArgumentException naming the field if {@code by} is not an ICB director or the
   *     risk assessment or rationale is blank
   */
  public DeepDive {
    Objects.requireNonNull(id, "deep dive id");
    Objects.requireNonNull(provider, "deep dive provider");
    Objects.requireNonNull(authorised, "deep dive authorised");
    Objects.requireNonNull(by, "deep dive by");
    Checks.check(by.role() == AUTHORISED_BY,
        () -> "a deep dive is authorised only at Director level"
        + " (001 §7.1) but was by " + by.name() + " as " + by.role());
    Checks.notBlank("deep dive riskAssessment", riskAssessment);
    Checks.notBlank("deep dive rationale", rationale);
  }
}
