package org.qsurv.app.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.qsurv.app.Fixtures;
import org.qsurv.app.jdbc.JdbcPorts;
import org.qsurv.app.jdbc.TestDatabase;
import org.qsurv.app.port.Ports;
import org.qsurv.app.port.Progress;
import org.qsurv.model.indicator.Period;

/**
 * The fast path of observation CSVs ({@link PlainObservationCsv}, docs/scale.md Goal 3) plans
 * exactly what the strict reader plans: for any file, valid or not, the same plan (rows read,
 * unchanged rows, the batch with every value bit for bit, and every problem word for word), and
 * it is taken for the plain files a system exports. The database holds {@link Fixtures#small()}
 * (providers RH5 and 1-101234567, monthly shmi with 2025-05 and 2025-06 recorded, quarterly
 * staff-flu); nothing is written.
 */
class PlainObservationCsvTest {
  private static final String SOURCE = "returns.csv";
  private static TestDatabase db;
  private static Importer importer;

  @BeforeContainer
  static void open() {
    db = TestDatabase.h2();
    Ports ports = JdbcPorts.open(db.database(),
        Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneOffset.UTC));
    importer = new Importer(ports);
    importer.write(importer.plan(Fixtures.small(), "fixture", "tester"), Progress.none());
  }

  @AfterContainer
  static void close() {
    db.close();
  }

  private static ImportPlan planned(String csv) throws IOException {
    ImportPlan plan = importer.plan(SOURCE, Optional.empty(), in(csv), "tester");
    assertEquals(importer.planCsvStrictly(SOURCE, Optional.empty(), in(csv), "tester"), plan,
        "the strict reader's plan of " + csv);
    return plan;
  }

  private static ByteArrayInputStream in(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean plain(String csv) {
    return PlainObservationCsv.read(csv.getBytes(StandardCharsets.UTF_8), SOURCE,
        Optional.empty()).isPresent();
  }

  /**
   * Any file mixing good rows with every kind of bad cell, quote, space, apostrophe, blank line,
   * short row, line end, repeat and recorded value gets the strict reader's plan.
   */
  @Property
  void anyFileIsPlannedAsTheStrictReaderPlansIt(@ForAll("files") String csv) throws IOException {
    ImportPlan plan = planned(csv);
    Statistics.collect(plain(csv) ? "fast path" : "strict reader", plan.isValid() ? "valid"
        : "invalid");
  }

  /**
   * Numbers (any double as Java writes it, decimals of up to 20 digits, signs, leading zeros,
   * exponents) are read to the strict reader's double, bit for bit, and a file of them whose
   * numbers have no exponent takes the fast path.
   */
  @Property
  void numbersAreReadBitForBitAsTheStrictReaderReadsThem(
      @ForAll("numbers") List<String> numbers) throws IOException {
    StringBuilder csv = new StringBuilder("provider,indicator,period,value\n");
    Period first = Period.month(2030, 1);
    for (int i = 0; i < numbers.size(); i++) {
      csv.append("RH5,shmi,").append(first.plus(i)).append(',').append(numbers.get(i))
          .append('\n');
    }
    ImportPlan plan = planned(csv.toString());
    assertTrue(plan.isValid(), plan.problems().toString());
    assertEquals(numbers.size(), plan.batch().orElseThrow().observations().size());
    assertTrue(plain(csv.toString()), "a plain file takes the fast path: " + csv);
  }

  @Example
  void aPlainFileTakesTheFastPathAndAnUnusualOneTheStrictReader() throws IOException {
    String plain = "provider,indicator,period,value,numerator,denominator\r\n"
        + "RH5,shmi,2025-07,1.09,,\r\n"
        + "1-101234567,staff-flu,2025-Q2,51.5,103,200\r\n"
        + "RH5,shmi,2025-08,,,";
    assertTrue(plain(plain));
    assertTrue(planned(plain).isValid());
    for (String unusual : List.of(
        "provider,indicator,period,value\n\"RH5\",shmi,2025-07,1\n",   // a quoted cell
        "provider,indicator,period,value\nRH5, shmi,2025-07,1\n",      // a space
        "provider,indicator,period,value\nRH5,shmi,2025-07,1\n\n",     // a blank line
        "provider,indicator,period,value\nRH5,shmi,2025-07,1\rX",      // a lone CR
        "provider,indicator,period,value\n'RH5,shmi,2025-07,1\n",      // a leading apostrophe
        "provider,indicator,period,value\nRH5,shmi,2025-07\n",         // a short row
        "provider,indicator,period,value\nRH5,shmi,2025-07,1,2\n",     // a long row
        "provider,indicator,period,value\nRH5,shmi,2025-07,1e400\n",   // not finite
        "provider,indicator,period,value\nRH5,shmi,2025-13,1\n",       // not a period
        "provider,indicator,period,value\nRH5,shmi,2025-07,caf\u00e9\n", // not ASCII
        "provider,numerator\nRH5,1\n")) {                              // not a valid header
      assertFalse(plain(unusual), unusual);
      planned(unusual);
    }
  }

  @Provide
  Arbitrary<List<String>> numbers() {
    Arbitrary<String> decimal = Combinators.combine(
        Arbitraries.of("", "-", "+"),
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(10),
        Arbitraries.of("", "."),
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(10))
        .as((sign, whole, dot, fraction) -> sign + whole + dot + fraction)
        .filter(s -> Row.NUMBER.matcher(s).matches());
    Arbitrary<String> any = Arbitraries.doubles().map(d -> Double.toString(d))
        .filter(s -> !s.contains("Infinity") && !s.contains("NaN"));
    return Arbitraries.oneOf(decimal, any, Arbitraries.of("0.1", "-0", "1e3", "007", ".5", "1.",
        "123456789012345", "1234567890123456", "0.000000000000001", "9007199254740993"))
        .list().ofMinSize(1).ofMaxSize(30);
  }

  private static Arbitrary<String> often(Arbitrary<String> usual, Arbitrary<String> rare) {
    return Arbitraries.frequencyOf(Tuple.of(30, usual), Tuple.of(1, rare));
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> header = Arbitraries.of("provider,indicator,period,value",
        "Provider,Indicator,Period,Value", "provider,indicator,period,value,numerator,denominator",
        "\uFEFFprovider,indicator,period,value", "period,value,indicator,provider");
    // Mostly cells that read (some of them refused by the check against what is recorded: an
    // unknown provider or indicator, a quarter of a monthly indicator, a recorded value), now
    // and then one the strict reader reports or reads differently.
    Arbitrary<String> provider = often(Arbitraries.of("RH5", "RH5", "1-101234567", "RX1"),
        Arbitraries.of("rh5", "", " RH5", "'RH5", "\"RH5\""));
    Arbitrary<String> indicator = often(Arbitraries.of("shmi", "shmi", "staff-flu", "mortality"),
        Arbitraries.of("", "shmi "));
    Arbitrary<String> period = often(Arbitraries.of("2025-07", "2025-08", "2025-09", "2025-05",
        "2025-06", "2025-Q2", "2025-Q3"), Arbitraries.of("2025-13", "", "2025-7"));
    Arbitrary<String> value = often(Arbitraries.of("1.09", "", "-0", "0", "1e3", "007", ".5",
        "1.", "+2", "-3.25", "12345678901234567", "1.07", "1.01", "0.1"),
        Arbitraries.of("\"1,03\"", "x", ".", "NaN"));
    Arbitrary<String> part = often(Arbitraries.of("", "", "3", "2.5"),
        Arbitraries.of("0", "-1"));
    Arbitrary<String> row = Combinators.combine(provider, indicator, period, value, part, part)
        .as((p, i, t, v, n, d) -> String.join(",", p, i, t, v, n, d));
    Arbitrary<String> line = Arbitraries.frequencyOf(
        Tuple.of(40, row), Tuple.of(1, Arbitraries.of("",
            "RH5,shmi,2025-10", "RH5,shmi,2025-10,1,2,3,4", ",,,,,", "RH5,shmi,2025-10,1\r")));
    Arbitrary<String> end = Arbitraries.of("\n", "\n", "\r\n");
    return Combinators.combine(header, line.list().ofMaxSize(12), end, Arbitraries.of(true, false))
        .as((h, lines, e, last) -> {
          int width = h.split(",").length;
          StringBuilder csv = new StringBuilder(h).append(e);
          for (String l : lines) {
            // The generated rows have six cells: as many as the header, give or take one.
            String[] cells = l.split(",", -1);
            int keep = Math.min(cells.length, width + (l.length() % 17 == 0 ? 1 : 0));
            csv.append(cells.length == 6 ? String.join(",", List.of(cells).subList(0, keep)) : l)
                .append(e);
          }
          return last || lines.isEmpty() ? csv.toString() : csv.substring(0, csv.length()
              - e.length());
        });
  }
}
