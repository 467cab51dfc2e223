package org.qsurv.model.intelligence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.Rejections.assertRejected;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.Checks;
import org.qsurv.model.Rejections;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.testing.model.ModelArbitraries;

/** Hard and soft intelligence about a provider (000 §6.9). */
class IntelligenceItemTest {

  private static IntelligenceItem.Builder whistleblowing() {
    return IntelligenceItem.builder().id(IntelligenceId.of("I-1"))
        .provider(OrganisationCode.of("RH5")).received(LocalDate.of(2025, 6, 10))
        .source(IntelligenceSource.WHISTLEBLOWING).nature(Nature.SOFT).domain(QualityDomain.SAFE)
        .summary("Staff report unsafe night staffing on ward 4");
  }

  @Example
  void softIntelligenceMayBeMarkedSensitive() {
    // A whistleblower's account is withheld from the provider's own users.
    IntelligenceItem item = whistleblowing().sensitive(true).build();
    assertTrue(item.sensitive());
    assertFalse(whistleblowing().build().sensitive());
  }

  @Property
  void hardIntelligenceMarkedSensitiveIsRejectedNamingTheItemAndItsNature(
      @ForAll IntelligenceSource source, @ForAll("ids") IntelligenceId id) {
    // Sensitivity protects people who spoke (soft intelligence); data (hard) is not theirs.
    assertRejected(() -> whistleblowing().id(id).source(source).nature(Nature.HARD)
            .sensitive(true).build(),
        "intelligence " + id, "HARD", "sensitive");
  }

  @Property
  void aBlankSummaryIsRejectedNamingTheFieldAndTheValue(@ForAll("blanks") String blank) {
    assertRejected(() -> whistleblowing().summary(blank).build(),
        "intelligence summary", Checks.quote(blank));
  }

  @Property
  void aBlankReporterIsRejectedRatherThanStoredAsUnknown(@ForAll("blanks") String blank) {
    assertRejected(() -> whistleblowing().reportedBy(blank).build(),
        "intelligence reportedBy", Checks.quote(blank));
  }

  @Property
  void aMalformedIdIsRejectedNamingTheFieldAndTheValue(@ForAll("malformedIds") String text) {
    assertRejected(() -> IntelligenceId.of(text), "intelligence id", Checks.quote(text));
  }

  @Provide
  Arbitrary<IntelligenceId> ids() {
    return ModelArbitraries.intelligenceIds();
  }

  @Provide
  Arbitrary<String> blanks() {
    return Rejections.blanks();
  }

  @Provide
  Arbitrary<String> malformedIds() {
    return Arbitraries.of("", "-1", " I-1", "I 1", "I-1?", "x".repeat(65), "I–1", ":I");
  }
}
