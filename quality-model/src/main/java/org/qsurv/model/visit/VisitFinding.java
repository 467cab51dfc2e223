package org.qsurv.model.visit;

import java.util.Objects;
import org.qsurv.model.Checks;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.Tone;

/**
 * One thing the visitors found: first-hand evidence in a quality domain, of concern, neutral or
 * positive. A finding of concern counts like hard intelligence (000 §6.5: triangulation includes
 * "intelligence gained from walking the service").
 *
 * @param domain the NQB quality domain it concerns
 * @param tone whether it is a concern, neutral or positive
 * @param summary what was found, in a sentence
 * @since 1.0.0
 */
public record VisitFinding(QualityDomain domain, Tone tone, String summary) {
  /**
   * Checks that every part is present and the summary not blank.
   *
   * @throws IllegalArgumentException if {@code summary} is blank
   */
  public VisitFinding {
    Objects.requireNonNull(domain, "visit finding domain");
    Objects.requireNonNull(tone, "visit finding tone");
    Checks.notBlank("visit finding summary", summary);
  }
}
