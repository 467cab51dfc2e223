package org.qsurv.model.framework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Arrays;
import java.util.Optional;

/**
 * The built-in quality frameworks (Darzi 2008; NQB 2016, 004 §2.4; CQC, 004 §3.2; 001 §5.5.1) and
 * the mappings between them.
 *
 * <pre>{@code
 * FrameworkMapping cqcToNqb = Frameworks.mapping(Frameworks.CQC_KEY_QUESTIONS, Frameworks.NQB_2016)
 *     .orElseThrow();
 * cqcToNqb.map("RESPONSIVE");   // [EXPERIENCE]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Frameworks {
  private Frameworks() {}

  /** Darzi, <em>High Quality Care for All</em> (2008): the three pillars every seed uses. */
  public static final QualityFramework DARZI = QualityFramework.builder()
      .id("darzi")
      .name("High Quality Care for All (Darzi, 2008)")
      .source("Darzi 2008; 000 §5.1 (three pillars)")
      .addDomain(FrameworkDomain.of("PATIENT_SAFETY", "Patient safety"))
      .addDomain(FrameworkDomain.of("CLINICAL_EFFECTIVENESS", "Clinical effectiveness"))
      .addDomain(FrameworkDomain.of("PATIENT_EXPERIENCE", "Patient experience"))
      .build();

  /**
   * The National Quality Board's <em>Shared Commitment to Quality</em> (2016): six domains, the
   * ids of {@link QualityDomain}.
   */
  public static final QualityFramework NQB_2016 = QualityFramework.builder()
      .id("nqb-2016")
      .name("Shared Commitment to Quality (National Quality Board, 2016)")
      .source("004 §2.4; 003 §5.1.1")
      .addAllDomains(Arrays.stream(QualityDomain.values())
          .map(d -> FrameworkDomain.of(d.name(), d.displayName()))
          .collect(ImmutableList.toImmutableList()))
      .build();

  /** The CQC's five key questions. */
  public static final QualityFramework CQC_KEY_QUESTIONS = QualityFramework.builder()
      .id("cqc-key-questions")
      .name("CQC key questions")
      .source("004 §3.2")
      .addDomain(FrameworkDomain.of("SAFE", "Safe"))
      .addDomain(FrameworkDomain.of("EFFECTIVE", "Effective"))
      .addDomain(FrameworkDomain.of("CARING", "Caring"))
      .addDomain(FrameworkDomain.of("RESPONSIVE", "Responsive"))
      .addDomain(FrameworkDomain.of("WELL_LED", "Well-led"))
      .build();

  /** The GP balanced scorecard of 001 §5.5.1. */
  public static final QualityFramework GP_BALANCED_SCORECARD = QualityFramework.builder()
      .id("gp-balanced-scorecard")
      .name("GP balanced scorecard")
      .source("001 §5.5.1")
      .addDomain(FrameworkDomain.of("PATIENT_SAFETY", "Patient safety"))
      .addDomain(FrameworkDomain.of("CLINICAL_EFFECTIVENESS", "Clinical effectiveness"))
      .addDomain(FrameworkDomain.of("PATIENT_EXPERIENCE", "Patient experience"))
      .addDomain(FrameworkDomain.of("ORGANISATIONAL_GOVERNANCE", "Organisational governance"))
      .addDomain(FrameworkDomain.of("PRACTICE_CULTURE_AND_ENGAGEMENT",
          "Practice culture and engagement"))
      .build();

  /** Every built-in framework. */
  public static final ImmutableList<QualityFramework> ALL =
      ImmutableList.of(DARZI, NQB_2016, CQC_KEY_QUESTIONS, GP_BALANCED_SCORECARD);

  private static final ImmutableList<FrameworkMapping> MAPPINGS = ImmutableList.of(
      // Caring and responsive map into positive experience (004 §2.4).
      mapping(CQC_KEY_QUESTIONS, NQB_2016, ImmutableSetMultimap.of(
          "SAFE", "SAFE", "EFFECTIVE", "EFFECTIVE", "CARING", "EXPERIENCE",
          "RESPONSIVE", "EXPERIENCE", "WELL_LED", "WELL_LED")),
      mapping(NQB_2016, CQC_KEY_QUESTIONS, ImmutableSetMultimap.of(
          "SAFE", "SAFE", "EFFECTIVE", "EFFECTIVE", "EXPERIENCE", "CARING",
          "EXPERIENCE", "RESPONSIVE", "WELL_LED", "WELL_LED")),
      // Darzi has no well-led, sustainability or equity pillar: those NQB domains do not map.
      mapping(NQB_2016, DARZI, ImmutableSetMultimap.of(
          "SAFE", "PATIENT_SAFETY", "EFFECTIVE", "CLINICAL_EFFECTIVENESS",
          "EXPERIENCE", "PATIENT_EXPERIENCE")),
      mapping(DARZI, NQB_2016, ImmutableSetMultimap.of(
          "PATIENT_SAFETY", "SAFE", "CLINICAL_EFFECTIVENESS", "EFFECTIVE",
          "PATIENT_EXPERIENCE", "EXPERIENCE")),
      mapping(CQC_KEY_QUESTIONS, DARZI, ImmutableSetMultimap.of(
          "SAFE", "PATIENT_SAFETY", "EFFECTIVE", "CLINICAL_EFFECTIVENESS",
          "CARING", "PATIENT_EXPERIENCE", "RESPONSIVE", "PATIENT_EXPERIENCE")),
      mapping(GP_BALANCED_SCORECARD, NQB_2016, ImmutableSetMultimap.of(
          "PATIENT_SAFETY", "SAFE", "CLINICAL_EFFECTIVENESS", "EFFECTIVE",
          "PATIENT_EXPERIENCE", "EXPERIENCE", "ORGANISATIONAL_GOVERNANCE", "WELL_LED",
          "PRACTICE_CULTURE_AND_ENGAGEMENT", "WELL_LED")));

  /** The built-in mapping from one framework to another, if qsurv ships one. */
  public static Optional<FrameworkMapping> mapping(QualityFramework from, QualityFramework to) {
    return MAPPINGS.stream()
        .filter(m -> m.from().id().equals(from.id()) && m.to().id().equals(to.id()))
        .findFirst();
  }

  /** Every built-in mapping. */
  public static ImmutableList<FrameworkMapping> mappings() {
    return MAPPINGS;
  }

  private static FrameworkMapping mapping(
      QualityFramework from, QualityFramework to, ImmutableSetMultimap<String, String> links) {
    return FrameworkMapping.builder().from(from).to(to).links(links).build();
  }
}
