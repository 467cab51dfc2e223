package org.qsurv.app.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qsurv.evaluation.PolicyProfile;

/**
 * A governance report as a document: a title, the date it is as of, what was missing or stale
 * (always printed before the sections, so that no reader takes old data for current), and its
 * sections of headed lists.
 *
 * @param title what the report is
 * @param asOf the date it is as of
 * @param subtitle what it covers, in a line
 * @param missing what was missing or stale
 * @param sections its sections, in order
 */
public record ReportDocument(String title, LocalDate asOf, String subtitle,
    ImmutableList<String> missing, ImmutableList<Section> sections) {

  /** A document; the lists are copied. */
  public ReportDocument(String title, LocalDate asOf, String subtitle, List<String> missing,
      List<Section> sections) {
    this(title, asOf, subtitle, ImmutableList.copyOf(missing), ImmutableList.copyOf(sections));
  }

  /** Checks that every part is present. */
  public ReportDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(sections, "sections");
  }

  /**
   * This document saying, after its subtitle, the policy profile it was evaluated under (its
   * title and name, docs/profiles.md), as every page of the app does (hazard H44).
   *
   * @since 1.1.0
   */
  public ReportDocument under(PolicyProfile profile) {
    return new ReportDocument(title, asOf, subtitle + " Evaluated under the policy profile "
        + profile.title() + " (" + profile.name() + ").", missing, sections);
  }

  /**
   * A headed part of a report: a heading at depth 2 (a section) or 3 (a provider within it), its
   * lines, and what to print when it has none.
   *
   * @param depth 2 or 3
   * @param heading its heading
   * @param lines its lines
   * @param whenEmpty what an empty list means, e.g. "None."
   */
  public record Section(int depth, String heading, ImmutableList<String> lines,
      String whenEmpty) {
    /** A section; the lines are copied. */
    public Section(int depth, String heading, List<String> lines, String whenEmpty) {
      this(depth, heading, ImmutableList.copyOf(lines), whenEmpty);
    }

    /** Checks that the depth is 2 or 3 and every part is present. */
    public Section {
      if (depth != 2 && depth != 3) {
        throw new IllegalArgumentException("section depth must be 2 or 3 but was " + depth);
      }
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(lines, "lines");
      Objects.requireNonNull(whenEmpty, "whenEmpty");
    }
  }
}
