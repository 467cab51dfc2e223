/**
 * Every local choice in quality scoring as one validated, JSON-loadable value with national
 * defaults ({@link org.qsurv.scoring.policy.ScoringPolicy#nhsDefaults()}).
 *
 * <p><b>Implements:</b> policy as data for every local choice of routine monitoring: review
 * intervals (004 §4.4; NPSA 2008), Making Data Count options (MDC; PTD), trigger thresholds
 * (003 §5.2.1; 001 §7.2), triangulation weights (002 footnote 14) and when a finding is raised.
 */
@NullMarked
package org.qsurv.scoring.policy;

import org.jspecify.annotations.NullMarked;
