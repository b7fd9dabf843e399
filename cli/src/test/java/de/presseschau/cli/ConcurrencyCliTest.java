package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.ArchiveConfig;
import de.presseschau.NewsArchive;
import de.presseschau.read.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the README's "What is safe" promises about several writers and readers. */
class ConcurrencyCliTest {

  @TempDir Path tmp;

  @Test
  void aSecondWriterGetsOneClearLineAndSearchesSeeTheLastCommit() throws Exception {
    Path dir = tmp.resolve("idx");
    try (NewsArchive writer = NewsArchive.create(dir, ArchiveConfig.defaults())) {
      writer.add(Article.of("a", "Gipfel in Madrid", "Die Nato berät in Madrid."));
      writer.commit();
      writer.add(Article.of("b", "Gipfel in Vilnius", "Die Nato berät in Vilnius."));
      // Not committed yet: another process's search sees the last commit only.
      assertEquals(0, Cli.run("--index", dir.toString(), "Madrid").code());
      assertEquals(1, Cli.run("--index", dir.toString(), "Vilnius").code());

      Cli.Run second = Cli.run("index", "--index", dir.toString(), Cli.seeds().toString());
      assertEquals(2, second.code());
      assertTrue(second.err().contains("is being written by another process"), second.err());
      assertEquals(1, second.err().strip().lines().count(), second.err());
    }
    assertEquals(0, Cli.run("--index", dir.toString(), "Vilnius").code(), "committed on close");
  }

  @Test
  void twoRunsIntoDifferentIndexesDoNotInterfere() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("x.txt"), "Gipfel\n\nDie Nato berät in Madrid.");
    CompletableFuture<Cli.Run> a = CompletableFuture.supplyAsync(
        () -> Cli.run("index", "--index", one.toString(), Cli.seeds().toString()));
    CompletableFuture<Cli.Run> b = CompletableFuture.supplyAsync(
        () -> Cli.run("index", "--index", two.toString(), in.toString()));
    assertTrue(a.get().err().contains(": 5 added,"), a.get().err());
    assertTrue(b.get().err().contains(": 1 added,"), b.get().err());
    assertEquals("5", Cli.run("--index", one.toString(), "--count", "*").out().strip());
    assertEquals("1", Cli.run("--index", two.toString(), "--count", "*").out().strip());
  }

  @Test
  void aNewIndexAnswersFromItsFirstMoments() throws Exception {
    Path dir = tmp.resolve("new");
    int[] answers = new int[1];
    java.util.List<Integer> codes = new java.util.ArrayList<>();
    try (NewsArchive archive = NewsArchive.open(dir)) {
      archive.index(java.util.List.of(Cli.seeds()), de.presseschau.index.FileIngest.Options.defaults(),
          new de.presseschau.index.FileIngest.Listener() {
            @Override
            public void progress(long bytesDone, long bytesTotal, long articles) {
              if (answers[0]++ == 0) {
                codes.add(Cli.run("--index", dir.toString(), "Nato").code());
              }
            }
          });
    }
    assertEquals(java.util.List.of(1), codes, "an empty index, not 'no index' (exit 2)");
  }
}
