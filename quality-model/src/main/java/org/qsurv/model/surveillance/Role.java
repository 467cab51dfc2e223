package org.qsurv.model.surveillance;

/**
 * The roles that act in surveillance (SNAPSHOT.md {@code role}; 003 §5.2.3 a; 004 §4.4). What each
 * may decide is a policy of {@code quality-escalation}, with the national defaults of SNAPSHOT.md.
 *
 * @since 0.1.0
 */
public enum Role {
  /** The ICB's named quality lead for a provider: runs the enhanced procedure day to day. */
  ICB_QUALITY_LEAD,
  /** An ICB director or (deputy) chief nurse: authorises enhanced surveillance (004 §4.4: the move into enhanced is authorised by the ICB). */
  ICB_DIRECTOR,
  /**
   * NHS England's regional quality lead: authorises intensive surveillance, chairs risk summits.
   */
  NHSE_REGION,
  /** A representative of the provider: responds to feedback, owns the improvement plan. */
  PROVIDER,
  /** May read, never decide. */
  VIEWER
}
