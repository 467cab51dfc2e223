package org.qsurv.model.framework;

/**
 * The six domains of quality in the National Quality Board's <em>Shared Commitment to Quality</em>
 * (2016), which qsurv uses as its common language for indicators, intelligence and risks
 * (SNAPSHOT.md {@code domain}; 004 §2.4; 003 §5.1.1). Other frameworks map onto these through
 * {@link Frameworks}.
 *
 * @since 0.1.0
 */
public enum QualityDomain {
  /** Safe: people are protected from avoidable harm and abuse. */
  SAFE("Safe"),
  /** Effective: care and treatment achieve good outcomes, based on the best available evidence. */
  EFFECTIVE("Effective"),
  /** A positive experience: caring, responsive and person-centred. */
  EXPERIENCE("Positive experience"),
  /** Well-led: leadership, governance and culture. */
  WELL_LED("Well-led"),
  /** Sustainably resourced: workforce and money used well. */
  SUSTAINABLE("Sustainably resourced"),
  /** Equitable: care that does not vary in quality because of who people are. */
  EQUITABLE("Equitable");

  private final String displayName;

  QualityDomain(String displayName) {
    this.displayName = displayName;
  }

  /** The domain's name as the NQB writes it. */
  public String displayName() {
    return displayName;
  }
}
