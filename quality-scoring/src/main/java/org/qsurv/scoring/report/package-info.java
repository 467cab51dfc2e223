/**
 * Governance reports as pure values: the bi-monthly quality report per service area, the
 * Quality Surveillance Group agenda, the monthly report to directors and the host commissioner's
 * notes to placing commissioners, each stating what it is as of and what was missing, so that
 * old data is never shown as current. Rendering (pages, print, Markdown, HTML) is the caller's.
 *
 * <p><b>Implements:</b> 004 §4.4 (focused reports per service area, bi-monthly, in routine,
 * enhanced and intensive sections of insight, involvement and improvement, with assurance on
 * statutory responsibilities); 004 §4.3 and NQB 2022 (enhanced and intensive surveillance tabled
 * at the quality group); 000 §6.7 and §8.3 (monthly quality and risk reports to directors, with
 * assurance on statutory responsibilities); 002 §4.1 (key quality indicators of the main
 * providers); 003 §5.3.4 (the host commissioner of inpatient units for people with a learning
 * disability, autism or both).
 */
@NullMarked
package org.qsurv.scoring.report;

import org.jspecify.annotations.NullMarked;
