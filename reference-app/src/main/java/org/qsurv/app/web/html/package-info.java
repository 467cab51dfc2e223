/**
 * What the jte templates ({@code src/main/jte}) read: the navigation's sections ({@link
 * org.qsurv.app.web.html.Section}; the page frame itself is {@code layout.jte}), form fields ({@link
 * org.qsurv.app.web.html.Field}), the values pages show ({@link
 * org.qsurv.app.web.html.IndicatorRow}, {@link org.qsurv.app.web.html.CaseForms}, ...), in the patterns of the NHS and GOV.UK design systems and
 * to WCAG 2.2 AA. The style sheet is {@code /web/static/qsurv.css} on the class path.
 *
 * <p>jte escapes every value by its HTML context, the SVG charts' included. The output of one
 * template ({@link org.qsurv.app.web.html.SafeHtml}, made only by {@link
 * org.qsurv.app.web.html.Templates}) is the only markup another writes unescaped.
 */
package org.qsurv.app.web.html;
