package org.qsurv.model.organisation;

/**
 * The kinds of provider a commissioner watches (003 §5.3; spellings are SNAPSHOT.md's).
 * Monitoring is "proportionate to the size of the organisation" (003 §5.3): small providers often
 * send no data, which {@link #sendsRoutineData()} records.
 *
 * @since 0.1.0
 */
public enum ProviderKind {
  /** An acute hospital trust (003 §5.1). */
  ACUTE(true),
  /** A community health services provider (003 §5.1). */
  COMMUNITY(true),
  /** A mental health services provider (003 §5.1). */
  MENTAL_HEALTH(true),
  /** An ambulance service. */
  AMBULANCE(true),
  /** An NHS 111 service. */
  NHS_111(true),
  /**
   * A GP practice (primary care, 003 §5.3.3), usually identified by a six-character ODS code such
   * as {@code A81001}.
   */
  GP_PRACTICE(true),
  /** A dental practice. */
  DENTAL(false),
  /** A community pharmacy. */
  PHARMACY(false),
  /** An optometry (optician) practice. */
  OPTOMETRY(false),
  /** A care home, nursing or residential; care homes may not routinely send data (003 §5.3.1). */
  CARE_HOME(false),
  /** A domiciliary (home) care provider. */
  DOMICILIARY_CARE(false),
  /**
   * A provider of NHS Continuing Healthcare or NHS Funded Nursing Care packages (CHC / FNC;
   * 003 §5.3.2).
   */
  CONTINUING_HEALTHCARE(false),
  /** An independent-sector provider of NHS-funded care. */
  INDEPENDENT_SECTOR(true),
  /**
   * An inpatient unit for people with a learning disability, autism or both (003 §5.3.4). 003
   * §5.2.2's example of providers that do not routinely provide data is these units' Host
   * Commissioner Guidance: they are watched through visits and soft intelligence, which weighs more.
   */
  LD_AUTISM_INPATIENT(false),
  /** A hospice. */
  HOSPICE(false),
  /** Any other kind of provider; assumed to send no routine data. */
  OTHER(false);

  private final boolean sendsRoutineData;

  ProviderKind(boolean sendsRoutineData) {
    this.sendsRoutineData = sendsRoutineData;
  }

  /**
   * Whether providers of this kind usually send a routine indicator dashboard; where they do not,
   * soft intelligence carries more weight (003 §5.3).
   */
  public boolean sendsRoutineData() {
    return sendsRoutineData;
  }
}
