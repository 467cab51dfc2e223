package org.qsurv.model.intelligence;

/**
 * Where a piece of intelligence comes from (000 §6.9 and §7; 002 §3.1; 003 §5.1.2).
 * Triangulation counts independent source <em>types</em>: a concern from a complaint, a
 * whistleblower and a coroner is stronger than three complaints (002 footnote 14).
 *
 * @since 0.1.0
 */
public enum IntelligenceSource {
  /** A complaint from a patient, carer or member of the public. */
  COMPLAINT,
  /** A contact with the Patient Advice and Liaison Service (PALS). */
  PALS,
  /** A patient safety incident reported by or about the provider. */
  INCIDENT,
  /** Kept for older data and the seeds: PSIRF (2022) has no serious-incident category. */
  SERIOUS_INCIDENT,
  /** A never event: a wholly preventable serious incident on the national never-events list. */
  NEVER_EVENT,
  /** A safeguarding alert, referral or review, for example a serious case review. */
  SAFEGUARDING,
  /** A concern raised by a GP about a provider (a GP intelligence report). */
  GP_REPORT,
  /** Feedback from patients and carers, for example surveys or the Friends and Family Test. */
  PATIENT_FEEDBACK,
  /** A report or concern from Healthwatch, the local patients' champion. */
  HEALTHWATCH,
  /** Results of a staff survey, for example the National Staff Survey. */
  STAFF_SURVEY,
  /** A concern raised by a whistleblower or through Freedom to Speak Up. */
  WHISTLEBLOWING,
  /** A CQC inspection report or rating. */
  CQC_INSPECTION,
  /** CQC enforcement action, such as a warning notice or conditions on registration. */
  CQC_ENFORCEMENT,
  /** A coroner's Regulation 28 Prevention of Future Deaths report (response due in 56 days). */
  CORONER_PFD,
  /** A notice or finding from the Health and Safety Executive (003 §5.2.1). */
  HSE,
  /** Police involvement with the provider (003 §5.2.1). */
  POLICE,
  /** The NMC, GMC or another professional regulator. */
  PROFESSIONAL_REGULATOR,
  /** Media coverage of the provider, for example adverse press interest (003 §5.2.1). */
  MEDIA,
  /** A quality visit by the commissioner, announced or unannounced. */
  QUALITY_VISIT,
  /** The provider's own reports, for example board papers. */
  PROVIDER_REPORT,
  /** Any other source. */
  OTHER
}
