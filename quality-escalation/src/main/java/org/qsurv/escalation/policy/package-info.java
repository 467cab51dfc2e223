/**
 * The escalation policy: every local choice with its national default, loadable from JSON.
 *
 * <p><b>Implements:</b> the local choices of 003 Appendix 1 and 004 §4.4, with the seeds' values as defaults: the
 * three-month sustained-assurance period (003 Appendix 1), intensive stepping down to enhanced first,
 * and the authority table.
 */
@NullMarked
package org.qsurv.escalation.policy;

import org.jspecify.annotations.NullMarked;
