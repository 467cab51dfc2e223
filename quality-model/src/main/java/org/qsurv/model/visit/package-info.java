/**
 * Quality visits to providers, announced and unannounced, planned and done, with what the
 * visitors found.
 *
 * <p><b>Implements:</b> 001 §7.1 (Level 2 assurance: quality review visits, supported by
 * unannounced visits where intelligence identifies a risk); 000 §6.5 ("walk the service":
 * unannounced and announced visits); 003 §5.1.1 (programmes of visits) and §5.2.3 c (visits
 * stepped up in enhanced surveillance); 003 §5.3.1 and §5.3.3 (visits where providers send little
 * data).
 */
@NullMarked
package org.qsurv.model.visit;

import org.jspecify.annotations.NullMarked;
