package org.qsurv.app.report;

import java.util.ArrayList;
import java.util.List;
import org.qsurv.app.report.ReportDocument.Section;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.report.AgendaItem;
import org.qsurv.scoring.report.DirectorsReport;
import org.qsurv.scoring.report.HostCommissionerNotes;
import org.qsurv.scoring.report.HostedUnit;
import org.qsurv.scoring.report.ProviderReport;
import org.qsurv.scoring.report.QsgAgenda;
import org.qsurv.scoring.report.ServiceAreaReport;

/** Turns each governance report model into a {@link ReportDocument}, in the framework's order. */
public final class ReportDocuments {
  private static final String NONE = "None.";

  private ReportDocuments() {}

  /**
   * The bi-monthly service area report (004 §4.4): a section per level of surveillance, each
   * provider in insight, involvement and improvement, then the statutory assurance.
   */
  public static ReportDocument of(ServiceAreaReport r) {
    List<Section> sections = new ArrayList<>();
    for (Level level : Level.values()) {
      List<ProviderReport> providers = r.section(level);
      sections.add(new Section(2, title(level) + " (" + providers.size() + ")", List.of(),
          providers.isEmpty() ? "No provider at this level." : ""));
      for (ProviderReport p : providers) {
        String name = p.provider().code() + " " + p.provider().name();
        sections.add(new Section(3, name + ": insight", p.insight(), NONE));
        sections.add(new Section(3, name + ": involvement", p.involvement(), NONE));
        sections.add(new Section(3, name + ": improvement", p.improvement(), NONE));
      }
    }
    sections.add(new Section(2, "Assurance on statutory and regulatory responsibilities",
        r.statutoryAssurance(), NONE));
    return new ReportDocument("Quality report: " + r.serviceArea(), r.asOf(),
        "Bi-monthly service area report (004 §4.4) of " + kinds(r), r.missing(), sections);
  }

  /** The monthly report to directors (000 §6.7, §8.3; 002 §4.1). */
  public static ReportDocument of(DirectorsReport r) {
    List<Section> sections = List.of(
        new Section(2, "For a director's decision", r.forDecision(), NONE),
        new Section(2, "Providers in enhanced or intensive surveillance", r.surveillance(),
            "No provider is in enhanced or intensive surveillance."),
        new Section(2, "Decisions and deep dives since " + r.since(), r.decisionsTaken(), NONE),
        new Section(2, "Key quality indicators of concern", r.keyIndicators(), NONE),
        new Section(2, "Risks scored 15 or more (004 §4.4)", r.highRisks(), NONE),
        new Section(2, "Assurance on statutory responsibilities", r.statutoryAssurance(), NONE));
    return new ReportDocument("Quality and risk report to directors", r.asOf(),
        "Monthly (000 §6.7), the month from " + r.since(), r.missing(), sections);
  }

  /**
   * The Quality Surveillance Group agenda: every provider in enhanced or intensive surveillance,
   * with what changed since the last one.
   */
  public static ReportDocument of(QsgAgenda a) {
    List<Section> sections = new ArrayList<>();
    if (a.items().isEmpty()) {
      sections.add(new Section(2, "Providers tabled", List.of(),
          "No provider is in enhanced or intensive surveillance."));
    }
    int n = 1;
    for (AgendaItem item : a.items()) {
      sections.add(new Section(2, n++ + ". " + item.provider().code() + " "
          + item.provider().name() + ": " + item.level() + item.levelSince()
              .map(d -> " since " + d).orElse("") + "; evidence advises " + item.advised(),
          item.changes(), NONE));
    }
    return new ReportDocument("Quality Surveillance Group agenda", a.asOf(),
        "Changes since " + a.since().map(Object::toString).orElse("the last agenda (none given)"),
        a.missing(), sections);
  }

  /** The host commissioner's notes to placing commissioners (003 §5.3.4). */
  public static ReportDocument of(HostCommissionerNotes n) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(2, "Host commissioner", List.of(n.host().name() + " ("
        + n.host().code() + ")" + n.namedContact().map(c -> ": " + c).orElse(""),
        "Intelligence from " + n.since() + " to " + n.asOf()), NONE));
    if (n.units().isEmpty()) {
      sections.add(new Section(2, "Units hosted", List.of(),
          "No inpatient unit for people with a learning disability or autism is hosted."));
    }
    for (HostedUnit u : n.units()) {
      String name = u.provider().code() + " " + u.provider().name();
      sections.add(new Section(2, name, List.of(u.level() + " surveillance; evidence advises "
          + u.advised(), "Regulator rating: " + u.rating()), NONE));
      List<String> intelligence = new ArrayList<>(u.intelligence());
      if (u.withheld() > 0) {
        intelligence.add(u.withheld() + " sensitive item" + (u.withheld() == 1 ? "" : "s")
            + " withheld: ask the host commissioner");
      }
      sections.add(new Section(3, name + ": intelligence", intelligence, NONE));
      sections.add(new Section(3, name + ": visits", u.visits(), NONE));
      sections.add(new Section(3, name + ": concerns", u.concerns(), NONE));
    }
    return new ReportDocument("Host commissioner notes to placing commissioners", n.asOf(),
        "Inpatient units for people with a learning disability, autism or both (003 §5.3.4)",
        n.missing(), sections);
  }

  private static String title(Level level) {
    return switch (level) {
      case ROUTINE -> "Routine";
      case ENHANCED -> "Enhanced";
      case INTENSIVE -> "Intensive";
    };
  }

  private static String kinds(ServiceAreaReport r) {
    List<String> names = new ArrayList<>();
    r.kinds().stream().sorted().forEach(k -> names.add(k.name()));
    return String.join(", ", names);
  }
}
