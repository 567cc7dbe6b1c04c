package io.github.linernotes.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tasks run on worker threads whose results come back in the order the tasks were given, for a reader that
 * pushes its work as it splits its input (the MusicBrainz dump). The calling thread gives tasks with
 * {@link #submit}; they are grouped in batches of up to {@value #BATCH_TASKS} tasks or
 * {@value #BATCH_BYTES} bytes of input, and each batch runs on a worker. When too much is in flight — more
 * than two batches per thread, or more than {@value #MAX_IN_FLIGHT_BYTES} bytes, one batch always allowed —
 * {@code submit} first waits for the oldest batch and hands its results to {@code deliver}, on the calling
 * thread, in order. {@link #finish()} delivers the rest. A task's exception is thrown on the calling thread
 * where its result would have been delivered. With one thread each task runs at once on the calling thread.
 *
 * <p>The workers are daemon threads of this instance alone, started with the second batch (input of one
 * batch runs on the calling thread), and stopped by {@link #finish()} or {@link #close()}, which waits for
 * them; an idle worker also ends by itself after two seconds. Not thread-safe: one thread submits.
 *
 * @param <R> the results
 */
public final class InOrder<R> implements AutoCloseable {

  /** The most tasks in one batch. */
  public static final int BATCH_TASKS = 32;

  /** A batch is closed once its tasks' input holds this many bytes. */
  public static final int BATCH_BYTES = 1 << 16;

  /** Input in flight may hold this many bytes; one batch is always allowed. */
  public static final long MAX_IN_FLIGHT_BYTES = 4L << 20;

  private final int threads;
  private final String name;
  private final Consumer<? super R> deliver;
  private final int maxBatches;
  private final ArrayDeque<Batch> pending = new ArrayDeque<>();
  private Batch filling;
  private ThreadPoolExecutor workers;
  private long inFlightBytes;
  private volatile boolean closed;

  /**
   * Work on {@code threads} threads named {@code name-N}, delivered to {@code deliver}.
   *
   * @param threads the number of worker threads, at least 1
   * @param name the start of the threads' names
   * @param deliver receives each result, on the calling thread, in order
   */
  public InOrder(int threads, String name, Consumer<? super R> deliver) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.threads = threads;
    this.name = name;
    this.deliver = deliver;
    this.maxBatches = 2 * threads + 1;
  }

  /**
   * Adds a task, after delivering the oldest results if too much is in flight.
   *
   * @param task the work, run on a worker
   * @param bytes the size of the task's input, for the bounds
   */
  public void submit(Supplier<? extends R> task, long bytes) {
    if (threads == 1) {
      deliver.accept(task.get());
      return;
    }
    if (filling == null) {
      filling = new Batch();
    }
    filling.add(task, bytes);
    if (filling.count == BATCH_TASKS || filling.bytes >= BATCH_BYTES) {
      Batch batch = filling;
      filling = null;
      while (!pending.isEmpty() && (pending.size() >= maxBatches || inFlightBytes >= MAX_IN_FLIGHT_BYTES)) {
        deliverOldest();
      }
      start(batch, false);
    }
  }

  /** Runs every task left and delivers every result, then stops the workers. */
  public void finish() {
    if (filling != null) {
      Batch batch = filling;
      filling = null;
      start(batch, workers == null && pending.isEmpty());
    }
    while (!pending.isEmpty()) {
      deliverOldest();
    }
    close();
  }

  private void start(Batch batch, boolean here) {
    pending.add(batch);
    inFlightBytes += batch.bytes;
    if (here) {
      batch.run();
    } else {
      workers().execute(batch);
    }
  }

  private ThreadPoolExecutor workers() {
    if (workers == null) {
      workers = WorkerThreads.pool(threads, 2, name, thread -> { });
    }
    return workers;
  }

  @SuppressWarnings("unchecked")
  private void deliverOldest() {
    Batch batch = pending.poll();
    batch.await();
    inFlightBytes -= batch.bytes;
    for (int i = 0; i < batch.count; i++) {
      Object result = batch.results[i];
      batch.results[i] = null;
      if (result instanceof WorkerThreads.Failure) {
        throw ((WorkerThreads.Failure) result).rethrow();
      }
      deliver.accept((R) result);
    }
  }

  /** Drops what is in flight and stops the workers, waiting until none is left. */
  @Override
  public void close() {
    closed = true;
    pending.clear();
    filling = null;
    if (workers == null) {
      return;
    }
    WorkerThreads.stopAndWait(workers);
  }

  private final class Batch implements Runnable {
    final Object[] tasks = new Object[BATCH_TASKS];
    final Object[] results = new Object[BATCH_TASKS];
    private final CountDownLatch done = new CountDownLatch(1);
    int count;
    long bytes;

    void add(Supplier<? extends R> task, long size) {
      tasks[count++] = task;
      bytes += size;
    }

    @Override
    public void run() {
      try {
        for (int i = 0; i < count && !closed; i++) {
          try {
            results[i] = ((Supplier<?>) tasks[i]).get();
          } catch (RuntimeException | Error e) {
            results[i] = new WorkerThreads.Failure(e);
          }
          tasks[i] = null;
        }
      } finally {
        done.countDown();
      }
    }

    void await() {
      WorkerThreads.await(done);
    }
  }
}
