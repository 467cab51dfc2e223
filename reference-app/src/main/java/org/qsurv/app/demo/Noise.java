package org.qsurv.app.demo;

/** How an indicator's monthly values scatter around their mean. */
enum Noise {
  /** Normally distributed with the indicator's standard deviation (rates, percentages, times). */
  NORMAL,
  /** Poisson counts with the mean as their rate (incidents, infections, complaints). */
  POISSON
}
