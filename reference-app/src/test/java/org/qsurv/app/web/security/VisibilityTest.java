package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/** A local choice: sensitive soft intelligence is never shown to the provider's own users. */
class VisibilityTest {
  private static final OrganisationCode RH5 = OrganisationCode.of("RH5");
  private static final OrganisationCode RA7 = OrganisationCode.of("RA7");
  private static final CurrentUser PROVIDER_USER =
      new CurrentUser("rh5", "Provider", Role.PROVIDER, RH5);

  private static final IntelligenceItem COMPLAINT = item("I-1", RH5, Nature.HARD, false);
  private static final IntelligenceItem WHISTLEBLOWING = item("I-2", RH5, Nature.SOFT, true);
  private static final IntelligenceItem FEEDBACK = item("I-3", RH5, Nature.SOFT, false);
  private static final IntelligenceItem ELSEWHERE = item("I-4", RA7, Nature.HARD, false);
  private static final List<IntelligenceItem> ALL =
      List.of(COMPLAINT, WHISTLEBLOWING, FEEDBACK, ELSEWHERE);

  @Test
  void aProviderUserNeverSeesSensitiveIntelligenceNorOtherProviders() {
    assertEquals(List.of(COMPLAINT, FEEDBACK),
        Visibility.visibleIntelligence(PROVIDER_USER, ALL));
  }

  @Test
  void everyOtherRoleSeesAllIntelligenceIncludingSensitive() {
    for (Role role : Role.values()) {
      if (role != Role.PROVIDER) {
        CurrentUser user = new CurrentUser("u", "User", role, OrganisationCode.of("QSL"));
        assertEquals(ALL, Visibility.visibleIntelligence(user, ALL), role.name());
      }
    }
  }

  @Test
  void aProviderUserSeesOnlyTheirOwnOrganisation() {
    assertTrue(Visibility.maySee(PROVIDER_USER, RH5));
    assertFalse(Visibility.maySee(PROVIDER_USER, RA7));
  }

  private static IntelligenceItem item(String id, OrganisationCode provider, Nature nature,
      boolean sensitive) {
    return IntelligenceItem.builder().id(IntelligenceId.of(id)).provider(provider)
        .received(LocalDate.of(2025, 6, 10)).source(IntelligenceSource.WHISTLEBLOWING)
        .nature(nature).domain(QualityDomain.SAFE).summary("Summary " + id)
        .sensitive(sensitive).build();
  }
}
