/**
 * The quality risk profile of a provider by domain and the recommended level of surveillance,
 * urgent or not, with its reasons (003 §5.2.3 and Appendix 1; 004 §4.4). A recommendation
 * advises; it never changes a level.
 *
 * <p><b>Implements:</b> 003 §5.2.3 a (the Quality Risk Profile NHS England may ask for) and
 * Appendix 1 (enhanced pending a quality review meeting; three months of sustained assurance);
 * the three levels of NQB 2022, as applied in 004 §4.4.
 */
@NullMarked
package org.qsurv.scoring.profile;

import org.jspecify.annotations.NullMarked;
