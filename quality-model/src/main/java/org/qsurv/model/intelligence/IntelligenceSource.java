package org.qsurv.model.intelligence;

/**
 * Where a piece of intelligence comes from (DOMAIN.md §4; 000 §6.9 and §7; 002 §3.1; 003 §5.1.2).
 * Triangulation counts independent source <em>types</em>: a concern from a complaint, a
 * whistleblower and a coroner is stronger than three complaints (002 footnote 14).
 */
public enum IntelligenceSource {
  COMPLAINT,
  PALS,
  INCIDENT,
  /** Kept for older data and the seeds: PSIRF (2022) has no serious-incident category. */
  SERIOUS_INCIDENT,
  NEVER_EVENT,
  SAFEGUARDING,
  GP_REPORT,
  PATIENT_FEEDBACK,
  HEALTHWATCH,
  STAFF_SURVEY,
  WHISTLEBLOWING,
  CQC_INSPECTION,
  CQC_ENFORCEMENT,
  /** A coroner's Regulation 28 Prevention of Future Deaths report (response due in 56 days). */
  CORONER_PFD,
  HSE,
  POLICE,
  /** The NMC, GMC or another professional regulator. */
  PROFESSIONAL_REGULATOR,
  MEDIA,
  QUALITY_VISIT,
  PROVIDER_REPORT,
  OTHER
}
