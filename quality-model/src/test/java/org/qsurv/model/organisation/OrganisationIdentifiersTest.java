package org.qsurv.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsurv.model.Rejections.assertRejected;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qsurv.model.Checks;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Organisations are identified by validated codes, never guessed at (ODS; CQC): ODS codes of
 * the shapes ODS uses and CQC location ids ({@code 1-} and digits).
 */
class OrganisationIdentifiersTest {

  // --- ODS codes (ODS)

  @Example
  void theOdsCodesDomainMdNamesAreAccepted() {
    // Trusts (3), trust sites (5), GP practices (letter + 5 digits), ICBs (Q + 2).
    for (String code : new String[] {"RH5", "RTG08", "A81001", "QSL", "QK1"}) {
      assertEquals(code, OdsCode.of(code).value());
    }
  }

  @Property
  void everyGeneratedOdsCodeParsesBackToItself(@ForAll("odsCodes") OdsCode code) {
    assertEquals(code, OdsCode.of(code.value()));
    assertTrue(OdsCode.isValid(code.value()));
  }

  @Property
  void aMalformedOdsCodeIsRejectedNamingTheFieldAndTheValue(@ForAll("malformedOdsCodes") String text) {
    assertFalse(OdsCode.isValid(text));
    assertRejected(() -> OdsCode.of(text), "ODS code", Checks.quote(text));
  }

  @Example
  void aLowerCaseOdsCodeIsRejectedNotUpperCased() {
    // Validate the shape; never guess (ODS).
    assertEquals("ODS code must be 3 or 5 upper-case letters or digits, or a letter and 5 digits "
        + "(e.g. RH5, RTG08, A81001) but was \"rh5\"", assertRejected(() -> OdsCode.of("rh5")));
  }

  @Example
  void anAbsentOdsCodeIsRejected() {
    assertRejected(() -> OdsCode.of(null), "ODS code", "required");
  }

  @Example
  void onlyQAndTwoMoreIsIcbShaped() {
    assertTrue(OdsCode.of("QSL").isIcbShaped());
    assertTrue(OdsCode.of("QK1").isIcbShaped());
    assertFalse(OdsCode.of("RH5").isIcbShaped());
    assertFalse(OdsCode.of("QSL01").isIcbShaped());
  }

  @Property
  void generatedIcbCodesAreIcbShaped(@ForAll("icbCodes") OdsCode code) {
    assertTrue(code.isIcbShaped());
  }

  @Example
  void everyNhsEnglandRegionIsFoundByItsOwnCode() {
    for (NhsEnglandRegion region : NhsEnglandRegion.values()) {
      assertEquals(region, NhsEnglandRegion.byCode(region.code()).orElseThrow());
    }
    assertTrue(NhsEnglandRegion.byCode(OdsCode.of("RH5")).isEmpty());
  }

  // --- CQC location ids (CQC)

  @Property
  void everyGeneratedCqcLocationIdParsesBackToItself(@ForAll("cqcLocationIds") CqcLocationId id) {
    assertEquals(id, CqcLocationId.of(id.value()));
  }

  @Property
  void aMalformedCqcLocationIdIsRejectedNamingTheFieldAndTheValue(
      @ForAll("malformedCqcLocationIds") String text) {
    assertFalse(CqcLocationId.isValid(text));
    assertRejected(() -> CqcLocationId.of(text), "CQC location id", Checks.quote(text));
  }

  // --- Either (SNAPSHOT.md code)

  @Property
  void anOrganisationCodeIsAnOdsCodeOrACqcLocationIdAndSaysWhich(
      @ForAll("odsCodes") OdsCode ods, @ForAll("cqcLocationIds") CqcLocationId cqc) {
    OrganisationCode byOds = OrganisationCode.of(ods.value());
    assertFalse(byOds.isCqcLocation());
    assertEquals(ods, byOds.odsCode().orElseThrow());
    assertTrue(byOds.cqcLocationId().isEmpty());
    assertEquals(byOds, OrganisationCode.of(ods));

    OrganisationCode byCqc = OrganisationCode.of(cqc.value());
    assertTrue(byCqc.isCqcLocation());
    assertEquals(cqc, byCqc.cqcLocationId().orElseThrow());
    assertTrue(byCqc.odsCode().isEmpty());
    assertEquals(byCqc, OrganisationCode.of(cqc));
  }

  @Property
  void aCodeThatIsNeitherIsRejectedNamingTheFieldAndTheValue(
      @ForAll("neitherOdsNorCqc") String text) {
    assertRejected(() -> OrganisationCode.of(text), "organisation code", Checks.quote(text));
  }

  @Example
  void identifiersOfDifferentKindsAreNeverEqual() {
    // An ODS code and the organisation code with the same text are different types of value.
    assertFalse(OdsCode.of("RH5").equals(OrganisationCode.of("RH5")));
  }

  // --- Generators of malformed codes

  @Provide
  Arbitrary<String> malformedOdsCodes() {
    String upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    Arbitrary<String> wrongLength = Arbitraries.oneOf(
        Arbitraries.strings().withChars(upper).ofMinLength(0).ofMaxLength(2),
        Arbitraries.strings().withChars(upper).ofLength(4),
        Arbitraries.strings().withChars(upper).ofMinLength(7).ofMaxLength(12));
    // Six characters are only valid as a letter then five digits.
    Arbitrary<String> sixButNotAPractice = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofLength(6),
        Combinators.combine(Arbitraries.strings().alpha().ofLength(2).map(String::toUpperCase),
            Arbitraries.strings().numeric().ofLength(4)).as(String::concat));
    Arbitrary<String> lowerCase = ModelArbitraries.odsCodes().map(OdsCode::value)
        .filter(v -> v.chars().anyMatch(Character::isLetter)).map(String::toLowerCase);
    Arbitrary<String> strayCharacter = Combinators.combine(ModelArbitraries.odsCodes(),
            Arbitraries.of(' ', '-', '_', '.', '/', 'É', '\n'), Arbitraries.integers().between(0, 6))
        .as((code, c, at) -> {
          String v = code.value();
          int i = Math.min(at, v.length());
          return v.substring(0, i) + c + v.substring(i);
        });
    return Arbitraries.oneOf(wrongLength, sixButNotAPractice, lowerCase, strayCharacter,
        Arbitraries.of("1-101234567", " RH5", "RH5 ", "R H5", "rtg08"));
  }

  @Provide
  Arbitrary<String> malformedCqcLocationIds() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12),           // no prefix
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(5).map(d -> "1-" + d),
        Arbitraries.strings().numeric().ofMinLength(13).ofMaxLength(20).map(d -> "1-" + d),
        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12).map(d -> "2-" + d),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3)
            .map(a -> "1-1012" + a + "34567"),
        Arbitraries.of("1-", "1 101234567", "1_101234567", "RH5", "", "1-101234567 "));
  }

  @Provide
  Arbitrary<String> neitherOdsNorCqc() {
    return Arbitraries.oneOf(malformedOdsCodes(), malformedCqcLocationIds())
        .filter(s -> !OdsCode.isValid(s) && !CqcLocationId.isValid(s));
  }

  @Provide
  Arbitrary<OdsCode> odsCodes() {
    return ModelArbitraries.odsCodes();
  }

  @Provide
  Arbitrary<OdsCode> icbCodes() {
    return ModelArbitraries.icbCodes();
  }

  @Provide
  Arbitrary<CqcLocationId> cqcLocationIds() {
    return ModelArbitraries.cqcLocationIds();
  }
}
