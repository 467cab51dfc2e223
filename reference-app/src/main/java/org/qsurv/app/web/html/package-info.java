/**
 * What the jte templates ({@code src/main/jte}) read: the page frame ({@link
 * org.qsurv.app.web.html.Layout}, {@link org.qsurv.app.web.html.Page}), form fields ({@link
 * org.qsurv.app.web.html.Field}), the values pages show ({@link
 * org.qsurv.app.web.html.IndicatorRow}, {@link org.qsurv.app.web.html.CaseForms}, ...), in the patterns of the NHS and GOV.UK design systems and
 * to WCAG 2.2 AA. The style sheet is {@code /web/static/qsurv.css} on the class path.
 *
 * <p>jte escapes every value by its HTML context. The one other way markup is made is {@link
 * org.qsurv.app.web.html.HtmlBuilder}, the small SVG writer the charts ({@code web.chart}) draw
 * with: an SPC chart is a few hundred computed coordinates, clearer as code than as a template;
 * it escapes every piece of data, and its output ({@link org.qsurv.app.web.html.SafeHtml}) is the
 * only markup a template writes unescaped.
 */
package org.qsurv.app.web.html;
