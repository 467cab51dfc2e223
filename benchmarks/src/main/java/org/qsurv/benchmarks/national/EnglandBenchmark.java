package org.qsurv.benchmarks.national;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.qsurv.benchmarks.workload.NationalSnapshot;
import org.qsurv.escalation.policy.EscalationPolicy;
import org.qsurv.evaluation.SnapshotEvaluator;
import org.qsurv.model.snapshot.BulkSnapshotReader;
import org.qsurv.model.snapshot.SnapshotBytes;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.assessment.AssessmentWriter;
import org.qsurv.scoring.policy.ScoringPolicy;

/**
 * Evaluates England in one run and sets it against the floor of reading the file at all: a bare
 * Jackson token scan of the national snapshot, then the path {@code qsurv.jar evaluate} runs
 * (read and check the snapshot, evaluate it, write the assessment as the CLI writes it, here to
 * a digest instead of stdout), each timed, with their ratio, the process CPU time and the peak
 * heap. The assessment's SHA-256 is printed so that runs before and after a change to the reading
 * or evaluating path can be checked byte for byte. A program, not a test: it asserts nothing.
 *
 * <pre>
 * java -Xmx1536m -cp benchmarks/target/benchmarks.jar \
 *     org.qsurv.benchmarks.national.EnglandBenchmark [FILE] [PROVIDERS] [INDICATORS] [MONTHS] \
 *     [--again ...] [--strict]
 * </pre>
 *
 * <p>The file ({@code national-snapshot.json} by default) is written by {@link NationalSnapshot}
 * first when it does not exist, at 50,000 providers x 20 indicators x 36 months unless smaller
 * figures are given; an existing file is used as it is. The scan runs first, so both read a file
 * the operating system has already cached. Peak heap is the largest heap in use just before any
 * garbage collection during the evaluation (from the collectors' notifications), and the sum of
 * the heap pools' peaks as an upper bound.
 *
 * <p>The timed evaluation runs in a fresh JVM, as {@code qsurv.jar evaluate} does: its code is
 * compiled while it runs, which on two cores costs about as much CPU as the work itself. Each
 * {@code --again} evaluates the file once more in the same JVM, with its code compiled: the time
 * a system embedding the libraries takes for its second national run. {@code --strict} then
 * checks the output against the strict single-threaded path (needs about 4 GB of heap).
 */
public final class EnglandBenchmark {
  private static final JsonFactory JSON = new JsonFactory();

  private EnglandBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    boolean strict = java.util.Arrays.asList(arguments).contains("--strict");
    int repeats = (int) java.util.Arrays.stream(arguments).filter(a -> a.equals("--again"))
        .count();
    String[] args = java.util.Arrays.stream(arguments)
        .filter(a -> !a.equals("--strict") && !a.equals("--again")).toArray(String[]::new);
    Path file = Path.of(args.length > 0 ? args[0] : "national-snapshot.json");
    if (!Files.exists(file)) {
      int providers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
      int indicators = args.length > 2 ? Integer.parseInt(args[2]) : 20;
      int months = args.length > 3 ? Integer.parseInt(args[3]) : 36;
      NationalSnapshot.main(new String[] {file.toString(), Integer.toString(providers),
          Integer.toString(indicators), Integer.toString(months)});
    }
    System.out.printf("file: %s, %,d bytes; %d cores; max heap %,d MB; JVM options %s%n", file,
        Files.size(file), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getRuntimeMXBean().getInputArguments());

    Clock scanClock = Clock.start();
    long tokens = scan(file);
    Clock.Lap scan = scanClock.stop();
    System.out.printf("token scan:  %6.1f s wall, %6.1f s CPU (%,d tokens)%n", scan.wallSeconds(),
        scan.cpuSeconds(), tokens);

