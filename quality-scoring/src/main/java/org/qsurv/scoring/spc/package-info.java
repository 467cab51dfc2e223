/**
 * NHS England's <em>Making Data Count</em> statistical process control (MDC): XmR
 * charts over primitive arrays, the four special-cause rules, the variation and assurance icons,
 * fixed baselines, recalculation from given periods and named, versioned rule sets
 * ({@link org.qsurv.scoring.spc.SpcRuleSet}). Start with
 * {@link org.qsurv.scoring.spc.SpcSummary} (the latest point) or
 * {@link org.qsurv.scoring.spc.XmrChart} (every point).
 *
 * <p><b>Implements:</b> 003 §5.2.2 ("patterns of deterioration") by NHS England's
 * <em>Making Data Count</em> guides and tools, cross-checked against NHSRplotthedots
 * ({@code R/ptd_spc_standard.R}, {@code R/ptd_calculate_point_type.R},
 * {@code R/ptd_calculate_assurance_type.R}), PTD.
 */
@NullMarked
package org.qsurv.scoring.spc;

import org.jspecify.annotations.NullMarked;
