package org.qsurv.app.demo;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;

/**
 * The providers of the demo system and the parts some of them play in its stories. Every name and
 * code is invented: trusts have three-character codes starting {@code Z}, GP practices
 * {@code Z85} and three digits, care homes CQC-shaped ids {@code 1-999000000...}, none of which
 * belongs to a real organisation.
 */
final class Cast {
  static final OdsCode ICB = OdsCode.of("QSL");
  static final OrganisationCode ACUTE_CODE = OrganisationCode.of("ZA1");
  static final int GP_PRACTICES = 60;
  static final int CARE_HOMES = 150;

  final Provider acute;
  final Provider mentalHealth;
  final Provider ambulance;
  final Provider hospice;
  final ImmutableList<Provider> practices;
  final ImmutableList<Provider> careHomes;
  /** The care home with safeguarding concerns that go to a risk summit. */
  final Provider troubledHome;
  /** The practice whose access collapses, placed on enhanced and returned to routine. */
  final Provider strugglingPractice;
  /** The practice that stops sending returns. */
  final Provider silentPractice;
  /**
   * The care home placed on enhanced over late medicines and stepped down at once on assurance
   * gained at NHS England's single-item QSG (003 §5.2.3 a).
   */
  final Provider assuredHome;
  /** The care home whose CQC rating fell from GOOD to REQUIRES_IMPROVEMENT (004 §5.1). */
  final Provider fallenHome;

  Cast(SplittableRandom random) {
    Names names = new Names(random);
    acute = provider(ACUTE_CODE.value(), "Avalon Vale Hospitals NHS Foundation Trust", ProviderKind.ACUTE);
    mentalHealth = provider("ZC1", "Levels and Moors Community and Mental Health NHS Trust",
        ProviderKind.MENTAL_HEALTH);
    ambulance = provider("ZM1", "Wessex Coast Ambulance Service NHS Foundation Trust",
        ProviderKind.AMBULANCE);
    hospice = provider("Z8H01", "Hollowmead Hospice", ProviderKind.HOSPICE);
    List<Provider> gps = new ArrayList<>();
    for (int i = 1; i <= GP_PRACTICES; i++) {
      gps.add(provider(String.format("Z85%03d", i), names.practice(), ProviderKind.GP_PRACTICE));
    }
    practices = ImmutableList.copyOf(gps);
    List<Provider> homes = new ArrayList<>();
    for (int i = 1; i <= CARE_HOMES; i++) {
      homes.add(provider(String.format("1-999000000%03d", i), names.careHome(),
          ProviderKind.CARE_HOME));
    }
    careHomes = ImmutableList.copyOf(homes);
    troubledHome = careHomes.get(16);
    strugglingPractice = practices.get(6);
    silentPractice = practices.get(22);
    assuredHome = careHomes.get(41);
    fallenHome = careHomes.get(63);
  }

  private static Provider provider(String code, String name, ProviderKind kind) {
    return Provider.builder().code(OrganisationCode.of(code)).name(name).kind(kind)
        .hostCommissioner(ICB).build();
  }

  /** Every provider, trusts first, in the order the snapshot lists them. */
  ImmutableList<Provider> all() {
    return ImmutableList.<Provider>builder().add(acute, mentalHealth, ambulance, hospice)
        .addAll(practices).addAll(careHomes).build();
  }
}
