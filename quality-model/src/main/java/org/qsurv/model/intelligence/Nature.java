package org.qsurv.model.intelligence;

/** Whether intelligence is hard (data) or soft (what people say): DOMAIN.md §4; 000 §6.9. */
public enum Nature {
  HARD,
  SOFT
}
