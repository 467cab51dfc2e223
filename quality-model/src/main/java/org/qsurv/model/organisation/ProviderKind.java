package org.qsurv.model.organisation;

/**
 * The kinds of provider a commissioner watches (DOMAIN.md §2; spellings are SNAPSHOT.md's).
 * Monitoring is "proportionate to the size of the organisation" (003 §5.3): small providers often
 * send no data, which {@link #sendsRoutineData()} records.
 */
public enum ProviderKind {
  ACUTE(true),
  COMMUNITY(true),
  MENTAL_HEALTH(true),
  AMBULANCE(true),
  NHS_111(true),
  GP_PRACTICE(true),
  DENTAL(false),
  PHARMACY(false),
  OPTOMETRY(false),
  CARE_HOME(false),
  DOMICILIARY_CARE(false),
  CONTINUING_HEALTHCARE(false),
  INDEPENDENT_SECTOR(true),
  LD_AUTISM_INPATIENT(true),
  HOSPICE(false),
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
