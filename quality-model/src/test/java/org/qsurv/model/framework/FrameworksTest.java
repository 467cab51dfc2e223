package org.qsurv.model.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.Rejections.assertRejected;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Arrays;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.Checks;
import org.qsurv.model.Rejections;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Quality frameworks as data, with mappings between them (Darzi 2008; NQB 2016; CQC; 001 §5.5.1).
 */
class FrameworksTest {

  @Example
  void theBuiltInFrameworksHaveTheDomainsDomainMdLists() {
    assertEquals(ImmutableSet.of("PATIENT_SAFETY", "CLINICAL_EFFECTIVENESS", "PATIENT_EXPERIENCE"),
        ids(Frameworks.DARZI));
    assertEquals(ImmutableSet.of("SAFE", "EFFECTIVE", "EXPERIENCE", "WELL_LED", "SUSTAINABLE",
        "EQUITABLE"), ids(Frameworks.NQB_2016));
    assertEquals(ImmutableSet.of("SAFE", "EFFECTIVE", "CARING", "RESPONSIVE", "WELL_LED"),
        ids(Frameworks.CQC_KEY_QUESTIONS));
    assertEquals(5, Frameworks.GP_BALANCED_SCORECARD.domains().size()); // 001 §5.5.1
  }

  @Example
  void nqbDomainsAreTheSnapshotDomainSpellings() {
    // SNAPSHOT.md domain: SAFE, EFFECTIVE, EXPERIENCE, WELL_LED, SUSTAINABLE, EQUITABLE.
    assertEquals(Arrays.stream(QualityDomain.values()).map(Enum::name).collect(Collectors.toSet()),
        ids(Frameworks.NQB_2016));
  }

  @Example
  void caringAndResponsiveMapIntoPositiveExperience() {
    // 004 §2.4: a positive experience is "Responsive and personalised" and "Caring".
    FrameworkMapping cqcToNqb =
        Frameworks.mapping(Frameworks.CQC_KEY_QUESTIONS, Frameworks.NQB_2016).orElseThrow();
    FrameworkDomain experience = Frameworks.NQB_2016.domain("EXPERIENCE").orElseThrow();
    assertEquals(ImmutableSet.of(experience), cqcToNqb.map("CARING"));
    assertEquals(ImmutableSet.of(experience), cqcToNqb.map("RESPONSIVE"));
  }

  @Example
  void darziHasNoWellLedPillar() {
    FrameworkMapping nqbToDarzi =
        Frameworks.mapping(Frameworks.NQB_2016, Frameworks.DARZI).orElseThrow();
    assertEquals(ImmutableSet.of(), nqbToDarzi.map("WELL_LED"));
  }

  @Example
  void mappingADomainTheFrameworkDoesNotHaveIsRejected() {
    FrameworkMapping cqcToNqb =
        Frameworks.mapping(Frameworks.CQC_KEY_QUESTIONS, Frameworks.NQB_2016).orElseThrow();
    assertRejected(() -> cqcToNqb.map("KIND"), "\"KIND\"", "cqc-key-questions");
  }

  @Property
  void everyBuiltInMappingLinksDomainsOfItsFrameworks(@ForAll("builtInMappings") FrameworkMapping m) {
    for (FrameworkDomain from : m.from().domains()) {
      for (FrameworkDomain to : m.map(from.id())) {
        assertTrue(m.to().domains().contains(to));
      }
    }
  }

  @Example
  void aMappingNamingAnUnknownDomainIsRejected() {
    assertRejected(() -> FrameworkMapping.builder().from(Frameworks.DARZI).to(Frameworks.NQB_2016)
            .links(ImmutableSetMultimap.of("PATIENT_SAFETY", "KIND")).build(),
        "\"KIND\"", "nqb-2016");
    assertRejected(() -> FrameworkMapping.builder().from(Frameworks.DARZI).to(Frameworks.NQB_2016)
            .links(ImmutableSetMultimap.of("WELL_LED", "WELL_LED")).build(),
        "\"WELL_LED\"", "darzi");
  }

  @Property
  void aFrameworkDomainIdIsUpperCaseLettersDigitsAndUnderscores(@ForAll("badDomainIds") String id) {
    assertRejected(() -> FrameworkDomain.of(id, "Safe"), "framework domain id", Checks.quote(id));
  }

  @Example
  void aFrameworkListsEachDomainOnceAndAtLeastOne() {
    assertRejected(() -> QualityFramework.builder().id("local").name("Local").source("ICB")
            .addDomains(FrameworkDomain.of("SAFE", "Safe"), FrameworkDomain.of("SAFE", "Safe too"))
            .build(),
        "framework local", "SAFE");
    assertRejected(() -> QualityFramework.builder().id("local").name("Local").source("ICB").build(),
        "framework local", "at least one domain");
  }

  @Property
  void blankFrameworkAndDomainNamesAreRejectedNamingTheFieldAndTheValue(
      @ForAll("blanks") String blank) {
    String quoted = Checks.quote(blank);
    assertRejected(() -> FrameworkDomain.of("SAFE", blank), "framework domain name", quoted);
    assertRejected(() -> QualityFramework.builder().id(blank).name("Local").source("ICB")
        .addDomain(FrameworkDomain.of("SAFE", "Safe")).build(), "framework id", quoted);
    assertRejected(() -> QualityFramework.builder().id("local").name(blank).source("ICB")
        .addDomain(FrameworkDomain.of("SAFE", "Safe")).build(), "framework name", quoted);
  }

  @Provide
  Arbitrary<String> blanks() {
    return Rejections.blanks();
  }

  @Provide
  Arbitrary<FrameworkMapping> builtInMappings() {
    return Arbitraries.of(Frameworks.mappings());
  }

  @Provide
  Arbitrary<String> badDomainIds() {
    return Arbitraries.oneOf(Arbitraries.of("", "safe", "1SAFE", "_SAFE", "WELL-LED", "WELL LED",
            "Safe"),
        ModelArbitraries.frameworkDomains().map(d -> d.id().toLowerCase() + "x"));
  }

  private static ImmutableSet<String> ids(QualityFramework framework) {
    return framework.domains().stream().map(FrameworkDomain::id)
        .collect(ImmutableSet.toImmutableSet());
  }
}
