package org.qsurv.scoring.trigger;

import java.time.LocalDate;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.OrganisationCode;

/** Intelligence for trigger and triangulation tests. */
public final class Evidence {
  public static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

  private Evidence() {}

  public static IntelligenceItem item(String id, IntelligenceSource source, LocalDate received) {
    return item(id, source, received, QualityDomain.SAFE);
  }

  public static IntelligenceItem item(String id, IntelligenceSource source, LocalDate received,
      QualityDomain domain) {
    Nature nature = source == IntelligenceSource.WHISTLEBLOWING
        || source == IntelligenceSource.PATIENT_FEEDBACK || source == IntelligenceSource.PALS
        || source == IntelligenceSource.COMPLAINT || source == IntelligenceSource.GP_REPORT
        || source == IntelligenceSource.HEALTHWATCH || source == IntelligenceSource.MEDIA
        ? Nature.SOFT : Nature.HARD;
    return IntelligenceItem.builder().id(IntelligenceId.of(id))
        .provider(OrganisationCode.of("RH5")).received(received).source(source).nature(nature)
        .domain(domain).summary("about " + id).build();
  }

  public static LocalDate daysAgo(int days) {
    return AS_OF.minusDays(days);
  }
}
