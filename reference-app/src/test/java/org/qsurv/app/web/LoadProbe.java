package org.qsurv.app.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load probe for a running {@code qsurv serve}, not a test: signs in, then requests a page at a
 * fixed rate (an open model: requests are sent on schedule whether or not earlier ones have
 * answered, so a slow server shows as latency, not as a lower rate) and prints the achieved rate
 * and the latency percentiles. Run it as a single-file program:
 *
 * <pre>
 * java reference-app/src/test/java/org/qsurv/app/web/LoadProbe.java \
 *     http://127.0.0.1:8080 f.hale PASSWORD /providers/ZA1 200 30
 * </pre>
 */
final class LoadProbe {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  // A request unanswered after this counts as an error (its latency is the time it waited), so
  // that a server that stops answering ends the run with its figures rather than hanging it.
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private LoadProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: LoadProbe BASE USER PASSWORD PATH RATE SECONDS");
      System.exit(2);
    }
    String base = args[0];
    String path = args[3];
    int rate = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(TIMEOUT).executor(Executors.newFixedThreadPool(32)).build();
    String cookie = signIn(http, base, args[1], args[2]);

    // Warm up: the first provider assessment is computed, then cached.
    for (int i = 0; i < 20; i++) {
      http.send(get(base + path, cookie), HttpResponse.BodyHandlers.discarding());
    }
    int total = rate * seconds;
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger unanswered = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long start = System.nanoTime();
    long interval = 1_000_000_000L / rate;
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      long sent = System.nanoTime();
      pending.add(http.sendAsync(get(base + path, cookie),
          HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
            latencies.add(System.nanoTime() - sent);
            if (e != null || r.statusCode() != 200) {
              errors.incrementAndGet();
            }
            if (e != null) {
              unanswered.incrementAndGet();
            }
            return null;
          }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("%s: %d requests in %.1f s = %.0f req/s (target %d); errors %d (%d without an "
        + "answer: no answer within %d s, or the connection failed); "
        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", path, total, elapsed,
        total / elapsed, rate, errors.get(), unanswered.get(), TIMEOUT.toSeconds(), ms(sorted, 0.50), ms(sorted, 0.90),
        ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    System.exit(0);
  }

  private static double ms(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
  }

  private static HttpRequest get(String url, String cookie) {
    return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).timeout(TIMEOUT)
        .GET().build();
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
