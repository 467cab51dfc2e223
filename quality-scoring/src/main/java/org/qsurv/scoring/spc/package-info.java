/**
 * NHS England's <em>Making Data Count</em> statistical process control (DOMAIN.md §8.2): XmR
 * charts over primitive arrays, the four special-cause rules, the variation and assurance icons,
 * fixed baselines, recalculation from given periods and named, versioned rule sets
 * ({@link org.qsurv.scoring.spc.SpcRuleSet}). Start with
 * {@link org.qsurv.scoring.spc.SpcSummary} (the latest point) or
 * {@link org.qsurv.scoring.spc.XmrChart} (every point).
 */
package org.qsurv.scoring.spc;
