package org.qsurv.app.web.html;

import java.util.Objects;
import java.util.Optional;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * One indicator on a provider's page, as its template shows it: the name, the latest period and
 * value, the threshold status, the Making Data Count variation and assurance icons (MDC), the
 * target, and the SPC chart. The icons and the chart are SVG made by the chart writer, every piece
 * of data in them escaped ({@link SafeHtml}).
 *
 * @param name the indicator's name
 * @param anchor the id its chart's figure carries, {@code chart-} and this
 * @param period the latest period with a value
 * @param value the latest value with its unit
 * @param band the latest value's threshold status
 * @param variation the variation icon with its words
 * @param assurance the assurance icon with its words
 * @param target the target, or "None"
 * @param chart the SPC chart, where the series has values
 * @param page the indicator's own page: its recalculations, annotations and their forms
 * @param rebaseAdvice the suggested rebase in words, where the assessment gives one: advice,
 *     never applied (MDC; PTD)
 * @since 1.0.0
 */
public record IndicatorRow(String name, String anchor, String period, String value,
    ThresholdBand band, SafeHtml variation, SafeHtml assurance, String target,
    Optional<SafeHtml> chart, String page, Optional<String> rebaseAdvice) {
  /** Checks that every part is present. */
  public IndicatorRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(variation, "variation");
    Objects.requireNonNull(assurance, "assurance");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(rebaseAdvice, "rebaseAdvice");
  }
}
