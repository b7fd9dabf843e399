package de.presseschau.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.ArchiveConfig;
import de.presseschau.NewsArchive;
import de.presseschau.read.ReadProblem;
import de.presseschau.search.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing files: in parallel, streaming, and a rerun reads only what changed. */
class FileIngestTest {

  @TempDir Path tmp;

  private static String jsonl(int from, int to, String word) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append("{\"id\": \"a").append(i).append("\", \"text\": \"Bericht ").append(i).append(" über ")
          .append(word).append(".\"}\n");
    }
    return b.toString();
  }

  @Test
  void manyArticlesOnSeveralThreadsAreAllIndexedAndCounted() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("one.jsonl"), jsonl(0, 3000, "Wien"));
    Files.writeString(in.resolve("two.jsonl"), jsonl(3000, 4000, "Graz") + "{broken\n");
    List<ReadProblem> problems = new ArrayList<>();
    try (NewsArchive archive = NewsArchive.create(tmp.resolve("idx"), ArchiveConfig.defaults())) {
      FileIngest.Report r = archive.index(List.of(in), FileIngest.Options.defaults().withThreads(3),
          new FileIngest.Listener() {
            @Override
            public void problem(ReadProblem p) {
              problems.add(p);
            }
          });
      assertEquals(4000, r.added());
      assertEquals(0, r.updated());
      assertEquals(1, r.skipped());
      assertEquals(1, problems.size());
      assertEquals(3000, archive.search(SearchRequest.plain("Wien").withFacets(true)).total());
      assertEquals(4000, archive.stats().articles());
    }
  }

  @Test
  void aRerunSkipsUnchangedFilesReplacesChangedOnesAndPrunesVanishedOnes() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path a = in.resolve("a.jsonl");
    Path b = in.resolve("b.jsonl");
    Path c = in.resolve("c.jsonl");
    Files.writeString(a, jsonl(0, 10, "Wien"));
    Files.writeString(b, jsonl(10, 20, "Graz"));
    Files.writeString(c, jsonl(20, 25, "Linz"));
    Path idx = tmp.resolve("idx");
    try (NewsArchive archive = NewsArchive.open(idx)) {
      assertEquals(25, archive.index(List.of(in), FileIngest.Options.defaults(), new FileIngest.Listener() {}).added());
    }
    Files.writeString(b, jsonl(10, 15, "Salzburg"));
    Files.setLastModifiedTime(b, FileTime.fromMillis(1_000_000));
    Files.delete(c);
    try (NewsArchive archive = NewsArchive.open(idx)) {
      FileIngest.Report r = archive.index(List.of(in), FileIngest.Options.defaults().withPrune(true),
          new FileIngest.Listener() {});
      assertEquals(List.of(0L, 5L, 10L, 5L, 0L),
          List.of(r.added(), r.updated(), r.unchanged(), r.removed(), r.skipped()));
      assertEquals(15, archive.stats().articles(), "b's last five and c's five are gone");
      assertEquals(0, archive.search(SearchRequest.plain("Graz")).total());
      assertEquals(5, archive.search(SearchRequest.plain("Salzburg")).total());
    }
  }
}
