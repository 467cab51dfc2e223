package org.qsurv.model.architecture;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Classes that break one domain rule each, and one that breaks none, so that
 * {@link DomainArchitectureTest} can show every rule of {@link DomainArchitecture} failing on what
 * it forbids and passing what it allows. They live in {@code org.qsurv.model..} (so the rules
 * apply to them) but in test code, which {@link DomainArchitecture#check} never imports. None is
 * ever run.
 */
@SuppressWarnings("unused")
final class Violations {
  private Violations() {}

  static final class ReadsAFile {
    String read(java.nio.file.Path path) throws IOException {
      return java.nio.file.Files.readString(path);
    }
  }

  static final class OpensAFileStream {
    Object open() throws IOException {
      return new java.io.FileInputStream("snapshot.json");
    }
  }

  static final class WrapsAReader {
    Object wrap(java.io.Reader in) {
      return new java.io.BufferedReader(in);
    }
  }

  static final class OpensASocket {
    Object connect() throws IOException {
      return new java.net.Socket("example.org", 443);
    }
  }

  static final class QueriesADatabase {
    Object connect() throws java.sql.SQLException {
      return java.sql.DriverManager.getConnection("jdbc:h2:mem:");
    }
  }

  static final class AsksInstantNow {
    Instant now() {
      return Instant.now();
    }
  }

  static final class AsksLocalDateNow {
    LocalDate today() {
      return LocalDate.now(ZoneId.of("Europe/London"));
    }
  }

  static final class AsksTheSystemClock {
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  static final class CountsMillis {
    long millis() {
      return System.currentTimeMillis();
    }
  }

  static final class DrawsFromRandom {
    int roll() {
      return new java.util.Random().nextInt(6);
    }
  }

  static final class DrawsFromMathRandom {
    double roll() {
      return Math.random();
    }
  }

  static final class StartsAThread {
    void start(Runnable work) {
      new Thread(work).start();
    }
  }

  static final class UsesAnExecutor {
    Object pool() {
      return java.util.concurrent.Executors.newFixedThreadPool(2);
    }
  }

  static final class RunsAParallelStream {
    long count(List<String> values) {
      return values.parallelStream().count();
    }
  }

  static final class PrintsToSystemOut {
    void print(String line) {
      System.out.println(line);
    }
  }

  static final class PrintsAStackTrace {
    void report(RuntimeException e) {
      e.printStackTrace();
    }
  }

  static final class LogsWithJavaUtilLogging {
    void log(String line) {
      java.util.logging.Logger.getLogger("qsurv").info(line);
    }
  }

  static final class LogsWithSystemLogger {
    void log(String line) {
      System.getLogger("qsurv").log(System.Logger.Level.INFO, line);
    }
  }

  /** What the rules allow: Jackson parsers and generators the caller opened, IOException, a clock passed in. */
  static final class AllowedUses {
    String read(JsonParser parser, Clock clock) {
      try {
        return parser.nextTextValue() + LocalDate.now(clock);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void write(JsonGenerator out) throws IOException {
      out.writeStartObject();
      out.writeEndObject();
    }
  }
}
