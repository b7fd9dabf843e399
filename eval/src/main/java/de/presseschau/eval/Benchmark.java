package de.presseschau.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A small in-process timing: warm up, then the best of a few timed passes, on one thread. It
 * reports the thread's CPU time, which other work on a shared machine disturbs far less than
 * the wall clock, and the wall time of the same pass.
 */
final class Benchmark {

  /** Milliseconds per item of the best pass: CPU time of this thread, and wall time. */
  record Timing(double cpuMs, double wallMs) {
    @Override
    public String toString() {
      return String.format("%.3f ms CPU (%.3f ms wall) per item; one thread, best of 3 passes after a warm-up "
          + "of at least 2,000 items", cpuMs, wallMs);
    }
  }

  private Benchmark() {}

  /** Runs the pass until at least 2,000 items went through untimed, then times 3 passes. */
  static Timing perItem(int itemsPerPass, Runnable pass) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    for (int done = 0; done < 2_000; done += Math.max(1, itemsPerPass)) {
      pass.run(); // JIT warm-up, not timed
    }
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      long t0 = System.nanoTime();
      pass.run();
      long wall = System.nanoTime() - t0;
      bestWall = Math.min(bestWall, wall);
      bestCpu = Math.min(bestCpu, cpu ? threads.getCurrentThreadCpuTime() - c0 : wall);
    }
    int n = Math.max(1, itemsPerPass);
    return new Timing(bestCpu / 1e6 / n, bestWall / 1e6 / n);
  }
}
