package de.presseschau.eval;

/** A small in-process timing: warm up, then the best of a few timed passes, on one thread. */
final class Benchmark {

  static final String METHOD = "single thread, best of 3 passes after a warm-up of at least 2,000 items";

  private Benchmark() {}

  /** Runs the pass until at least 2,000 items went through untimed, then times 3 passes; returns ms per item. */
  static double msPerItem(int itemsPerPass, Runnable pass) {
    for (int done = 0; done < 2_000; done += Math.max(1, itemsPerPass)) {
      pass.run(); // JIT warm-up, not timed
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      pass.run();
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best / 1e6 / Math.max(1, itemsPerPass);
  }
}
