package org.qsurv.app.ops;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs {@code serve} runs once a day, on one {@link ScheduledExecutorService} thread started
 * and stopped with the server: the reminders (the outbox filled and the digests sent), and any
 * other daily job that joins with {@link #add}. Each run runs every job in the order added; a job
 * that fails is logged and does not stop the others or the next day's run. Jobs must be safe to run
 * more than once a day (the reminders are: each is keyed by its fact, H35), because a run is also
 * made when the schedule starts, so that a day the server was down is caught up.
 *
 * <pre>{@code
 * DailySchedule daily = new DailySchedule(clock, LocalTime.of(7, 0));
 * daily.add("reminders", reminderRun::run);
 * daily.start();   // runs now, then every day at 07:00 in the clock's zone
 * daily.close();   // with the server
 * }</pre>
 */
public final class DailySchedule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("qsurv.daily");

  /** A daily job: its name, and what it does, returning what it did in words for the log. */
  private record Job(String name, Supplier<String> run) {}

  private final Clock clock;
  private final LocalTime at;
  private final List<Job> jobs = new ArrayList<>();
  private ScheduledExecutorService executor;

  /** A schedule running its jobs every day at {@code at} in {@code clock}'s zone. */
  public DailySchedule(Clock clock, LocalTime at) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.at = Objects.requireNonNull(at, "at");
  }

  /**
   * Adds a job, run after those already added.
   *
   * @throws IllegalStateException once the schedule has started
   */
  public synchronized DailySchedule add(String name, Supplier<String> job) {
    if (executor != null) {
      throw new IllegalStateException("daily job " + name + " added after the schedule started");
    }
    jobs.add(new Job(Objects.requireNonNull(name, "name"), Objects.requireNonNull(job, "job")));
    return this;
  }

  /** The names of the jobs, in the order they run. */
  public synchronized ImmutableList<String> names() {
    return jobs.stream().map(Job::name).collect(ImmutableList.toImmutableList());
  }

  /** Starts the thread: a run now, then one every day at the time of day. */
  public synchronized void start() {
    if (executor != null) {
      throw new IllegalStateException("the daily schedule has already started");
    }
    executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread t = new Thread(task, "qsurv-daily");
      t.setDaemon(true);
      return t;
    });
    executor.execute(this::runAndReschedule);
  }

  private void runAndReschedule() {
    runNow();
    Duration wait = untilNext(ZonedDateTime.now(clock), at);
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
    }
    try {
      running.schedule(this::runAndReschedule, wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Closed while the jobs ran: the schedule has stopped, as asked.
    }
  }

  /**
   * Runs every job once, in order, now; a job's failure is logged and the next job still runs.
   *
   * @return what each job did (or how it failed), in order
   */
  public ImmutableList<String> runNow() {
    List<Job> now;
    synchronized (this) {
      now = List.copyOf(jobs);
    }
    ImmutableList.Builder<String> done = ImmutableList.builder();
    for (Job job : now) {
      try {
        String result = job.run().get();
        LOG.atInfo().addKeyValue("job", job.name()).log("daily job {}: {}", job.name(),
            LogText.clean(result));
        done.add(job.name() + ": " + result);
      } catch (RuntimeException e) {
        LOG.atError().addKeyValue("job", job.name()).setCause(e)
            .log("daily job {} failed: {}", job.name(), LogText.clean(String.valueOf(
                e.getMessage())));
        done.add(job.name() + " failed: " + e.getMessage());
      }
    }
    return done.build();
  }

  /**
   * How long from {@code now} until the next {@code at} in {@code now}'s zone: more than zero and
   * at most a day and an hour (a day that a clock change lengthens); at {@code at} exactly, a
   * day later.
   */
  static Duration untilNext(ZonedDateTime now, LocalTime at) {
    ZonedDateTime next = now.toLocalDate().atTime(at).atZone(now.getZone());
    if (!next.isAfter(now)) {
      next = now.toLocalDate().plusDays(1).atTime(at).atZone(now.getZone());
    }
    return Duration.between(now, next);
  }

  /** Stops the thread, waiting up to ten seconds for a run under way to end. */
  @Override
  public void close() {
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
    }
    if (running == null) {
      return;
    }
    running.shutdownNow();
    try {
      running.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
