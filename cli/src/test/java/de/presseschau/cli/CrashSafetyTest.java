package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.NewsArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash promise, tested with real kills: {@code search index} in a separate JVM is killed with
 * SIGKILL at random points of a run over 20,000 articles. After each kill the index opens, passes
 * Lucene's CheckIndex, holds at least what it held before (what was committed stays), and no
 * stale lock blocks the next run; a last run completes with the exact count.
 */
class CrashSafetyTest {

  private static final int FILES = 20;
  private static final int PER_FILE = 1_000;
  private static final int KILLS = 10;

  @TempDir Path tmp;

  @Test
  void killedRunsLeaveACheckedIndexAndARerunCompletesIt() throws Exception {
    Path in = corpus(Files.createDirectories(tmp.resolve("in")));
    Path idx = tmp.resolve("idx");
    Random random = new Random(20261202); // the kill points are drawn reproducibly; timing varies
    long before = 0;
    int kills = 0;
    int runs = 0;
    while (kills < KILLS) {
      assertTrue(++runs < 4 * KILLS, "the indexer kept finishing before it could be killed");
      // A run that finished before its kill starts the next one afresh, so that there is work to kill.
      boolean fresh = before == FILES * PER_FILE;
      Process p = start(idx, in, fresh);
      if (p.waitFor(300 + random.nextInt(2_700), TimeUnit.MILLISECONDS)) {
        assertEquals(0, p.exitValue(), () -> "a run that finished: " + stderr(idx));
        before = count(idx);
        assertEquals(FILES * PER_FILE, before);
        continue;
      }
      p.destroyForcibly(); // SIGKILL
      p.waitFor();
      kills++;
      if (!DirectoryReader.indexExists(FSDirectory.open(idx))) {
        assertEquals(0, before, "a kill before the first commit of a fresh index leaves none");
        continue;
      }
      assertClean(idx);
      long now = count(idx);
      assertTrue(now >= (fresh ? 0 : before), "kill " + kills + ": " + now + " articles, " + before + " before");
      before = now;
    }
    Process last = start(idx, in, false);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the last run finishes");
    assertEquals(0, last.exitValue(), () -> stderr(idx));
    assertClean(idx);
    assertEquals(FILES * PER_FILE, count(idx), "every article exactly once");
  }

  /** Twenty JSONL files of short articles with unique ids (seed sentences, numbered). */
  private static Path corpus(Path dir) throws IOException {
    List<String> sentences = new ArrayList<>();
    for (Path seed : Files.list(Cli.seeds()).sorted().toList()) {
      for (String s : Files.readString(seed).split("(?<=[.!?])\\s+")) {
        if (s.length() > 40 && s.length() < 300) {
          sentences.add(s.replace("\\", "").replace("\"", "'").replace("\n", " "));
        }
      }
    }
    for (int f = 0; f < FILES; f++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < PER_FILE; i++) {
        int n = f * PER_FILE + i;
        String text = sentences.get(n % sentences.size()) + " " + sentences.get((n * 7 + 3) % sentences.size())
            + " Meldung " + n + ".";
        b.append("{\"id\": \"a").append(n).append("\", \"text\": \"").append(text).append("\"}\n");
      }
      Files.writeString(dir.resolve(String.format("part-%02d.jsonl", f)), b, StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static Process start(Path idx, Path in, boolean fresh) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, "--enable-native-access=ALL-UNNAMED",
        Main.class.getName(), "index", "--index", idx.toString(), "--threads", "1", "--commit-every", "1"));
    if (fresh) {
      command.add("--rebuild");
    }
    command.add(in.toString());
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(idx.resolveSibling("stderr.txt").toFile())
        .start();
  }

  private static String stderr(Path idx) {
    try {
      return Files.readString(idx.resolveSibling("stderr.txt"));
    } catch (IOException e) {
      return "(no stderr: " + e.getMessage() + ")";
    }
  }

  /** CheckIndex takes the write lock: this also shows that no stale lock was left. */
  private static void assertClean(Path idx) throws IOException {
    try (Directory dir = FSDirectory.open(idx); CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean, "CheckIndex finds no problem");
    }
  }

  private static long count(Path idx) throws IOException {
    try (NewsArchive archive = NewsArchive.open(idx)) {
      return archive.stats().articles();
    }
  }
}
