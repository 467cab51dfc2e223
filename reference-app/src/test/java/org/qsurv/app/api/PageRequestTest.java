package org.qsurv.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.qsurv.app.web.security.FormData;

/**
 * The query of the API's reads (docs/api.md, "Reads"): every value in range is read as given, and
 * every value out of range or malformed is refused with a 400 that names the parameter and the
 * value, for all values.
 */
class PageRequestTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

  private static PageRequest read(String query) {
    return PageRequest.read(FormData.parseUrlEncoded(query), TODAY, PageRequest.PAGED);
  }

  private static String refusal(String query) {
    ApiException e = assertThrows(ApiException.class, () -> read(query));
    assertEquals(400, e.problem().status());
    return e.problem().detail();
  }

  @Test
  void theDefaultsAreTodayFiftyAndTheStart() {
    assertEquals(new PageRequest(TODAY, 50, 0), read(""));
  }

  @Property
  void everyLimitAndOffsetInRangeIsReadAsGiven(@ForAll @IntRange(min = 1, max = 500) int limit,
      @ForAll @IntRange(min = 0) int offset) {
    assertEquals(new PageRequest(TODAY, limit, offset),
        read("limit=" + limit + "&offset=" + offset));
  }

  @Property
  void everyLimitOutOfRangeIsRefusedNamingIt(@ForAll @LongRange(min = -1_000_000_000_000L,
      max = 1_000_000_000_000L) long limit) {
    if (limit >= 1 && limit <= 500) {
      return;
    }
    String detail = refusal("limit=" + limit);
    assertTrue(detail.startsWith("limit must be from 1 to 500 but was \"" + limit + "\""),
        detail);
  }

  @Property
  void everyNegativeOffsetIsRefusedNamingIt(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1)
      long offset) {
    String detail = refusal("offset=" + offset);
    assertTrue(detail.startsWith("offset must be from 0"), detail);
  }

  @Property
  void everyDateFrom1900ToTodayIsReadAndNoneAfter(@ForAll @DateRange(min = "1900-01-01",
      max = "2999-12-31") LocalDate asOf) {
    if (asOf.isAfter(TODAY)) {
      String detail = refusal("asOf=" + asOf);
      assertTrue(detail.contains("asOf must be from 1900-01-01 to today (2025-07-01) but was "
          + asOf), detail);
    } else {
      assertEquals(asOf, read("asOf=" + asOf).asOf());
    }
  }

  @Property
  void anythingThatIsNotADateIsRefusedNamingIt(@ForAll @StringLength(max = 30) String text) {
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return;
    }
    String detail = PageRequestTest.refusal("asOf=" + java.net.URLEncoder.encode(text,
        java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(detail.startsWith("asOf must be a date as YYYY-MM-DD"), detail);
  }

  @Test
  void yearsOfFiveDigitsAndImpossibleDaysAreRefused() {
    assertTrue(refusal("asOf=99999-01-01").contains("\"99999-01-01\""));
    assertTrue(refusal("asOf=%2B99999-01-01").contains("\"+99999-01-01\""));
    assertTrue(refusal("asOf=2025-02-29").contains("\"2025-02-29\""));
  }
}
