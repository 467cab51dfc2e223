/**
 * The NHS 5x5 risk matrix (NPSA 2008; 004 §4.4): ratings, likelihood and consequence
 * descriptors, review intervals (monthly for 15 and above, 004 §4.4) and a risk scored as of a
 * date ({@link org.qsurv.scoring.risk.ScoredRisk}).
 *
 * <p><b>Implements:</b> 004 §4.4 ("risks with a score of 15 or above are reviewed and updated
 * by the risk owner at least monthly"), 000 §6.5 (mitigations updated at least monthly) and the NPSA
 * <em>A risk matrix for risk managers</em> (2008): ratings 1-3 low, 4-6 moderate, 8-12 high, 15-25
 * extreme.
 */
@NullMarked
package org.qsurv.scoring.risk;

import org.jspecify.annotations.NullMarked;
