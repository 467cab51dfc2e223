/**
 * The governance reports of {@code org.qsurv.scoring.report} as documents for people: each turned
 * into a {@link org.qsurv.app.report.ReportDocument} (its title, the date it is as of, what was
 * missing or stale first, then its sections) and written as Markdown or as a printable HTML page
 * ({@code qsurv.jar report}).
 */
package org.qsurv.app.report;
