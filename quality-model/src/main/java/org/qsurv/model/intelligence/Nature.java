package org.qsurv.model.intelligence;

/**
 * Whether intelligence is hard (data) or soft (what people say): 000 §6.9.
 *
 * @since 0.1.0
 */
public enum Nature {
  /** Hard intelligence: data, such as indicator returns, incident counts or inspection findings. */
  HARD,
  /**
   * Soft intelligence: what people say (staff, patients, carers, GPs...); it carries more weight
   * where a provider sends little data (003 §5.3.1).
   */
  SOFT
}
