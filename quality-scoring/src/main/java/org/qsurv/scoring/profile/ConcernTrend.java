package org.qsurv.scoring.profile;

/** Whether concern in a domain has risen, fallen or held between two dates. */
public enum ConcernTrend {
  RISING,
  FALLING,
  STEADY
}
