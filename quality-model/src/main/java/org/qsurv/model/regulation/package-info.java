/**
 * Regulators' published ratings of providers: the CQC's overall rating and its ratings of the five
 * key questions, dated by publication.
 *
 * <p><b>Implements:</b> 004 §5.1 "understand the CQC and regulatory status of all
 * organisations"; 003 Appendix 1, where a CQC inspection outcome is a trigger on its own.
 */
@NullMarked
package org.qsurv.model.regulation;

import org.jspecify.annotations.NullMarked;
