/**
 * The NHS 5x5 risk matrix (NPSA 2008; DOMAIN.md §5 and §8.1): ratings, likelihood and consequence
 * descriptors, review intervals (monthly for 15 and above, 004 §4.4) and a risk scored as of a
 * date ({@link org.qsurv.scoring.risk.ScoredRisk}).
 */
package org.qsurv.scoring.risk;
