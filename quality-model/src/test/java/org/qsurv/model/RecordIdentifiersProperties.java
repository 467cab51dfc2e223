package org.qsurv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.visit.VisitId;

/**
 * The ids of a snapshot's own records (risks, intelligence, incidents, visits, ratings, contract
 * meetings, actions, deep dives in docs/SNAPSHOT.md; the shape a local choice) are 1 to 64 letters, digits, '.', '-', '_',
 * ':' or '/', starting with a letter or digit; anything else is refused naming the field and the
 * value; an id equals only an id of its own kind with the same text, and sorts as its text.
 */
class RecordIdentifiersProperties {
  private record Kind(String field, Function<String, Identifier> of) {}

  private static final List<Kind> KINDS = List.of(new Kind("risk id", RiskId::of),
      new Kind("intelligence id", IntelligenceId::of), new Kind("incident id", IncidentId::of),
      new Kind("visit id", VisitId::of), new Kind("rating id", RatingId::of),
      new Kind("meeting id", ContractMeetingId::of), new Kind("action id", ActionId::of),
      new Kind("deep dive id", DeepDiveId::of));

  @Property
  void anIdIsAcceptedExactlyWhenItHasTheShape(@ForAll("texts") String text) {
    boolean shaped = text.matches("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    for (Kind kind : KINDS) {
      if (shaped) {
        Identifier id = kind.of().apply(text);
        assertEquals(text, id.value());
        assertEquals(text, id.toString());
        assertEquals(id, kind.of().apply(text));
        assertEquals(text.hashCode(), id.hashCode());
      } else {
        assertEquals(kind.field() + " must be 1 to 64 letters, digits, '.', '-', '_', ':' or '/', starting with a"
                + " letter or digit but was " + Checks.quote(text),
            assertThrows(IllegalArgumentException.class, () -> kind.of().apply(text)).getMessage());
      }
    }
  }

  @Property
  void idsOfAKindSortAsTheirText(@ForAll("shaped") String a, @ForAll("shaped") String b) {
    for (Kind kind : KINDS) {
      assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(kind.of().apply(a).compareTo(kind.of().apply(b))));
      assertEquals(a.equals(b), kind.of().apply(a).equals(kind.of().apply(b)));
    }
  }

  @Test
  void anIdIsRequiredAndIsNeverAnotherKindsId() {
    for (Kind kind : KINDS) {
      assertEquals(kind.field() + " is required",
          assertThrows(IllegalArgumentException.class, () -> kind.of().apply(null)).getMessage());
      for (Kind other : KINDS) {
        if (other != kind) {
          assertNotEquals(kind.of().apply("R-1"), other.of().apply("R-1"), kind.field() + " vs " + other.field());
        }
      }
      assertNotEquals(kind.of().apply("R-1"), null);
      assertNotEquals(kind.of().apply("R-1"), "R-1");
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(shaped(), Arbitraries.strings().withChars("aZ09._:/- #'\"").ofMaxLength(66))
        .edgeCases(c -> c.add("", "a".repeat(64), "a".repeat(65), "-a", ".a", "a b"));
  }

  @Provide
  Arbitrary<String> shaped() {
    return Arbitraries.strings().withChars("aZ09").ofLength(1)
        .flatMap(first -> Arbitraries.strings().withChars("aZ09._:/-").ofMaxLength(63).map(rest -> first + rest));
  }
}
