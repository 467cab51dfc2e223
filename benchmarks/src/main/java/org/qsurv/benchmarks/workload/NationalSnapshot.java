package org.qsurv.benchmarks.workload;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, national-scale synthetic snapshot (qsurv-snapshot/1) for measuring
 * {@code qsurv.jar evaluate}: by default 50,000 providers x 20 monthly indicators x 36 months
 * (36 million observations, about 3 GB), with a risk and an intelligence item for every tenth
 * provider. Streams the JSON, so memory stays flat whatever the size. Fictional data only.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.qsurv.benchmarks.workload.NationalSnapshot \
 *     national.json [providers] [indicators] [months]
 * </pre>
 */
public final class NationalSnapshot {
  private NationalSnapshot() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "national-snapshot.json");
    int providers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int indicators = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int months = args.length > 3 ? Integer.parseInt(args[3]) : 36;
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      write(out, providers, indicators, months);
    }
    System.out.printf("wrote %s: %,d providers x %d indicators x %d months = %,d observations,"
        + " %,d bytes in %.1f s%n", file, providers, indicators, months,
        (long) providers * indicators * months, Files.size(file), (System.nanoTime() - start) / 1e9);
  }

  /** Writes the snapshot to {@code out}; the same arguments always give the same bytes. */
  public static void write(OutputStream out, int providers, int indicators, int months)
      throws IOException {
    SplittableRandom random = new SplittableRandom(20251124L);
    YearMonth first = YearMonth.of(2022, 7);
    YearMonth asOfMonth = first.plusMonths(months);
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("format", "qsurv-snapshot/1");
      json.writeStringField("asOf", asOfMonth.atDay(1).toString());
      json.writeObjectFieldStart("commissioner");
      json.writeStringField("code", "QSL");
      json.writeStringField("name", "Synthetic national commissioner");
      json.writeEndObject();

      json.writeArrayFieldStart("providers");
      for (int p = 0; p < providers; p++) {
        json.writeStartObject();
        json.writeStringField("code", code(p));
        json.writeStringField("name", "Synthetic provider " + p);
        json.writeStringField("kind", p % 3 == 0 ? "GP_PRACTICE" : p % 3 == 1 ? "CARE_HOME" : "ACUTE");
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("indicators");
      for (int i = 0; i < indicators; i++) {
        boolean lowerIsBetter = i % 2 == 0;
        json.writeStartObject();
        json.writeStringField("id", "ind-" + i);
        json.writeStringField("name", "Synthetic indicator " + i);
        json.writeStringField("domain", i % 3 == 0 ? "SAFE" : i % 3 == 1 ? "EFFECTIVE" : "EXPERIENCE");
        json.writeStringField("unit", "rate");
        json.writeStringField("polarity", lowerIsBetter ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
        json.writeStringField("frequency", "MONTHLY");
        json.writeObjectFieldStart("thresholds");
        json.writeNumberField("amber", lowerIsBetter ? 110 : 90);
        json.writeNumberField("red", lowerIsBetter ? 120 : 80);
        json.writeEndObject();
        json.writeNumberField("target", 100);
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("observations");
      for (int p = 0; p < providers; p++) {
        String code = code(p);
        for (int i = 0; i < indicators; i++) {
          double level = 100 + random.nextGaussian() * 5;
          double drift = random.nextInt(10) == 0 ? random.nextGaussian() * 0.5 : 0;
          YearMonth month = first;
          for (int m = 0; m < months; m++) {
            json.writeStartObject();
            json.writeStringField("provider", code);
            json.writeStringField("indicator", "ind-" + i);
            json.writeStringField("period", month.toString());
            json.writeNumberField("value", Math.round((level + drift * m + random.nextGaussian() * 3) * 100) / 100.0);
            json.writeEndObject();
            month = month.plusMonths(1);
          }
        }
      }
      json.writeEndArray();

      json.writeArrayFieldStart("intelligence");
      for (int p = 0; p < providers; p += 10) {
        json.writeStartObject();
        json.writeStringField("id", "I-" + p);
        json.writeStringField("provider", code(p));
        json.writeStringField("received", asOfMonth.minusMonths(1 + random.nextInt(12)).atDay(15).toString());
        json.writeStringField("source", p % 20 == 0 ? "COMPLAINT" : "WHISTLEBLOWING");
        json.writeStringField("nature", "SOFT");
        json.writeStringField("domain", "SAFE");
        json.writeStringField("summary", "Synthetic concern " + p);
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("risks");
      for (int p = 0; p < providers; p += 10) {
        json.writeStartObject();
        json.writeStringField("id", "R-" + p);
        json.writeStringField("provider", code(p));
        json.writeStringField("title", "Synthetic risk " + p);
        json.writeStringField("domain", "SAFE");
        json.writeStringField("owner", "Synthetic owner");
        json.writeNumberField("likelihood", 1 + random.nextInt(5));
        json.writeNumberField("consequence", 1 + random.nextInt(5));
        json.writeStringField("lastReviewed", asOfMonth.minusMonths(random.nextInt(6)).atDay(1).toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("decisions");
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /** A unique, well-formed code: a GP-practice-shaped ODS code (a letter and five digits). */
  static String code(int p) {
    return (char) ('A' + p / 100_000) + String.format("%05d", p % 100_000);
  }
}