    System.gc();
    HeapPeak heap = HeapPeak.watch();
    Outcome outcome = evaluate(file);
    Clock.Lap evaluate = outcome.timed();
    String digest = outcome.digest();
    System.out.printf("evaluate:    %6.1f s wall, %6.1f s CPU (assessment SHA-256 %s; "
        + "observations %s)%n", evaluate.wallSeconds(), evaluate.cpuSeconds(), digest,
        outcome.inBulk() ? "read in bulk" : "read by the strict reader");
    System.out.printf("  read %.1f s wall, %.1f s CPU; evaluate %.1f s wall, %.1f s CPU; "
        + "write (%,d bytes) %.1f s wall, %.1f s CPU; collectors %.1f s%n",
        outcome.read().wallSeconds(),
        outcome.read().cpuSeconds(), outcome.evaluate().wallSeconds(),
        outcome.evaluate().cpuSeconds(), outcome.bytesWritten(), outcome.write().wallSeconds(),
        outcome.write().cpuSeconds(), outcome.gcSeconds());
    System.out.printf("ratio evaluate / scan: %.2f (wall), %.2f (CPU)%n",
        evaluate.wallSeconds() / scan.wallSeconds(), evaluate.cpuSeconds() / scan.cpuSeconds());
    System.out.printf("peak heap in evaluate: %,d MB before a collection; %,d MB sum of pool "
        + "peaks; %d collections%n", heap.beforeCollection() >> 20, heap.poolPeaks() >> 20,
        heap.collections());
    for (int again = 0; again < repeats; again++) {
      System.gc();
      Outcome warm = evaluate(file);
      System.out.printf("again, warm:  %6.1f s wall, %6.1f s CPU (read %.1f / %.1f, evaluate %.1f "
          + "/ %.1f, write %.1f / %.1f s wall / CPU)%s%n",
          warm.timed().wallSeconds(), warm.timed().cpuSeconds(),
          warm.read().wallSeconds(), warm.read().cpuSeconds(), warm.evaluate().wallSeconds(),
          warm.evaluate().cpuSeconds(), warm.write().wallSeconds(), warm.write().cpuSeconds(),
          warm.digest().equals(digest) ? "" : " DIFFERENT OUTPUT");
    }
    if (strict) {
      System.gc();
      Clock strictClock = Clock.start();
      String strictDigest = evaluateStrictly(file);
      Clock.Lap lap = strictClock.stop();
      System.out.printf("strict path: %6.1f s wall, %6.1f s CPU (assessment SHA-256 %s): %s%n",
          lap.wallSeconds(), lap.cpuSeconds(), strictDigest,
          strictDigest.equals(digest) ? "byte for byte the same" : "DIFFERENT");
      if (!strictDigest.equals(digest)) {
        System.exit(1);
      }
    }
  }

  /** What one bulk evaluation gave and how long each step took. */
  record Outcome(String digest, boolean inBulk, Clock.Lap read, Clock.Lap evaluate,
      Clock.Lap write, double gcSeconds, long bytesWritten) {
    /** Read, evaluate and write; not the second, untimed writing into the digest. */
    Clock.Lap timed() {
      return new Clock.Lap(read.wallSeconds() + evaluate.wallSeconds() + write.wallSeconds(),
          read.cpuSeconds() + evaluate.cpuSeconds() + write.cpuSeconds());
    }
  }

  /** The time the collectors have spent so far (pauses and concurrent work they report). */
  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /**
   * What {@code qsurv.jar evaluate FILE} does (reference-app {@code EvaluateCommand}): read in
   * bulk on one thread per core, evaluate on the same threads under the national defaults, write
   * the pretty-printed assessment and a line break; the bytes go to a SHA-256 digest.
   */
  static Outcome evaluate(Path file) throws IOException, NoSuchAlgorithmException {
    ExecutorService executor = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(), task -> {
          Thread thread = new Thread(task);
          thread.setDaemon(true);
          return thread;
        });
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        InputStream in = Files.newInputStream(file)) {
      long gc = gcMillis();
      Clock start = Clock.start();
      BulkSnapshotReader.Result result = BulkSnapshotReader.read(bytes(channel), executor, () -> {
        try {
          return JSON.createParser(in);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      if (!result.isValid()) {
        throw new IllegalStateException("the snapshot is invalid: " + result.problems().get(0));
      }
      Clock.Lap read = start.stop();
      Clock evaluating = Clock.start();
      Assessment assessment = SnapshotEvaluator.evaluate(result.snapshot(),
          ScoringPolicy.nhsDefaults(), EscalationPolicy.nhsDefaults(), executor);
      Clock.Lap evaluated = evaluating.stop();
      Clock writing = Clock.start();
      long[] bytes = new long[1];
      write(assessment, executor, new OutputStream() {
        @Override
        public void write(int b) {
          bytes[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          bytes[0] += len;
        }
      });
      Clock.Lap written = writing.stop();
      double gcSeconds = (gcMillis() - gc) / 1e3;
      // Untimed: the same bytes again, into the digest that the strict path is checked against.
      String digest = write(assessment, executor);
      return new Outcome(digest, result.readInBulk(), read, evaluated, written, gcSeconds,
          bytes[0]);
    } finally {
      executor.shutdownNow();
    }
  }

  /** The file's bytes, mapped in windows of 1 GB (as reference-app's EvaluateCommand reads them). */
  private static SnapshotBytes bytes(FileChannel channel) throws IOException {
    long size = channel.size();
    java.util.List<ByteBuffer> windows = new java.util.ArrayList<>();
    for (long at = 0; at < size; at += 1L << 30) {
      windows.add(channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(1L << 30, size - at)));
    }
    return SnapshotBytes.of(windows);
  }

  /** Reads every token of the file and nothing more: the floor for any reader of it. */
  static long scan(Path file) throws IOException {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * The strict single-threaded path {@code qsurv.jar evaluate} took before the bulk reader: read
   * and check with {@link SnapshotReader} (an object per observation), evaluate on the calling
   * thread, write; the SHA-256 of the bytes, to compare with the bulk path's. Needs about 4 GB of
   * heap for England.
   */
  static String evaluateStrictly(Path file) throws IOException, NoSuchAlgorithmException {
    SnapshotReader.Result result;
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
      result = SnapshotReader.read(parser);
    }
    if (!result.isValid()) {
      throw new IllegalStateException("the snapshot is invalid: " + result.problems().get(0));
    }
    return write(SnapshotEvaluator.evaluate(result.snapshot()), null);
  }

  /**
   * Writes the assessment as the CLI does, into a SHA-256 digest; its hex. With no executor, the
   * sequential writer of before.
   */
  private static String write(Assessment assessment, java.util.concurrent.Executor executor)
      throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    write(assessment, executor, new DigestOutputStream(OutputStream.nullOutputStream(), sha));
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Writes the assessment as the CLI does to {@code sink} (stdout there; here a digest, or
   * nothing, to time the writing apart from hashing a gigabyte, which the CLI does not do).
   */
  private static void write(Assessment assessment, java.util.concurrent.Executor executor,
      OutputStream sink) throws IOException {
    // As qsurv.jar writes standard output: UTF-8 bytes through Jackson's UTF-8 generator.
    try (OutputStream out = new BufferedOutputStream(sink, 1 << 16)) {
      JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      if (executor == null) {
        AssessmentWriter.write(assessment, json);
      } else {
        AssessmentWriter.write(assessment, json, executor);
      }
      json.flush();
      out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Wall and process CPU time from a start. */
  private record Clock(long wall, long cpu) {
    record Lap(double wallSeconds, double cpuSeconds) {}

    static Clock start() {
      return new Clock(System.nanoTime(), cpuNanos());
    }

    Lap stop() {
      return new Lap((System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9);
    }

    private static long cpuNanos() {
      return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }

  /** The heap in use just before each garbage collection, and the heap pools' peaks, from now. */
  private static final class HeapPeak {
    private final AtomicLong before = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    static HeapPeak watch() {
      HeapPeak peak = new HeapPeak();
      Set<String> heapPools = new HashSet<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
          if (!notification.getType()
              .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
              (CompositeData) notification.getUserData());
          long used = 0;
          for (Map.Entry<String, MemoryUsage> pool
              : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            used += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
          }
          peak.before.accumulateAndGet(used, Math::max);
          peak.collections.incrementAndGet();
        }, null, null);
      }
      return peak;
    }

    long beforeCollection() {
      return before.get();
    }

    long collections() {
      return collections.get();
    }

    long poolPeaks() {
      long sum = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          sum += pool.getPeakUsage().getUsed();
        }
      }
      return sum;
    }
  }
}
