package io.github.linernotes.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The worker threads of the library's in-order readers ({@code CatalogueReader}'s JSON Lines and
 * {@link InOrder}): pools of daemon threads that belong to one reading, end by themselves when idle, and are
 * stopped with {@link #stopAndWait}; and the waits those readers make, which keep an interrupt for later
 * instead of losing work.
 */
public final class WorkerThreads {

  private static final AtomicInteger NUMBERS = new AtomicInteger();

  private WorkerThreads() {}

  /**
   * A pool of {@code threads} daemon threads named {@code name-N} that end after {@code idleSeconds} idle.
   *
   * @param threads the number of threads
   * @param idleSeconds how long an idle thread waits for work before it ends
   * @param name the start of the threads' names
   * @param started told of each thread the pool makes, before it starts
   * @return the pool
   */
  public static ThreadPoolExecutor pool(int threads, long idleSeconds, String name, Consumer<Thread> started) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, idleSeconds, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, name + "-" + NUMBERS.incrementAndGet());
          thread.setDaemon(true);
          started.accept(thread);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * Interrupts the pool's threads and waits until none is left; an interrupt of the caller is kept for later.
   *
   * @param pool the pool
   */
  public static void stopAndWait(ThreadPoolExecutor pool) {
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until {@code done} is counted down; an interrupt of the caller is kept for later, as the wait is
   * for one batch of work at most.
   *
   * @param done the latch
   */
  public static void await(CountDownLatch done) {
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** What a task threw instead of returning its result: thrown again on the thread that takes the result. */
  public static final class Failure {
    private final Throwable thrown;

    /**
     * Keeps what a task threw.
     *
     * @param thrown a {@link RuntimeException} or an {@link Error}
     */
    public Failure(Throwable thrown) {
      this.thrown = thrown;
    }

    /**
     * Throws what the task threw.
     *
     * @return never returns; declared so that callers can write {@code throw failure.rethrow()}
     */
    public RuntimeException rethrow() {
      if (thrown instanceof Error) {
        throw (Error) thrown;
      }
      throw (RuntimeException) thrown;
    }
  }
}
