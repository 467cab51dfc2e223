package org.qsurv.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.Rejections.assertRejected;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.Checks;
import org.qsurv.model.Rejections;

/** Providers and commissioners are named (003 §5.3): a blank name is rejected. */
class OrganisationsTest {

  @Property
  void aProviderWithABlankNameIsRejectedNamingTheFieldAndTheValue(@ForAll("blanks") String name) {
    assertRejected(() -> Provider.of(OrganisationCode.of("RH5"), name, ProviderKind.ACUTE),
        "provider name", Checks.quote(name));
  }

  @Property
  void aCommissionerWithABlankNameIsRejectedNamingTheFieldAndTheValue(
      @ForAll("blanks") String name) {
    assertRejected(() -> Commissioner.of(OdsCode.of("QSL"), name),
        "commissioner name", Checks.quote(name));
  }

  @Example
  void aProvidersHostCommissionerIsRecordedWhereGiven() {
    // 003 §5.3.4: the host ICB holds surveillance even where others commission from it.
    Provider oakHouse = Provider.builder().code(OrganisationCode.of("1-101234567"))
        .name("Oak House").kind(ProviderKind.CARE_HOME).hostCommissioner(OdsCode.of("QSL")).build();
    assertEquals(OdsCode.of("QSL"), oakHouse.hostCommissioner().orElseThrow());
  }

  @Example
  void smallProvidersAreMarkedAsOftenSendingNoRoutineData() {
    // 003 §5.3: monitoring is proportionate; care homes often send no data.
    assertFalse(ProviderKind.CARE_HOME.sendsRoutineData());
    assertTrue(ProviderKind.ACUTE.sendsRoutineData());
  }

  @Provide
  Arbitrary<String> blanks() {
    return Rejections.blanks();
  }
}
