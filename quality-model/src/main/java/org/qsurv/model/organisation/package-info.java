/**
 * Commissioners (ICBs), providers and how they are identified: ODS codes (trusts, sites, GP
 * practices, ICBs) and CQC location ids, validated by shape and never guessed; the kinds of
 * provider; NHS England regions.
 *
 * <p><b>Implements:</b> provider kinds, with monitoring "proportionate to the
 * size of the organisation" (003 §5.3); the host commissioner (003 §5.3.4); ODS code and CQC
 * location id formats.
 */
@NullMarked
package org.qsurv.model.organisation;

import org.jspecify.annotations.NullMarked;
