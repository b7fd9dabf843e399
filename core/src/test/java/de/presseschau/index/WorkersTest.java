package de.presseschau.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The indexing pool: bounded, runs everything submitted, reports the first failure. */
class WorkersTest {

  @Test
  void runsEveryTaskOnItsThreads() throws IOException {
    AtomicInteger done = new AtomicInteger();
    try (Workers w = new Workers(2, 4)) {
      for (int i = 0; i < 1000; i++) {
        w.submit(done::incrementAndGet);
      }
      w.await();
    }
    assertEquals(1000, done.get());
  }

  @Test
  void submitBlocksWhileTheQueueIsFull() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (Workers w = new Workers(1, 2)) {
      for (int i = 0; i < 2; i++) {
        w.submit(() -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }
      CountDownLatch third = new CountDownLatch(1);
      Thread submitter = Thread.ofPlatform().start(() -> {
        try {
          w.submit(() -> {});
          third.countDown();
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
      assertEquals(false, third.await(200, TimeUnit.MILLISECONDS), "a third task waits for a free place");
      release.countDown();
      assertTrue(third.await(10, TimeUnit.SECONDS));
      submitter.join();
      w.await();
    }
  }

  @Test
  void theFirstFailureIsThrownAndLaterTasksAreSkipped() throws IOException {
    AtomicInteger ran = new AtomicInteger();
    try (Workers w = new Workers(1, 1)) {
      w.submit(() -> {
        throw new IOException("disk full");
      });
      IOException e = assertThrows(IOException.class, () -> {
        for (int i = 0; i < 100; i++) {
          w.submit(ran::incrementAndGet);
        }
        w.await();
      });
      assertEquals("disk full", e.getMessage());
    }
    assertEquals(0, ran.get(), "nothing runs after a failure");
  }
}
