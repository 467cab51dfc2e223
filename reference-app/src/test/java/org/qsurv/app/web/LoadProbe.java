package org.qsurv.app.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load probe for a running {@code qsurv serve}, not a test: signs in, then requests a page at a
 * fixed rate (an open model: requests are sent on schedule whether or not earlier ones have
 * answered, so a slow server shows as latency, not as a lower rate) and prints the achieved rate
 * and the latency percentiles. The requests go over plain keep-alive sockets, each answer read whole
 * and dropped, so that the probe costs little of a machine it shares with the server (the JDK's
 * {@code HttpClient} spent as much CPU reading a 411 KB page as the server spent making it).
 * {@code gzip} after the other arguments asks for compressed answers, as browsers do. Run it as a
 * single-file program:
 *
 * <pre>
 * java reference-app/src/test/java/org/qsurv/app/web/LoadProbe.java \
 *     http://127.0.0.1:8080 f.hale PASSWORD /providers/ZA1 200 30 [gzip]
 * </pre>
 */
final class LoadProbe {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  // A request unanswered after this counts as an error (its latency is the time it waited), so
  // that a server that stops answering ends the run with its figures rather than hanging it.
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private LoadProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6 || args.length > 7 || (args.length == 7 && !args[6].equals("gzip"))) {
      System.err.println("usage: LoadProbe BASE USER PASSWORD PATH RATE SECONDS [gzip]");
      System.exit(2);
    }
    String base = args[0];
    String path = args[3];
    int rate = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);
    boolean gzip = args.length == 7;
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(TIMEOUT).build();
    String cookie = signIn(http, base, args[1], args[2]);
    URI uri = URI.create(base);
    byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
        + "\r\nCookie: " + cookie + (gzip ? "\r\nAccept-Encoding: gzip" : "")
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    // Warm up: the first provider assessment is computed, then cached.
    try (Connection c = new Connection(uri)) {
      for (int i = 0; i < 20; i++) {
        c.exchange(request);
      }
    }
    // The requests' scheduled times; a worker takes the next one when it is due, sends it on its
    // own keep-alive connection and reads the whole answer. The latency counts from the scheduled
    // time, so a request waiting for a free worker or connection is as late as the server made
    // it (no coordinated omission).
    int total = rate * seconds;
    long[] latencies = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger unanswered = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime() + 100_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      Thread worker = new Thread(() -> {
        Connection c = null;
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          long due = start + i * interval;
          long wait;
          while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
          }
          try {
            if (c == null) {
              c = new Connection(uri);
            }
            Answer answer = c.exchange(request);
            bytes.addAndGet(answer.bytes());
            if (answer.status() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            unanswered.incrementAndGet();
            c = null;
          }
          latencies[i] = System.nanoTime() - due;
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (Thread t : workers) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    System.out.printf("%s: %d requests in %.1f s = %.0f req/s (target %d)%s; %.0f KB an answer; "
        + "errors %d (%d without an answer within %d s, or the connection failed); "
        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", path, total, elapsed,
        total / elapsed, rate, gzip ? ", gzip accepted" : "", bytes.get() / 1024.0 / total,
        errors.get(), unanswered.get(), TIMEOUT.toSeconds(), ms(sorted, 0.50),
        ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  // Enough workers that a request is never held back for want of one at the rates probed: at
  // 200 a second with answers in 10 ms, two or three are busy at once.
  private static final int WORKERS = 32;

  /** An answer's status and the bytes of its body. */
  private record Answer(int status, long bytes) {}

  /** A keep-alive HTTP/1.1 connection that reads each answer whole and keeps only its size. */
  private static final class Connection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];

    Connection(URI uri) throws IOException {
      socket = new Socket();
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()),
          (int) TIMEOUT.toMillis());
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }

    Answer exchange(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      String status = line();
      if (!status.startsWith("HTTP/1.1 ")) {
        throw new IOException("not an HTTP/1.1 answer: " + status);
      }
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(header.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      long read = 0;
      if (chunked) {
        for (long size = Long.parseLong(line().trim(), 16); size > 0;
            size = Long.parseLong(line().trim(), 16)) {
          read += skip(size);
          line();
        }
        line();
      } else if (length >= 0) {
        read = skip(length);
      } else {
        throw new IOException("an answer without a length");
      }
      return new Answer(Integer.parseInt(status.substring(9, 12)), read);
    }

    private long skip(long n) throws IOException {
      long left = n;
      while (left > 0) {
        int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (r < 0) {
          throw new IOException("the connection closed in a body");
        }
        left -= r;
      }
      return n;
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("the connection closed");
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static String signIn(HttpClient http, String base, String user, String password)
      throws Exception {
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    String anonymous = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    Matcher m = CSRF.matcher(form.body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in form");
    }
    String body = "csrf-token=" + enc(m.group(1)) + "&username=" + enc(user) + "&password="
        + enc(password);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
        .header("Cookie", anonymous)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode());
    }
    return r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
