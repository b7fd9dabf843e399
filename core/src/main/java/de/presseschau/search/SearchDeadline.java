package de.presseschau.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * The time limit of the search running on the current thread, as Lucene's {@link QueryTimeout}:
 * one object on the shared searcher, one deadline per searching thread, so that concurrent
 * searches each get their own limit and their own "stopped early" flag.
 */
final class SearchDeadline implements QueryTimeout {

  /** Per thread: the deadline (System.nanoTime; 0 = none) and whether it was passed. */
  private final ThreadLocal<long[]> state = ThreadLocal.withInitial(() -> new long[2]);

  /** Starts the clock for the search on this thread. */
  void start(long limitNanos) {
    long[] s = state.get();
    s[0] = System.nanoTime() + Math.max(1, limitNanos);
    s[1] = 0;
  }

  /** Stops the clock; whether the search was cut short. */
  boolean finish() {
    long[] s = state.get();
    boolean passed = s[1] != 0;
    s[0] = 0;
    s[1] = 0;
    return passed;
  }

  @Override
  public boolean shouldExit() {
    long[] s = state.get();
    if (s[0] != 0 && System.nanoTime() - s[0] > 0) {
      s[1] = 1;
      return true;
    }
    return false;
  }
}
