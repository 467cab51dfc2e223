/**
 * Levels of assurance: how a commissioner knows about a provider's quality, from the information
 * of quality schedules and national data (Level 1), through review meetings and visits
 * (Level 2), to a deep dive authorised by a director (Level 3), and what would move it.
 *
 * <p><b>Implements:</b> 001 §7.0-7.1 (the quality monitoring and assurance framework).
 */
@NullMarked
package org.qsurv.scoring.assurance;

import org.jspecify.annotations.NullMarked;
