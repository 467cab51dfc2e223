package org.qsurv.model.risk;

/**
 * The eight domains in which the NPSA's 5x5 matrix judges consequence, each with its own
 * descriptors for 1-5 (NPSA 2008, <em>A risk matrix for risk managers</em>).
 *
 * @since 0.1.0
 */
public enum ConsequenceDomain {
  /** Impact on the safety of patients, staff or public (physical or psychological harm). */
  SAFETY,
  /** Quality, complaints and audit. */
  QUALITY_COMPLAINTS_AUDIT,
  /** Human resources, organisational development, staffing and competence. */
  STAFFING,
  /** Statutory duty and inspections. */
  STATUTORY_DUTY,
  /** Adverse publicity and reputation. */
  REPUTATION,
  /** Business objectives and projects. */
  BUSINESS_OBJECTIVES,
  /** Finance, including claims. */
  FINANCE,
  /** Service or business interruption, environmental impact. */
  SERVICE_INTERRUPTION
}
