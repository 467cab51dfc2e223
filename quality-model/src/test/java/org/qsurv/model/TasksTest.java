package org.qsurv.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Tasks on the caller's executor: every task runs, the call returns only when all have
 * finished, and each task's result lands in its own slot whatever order they finish in, so that
 * parallel evaluation is deterministic (DCB0129: an assessment never depends on thread timing).
 */
class TasksTest {
  /** Every task runs once and writes its slot, on any number of threads, in any order. */
  @Property
  void everyTaskRunsOnceIntoItsOwnSlot(@ForAll @IntRange(min = 0, max = 300) int count,
      @ForAll @IntRange(min = 1, max = 4) int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int[] slots = new int[count];
      AtomicInteger runs = new AtomicInteger();
      List<Runnable> tasks = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int slot = i;
        tasks.add(() -> {
          runs.incrementAndGet();
          slots[slot] = slot * 7 + 1;
        });
      }
      Tasks.runAll(pool, tasks);
      int[] expected = new int[count];
      for (int i = 0; i < count; i++) {
        expected[i] = i * 7 + 1;
      }
      assertEquals(count, runs.get());
      assertArrayEquals(expected, slots);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The first failure in task order is thrown, after every task has run. */
  @Test
  void theFirstFailureIsThrownAfterAllTasksHaveRun() {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      AtomicInteger runs = new AtomicInteger();
      IllegalStateException first = new IllegalStateException("first");
      List<Runnable> tasks = List.of(runs::incrementAndGet, () -> {
        runs.incrementAndGet();
        throw first;
      }, runs::incrementAndGet, () -> {
        runs.incrementAndGet();
        throw new IllegalArgumentException("second");
      });
      assertSame(first, assertThrows(IllegalStateException.class, () -> Tasks.runAll(pool, tasks)));
      assertEquals(4, runs.get());
    } finally {
      pool.shutdownNow();
    }
  }

  /** An executor that refuses a task fails the call instead of leaving it waiting forever. */
  @Test
  void aRefusedTaskFailsTheCall() {
    AtomicInteger runs = new AtomicInteger();
    assertThrows(RejectedExecutionException.class, () -> Tasks.runAll(task -> {
      throw new RejectedExecutionException("full");
    }, List.of(runs::incrementAndGet)));
    assertEquals(0, runs.get());
  }

  /** With the calling thread as executor, the tasks run there, one after another. */
  @Test
  void tasksRunOnTheCallingThreadWithAnInlineExecutor() {
    List<Integer> order = new ArrayList<>();
    Tasks.runAll(Runnable::run, List.of(() -> order.add(1), () -> order.add(2), () -> order.add(3)));
    assertEquals(List.of(1, 2, 3), order);
  }
}
