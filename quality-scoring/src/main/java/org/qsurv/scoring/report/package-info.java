/**
 * Governance reports as pure values: the bi-monthly quality report per service area and the
 * Quality Surveillance Group agenda, each stating what it is as of and what was missing, so that
 * old data is never shown as current. Rendering (pages, print, Markdown, HTML) is the caller's.
 *
 * <p><b>Implements:</b> 004 §4.4 (focused reports per service area, bi-monthly, in routine,
 * enhanced and intensive sections of insight, involvement and improvement, with assurance on
 * statutory responsibilities); 004 §4.3 and NQB 2022 (enhanced and intensive surveillance tabled
 * at the quality group); 000 §6.7 (monthly reports to directors); 002 §4.1.
 */
@NullMarked
package org.qsurv.scoring.report;

import org.jspecify.annotations.NullMarked;
