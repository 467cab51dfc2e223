/**
 * Triangulation of hard and soft intelligence by provider and quality domain (DOMAIN.md §4; 002
 * footnote 14): corroboration across independent sources counts for more than volume from one,
 * recent for more than old ({@link org.qsurv.scoring.triangulation.Triangulation}).
 */
package org.qsurv.scoring.triangulation;
