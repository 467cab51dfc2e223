package org.qsurv.model;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a list of independent tasks on an {@link Executor} the caller hands in, and waits for all
 * of them: how the libraries work in parallel without starting a thread or touching a common
 * pool of their own (the caller chooses the threads, as it chooses the clock). With
 * {@code Runnable::run} the tasks run one after another on the calling thread.
 *
 * <p>Each task writes only its own slot of a result, so the outcome never depends on the order
 * the tasks happen to finish in. The executor must not run the tasks on the thread that waits
 * for them unless it runs them inline, or the wait never ends.
 *
 * @since 1.0.0
 */
public final class Tasks {
  /** The most tasks one call takes (a {@link Phaser}'s limit of parties). */
  public static final int MAX_TASKS = 65_535;

  private Tasks() {}

  /**
   * Runs every task on {@code executor} and returns when all have finished; the first failure
   * (in task order) is thrown once all have finished. The wait is not cut short by an interrupt
   * (the thread's interrupt status is kept): tasks still running would otherwise write into
   * results their caller has given up on.
   */
  public static void runAll(Executor executor, List<? extends Runnable> tasks) {
    Objects.requireNonNull(executor, "executor");
    if (tasks.isEmpty()) {
      return;
    }
    Checks.check(tasks.size() <= MAX_TASKS,
        () -> "at most " + MAX_TASKS + " tasks can run at once but "
        + tasks.size() + " were given");
    Phaser done = new Phaser(tasks.size());
    @SuppressWarnings("unchecked")
    AtomicReference<Throwable>[] failures = new AtomicReference[tasks.size()];
    for (int i = 0; i < tasks.size(); i++) {
      Runnable task = tasks.get(i);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      failures[i] = failure;
      try {
        executor.execute(() -> {
          try {
            task.run();
          } catch (RuntimeException | Error e) {
            failure.set(e);
          } finally {
            done.arrive();
          }
        });
      } catch (RuntimeException rejected) {
        failure.set(rejected);
        done.arrive();
      }
    }
    done.awaitAdvance(0);
    for (AtomicReference<Throwable> failure : failures) {
      Throwable t = failure.get();
      if (t instanceof RuntimeException r) {
        throw r;
      } else if (t instanceof Error e) {
        throw e;
      }
    }
  }
}
