package de.presseschau.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded pool of worker threads for the indexing pipeline: the caller (the reading thread)
 * submits one task per article and blocks while {@code capacity} tasks are waiting or running, so
 * reading overlaps extraction and analysis without ever holding more than a few hundred articles
 * in memory, however large the input.
 *
 * <p>The first failure of a task is kept and thrown by the next {@link #submit} or by
 * {@link #await}; the tasks after it are skipped.
 */
public final class Workers implements AutoCloseable {

  /** A unit of work that may fail with an I/O error. */
  @FunctionalInterface
  public interface Task {
    void run() throws IOException;
  }

  private final ExecutorService pool;
  private final Semaphore slots;
  private final int capacity;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /**
   * @param threads worker threads (at least one)
   * @param capacity tasks queued or running at most; {@link #submit} blocks beyond that
   */
  public Workers(int threads, int capacity) {
    if (threads < 1 || capacity < threads) {
      throw new IllegalArgumentException("need threads >= 1 and capacity >= threads");
    }
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "presseschau-indexer-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.slots = new Semaphore(capacity);
    this.capacity = capacity;
  }

  /** Threads for a machine: one per core, as the caller's reading is light. */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Runs {@code task} on a worker; blocks while the pool is full. */
  public void submit(Task task) throws IOException {
    rethrow();
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while indexing");
    }
    pool.execute(
        () -> {
          try {
            if (failure.get() == null) {
              task.run();
            }
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            slots.release();
          }
        });
  }

  /** Waits until every task submitted so far has run; throws the first failure. */
  public void await() throws IOException {
    try {
      slots.acquire(capacity);
      slots.release(capacity);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while indexing");
    }
    rethrow();
  }

  private void rethrow() throws IOException {
    Throwable t = failure.get();
    if (t == null) {
      return;
    }
    switch (t) {
      case IOException io -> throw io;
      case RuntimeException re -> throw re;
      case Error err -> throw err;
      default -> throw new IOException(t);
    }
  }

  /** Stops the threads (after the running tasks); call {@link #await} first to finish the work. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
