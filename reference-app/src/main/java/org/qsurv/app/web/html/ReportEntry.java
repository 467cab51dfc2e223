package org.qsurv.app.web.html;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What the bi-monthly quality report says of one provider (004 §4.4; 000 §6.7), under its three
 * headings: insight (where the intelligence comes from and what it says), involvement (what work is
 * under way) and improvement (what it achieves).
 *
 * @param name the provider's name
 * @param insight the lines under insight
 * @param involvement the lines under involvement
 * @param improvement the sentence under improvement
 * @since 1.0.0
 */
public record ReportEntry(String name, ImmutableList<String> insight,
    ImmutableList<String> involvement, String improvement) {
  /** Checks that every part is present. */
  public ReportEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(insight, "insight");
    Objects.requireNonNull(involvement, "involvement");
    Objects.requireNonNull(improvement, "improvement");
  }

  /** The entry with these lines. */
  public static ReportEntry of(String name, List<String> insight, List<String> involvement,
      String improvement) {
    return new ReportEntry(name, ImmutableList.copyOf(insight), ImmutableList.copyOf(involvement),
        improvement);
  }
}
