package org.qsurv.scoring.risk;

/** Whether a risk's score has gone up, down or stayed the same since its previous review. */
public enum RiskTrend {
  RISING,
  FALLING,
  STATIC
}
