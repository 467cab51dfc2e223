/**
 * Triangulation of hard and soft intelligence by provider and quality domain (000 §6.9; 002
 * footnote 14): corroboration across independent sources counts for more than volume from one,
 * recent for more than old ({@link org.qsurv.scoring.triangulation.Triangulation}).
 *
 * <p><b>Implements:</b> 002 footnote 14 (triangulation: cross-checking one concern across
 * independent sources), 000 §6.9 (hard and soft intelligence in one system) and 003 §5.3 (soft
 * intelligence counts for more where a small provider sends no data).
 */
@NullMarked
package org.qsurv.scoring.triangulation;

import org.jspecify.annotations.NullMarked;
