/**
 * Making Data Count's pictures (MDC) drawn on the server as accessible inline SVG: the
 * XmR chart ({@link org.qsurv.app.web.chart.XmrChart}) and the variation and assurance icons
 * ({@link org.qsurv.app.web.chart.MdcIcons}). The numbers and classifications come from {@code
 * quality-scoring}; these classes compute where each mark goes, and the templates of {@code
 * src/main/jte/chart} draw them.
 */
package org.qsurv.app.web.chart;
