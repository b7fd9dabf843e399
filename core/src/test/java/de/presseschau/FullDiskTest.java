package de.presseschau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.index.FileIngest;
import de.presseschau.read.Article;
import de.presseschau.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up while indexing: the run fails with the disk's error, the last commit stays. */
class FullDiskTest {

  @TempDir Path tmp;

  @Test
  void aFullDiskLeavesTheLastCommitIntactAndSearchable() throws Exception {
    Path dir = tmp.resolve("idx");
    try (NewsArchive archive = NewsArchive.create(dir, ArchiveConfig.defaults())) {
      archive.add(Article.of("a", "Gipfel in Madrid", "Die Nato berät in Madrid über die Ostflanke."));
      archive.add(Article.of("b", "Raketen", "Nordkorea testet Langstreckenraketen."));
      archive.commit();
    }
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 300; i++) {
      Files.writeString(in.resolve("m" + i + ".txt"),
          "Meldung " + i + "\n\n" + "Die Regierung in Wien berät über den Haushalt des Landes. ".repeat(40) + i);
    }

    IOException failure = null;
    NewsArchive full = NewsArchive.open(new FullDisk(FSDirectory.open(dir), 100_000), ArchiveConfig.defaults());
    try {
      full.index(List.of(in), FileIngest.Options.defaults().withThreads(2), new FileIngest.Listener() {});
    } catch (IOException e) {
      failure = e;
    } catch (UncheckedIOException e) {
      failure = e.getCause();
    } finally {
      try {
        full.close();
      } catch (IOException | RuntimeException e) {
        // closing a writer whose disk is full fails as well; what counts is what is on disk
      }
    }
    assertNotNull(failure, "the run reports the full disk");
    assertTrue(String.valueOf(failure.getMessage()).contains("No space left on device"), failure.toString());

    try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean);
    }
    try (NewsArchive archive = NewsArchive.open(dir)) {
      assertEquals(2, archive.stats().articles(), "what was committed before the run");
      assertEquals(1, archive.search(SearchRequest.of("Madrid")).total());
    }
  }

  /** Files may not grow past a budget of bytes in all, like a small disk. */
  private static final class FullDisk extends FilterDirectory {
    private final AtomicLong left;

    FullDisk(Directory in, long budget) {
      super(in);
      this.left = new AtomicLong(budget);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return limited(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      return limited(super.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput limited(IndexOutput out) {
      return new FilterIndexOutput("full disk(" + out + ")", out.getName(), out) {
        @Override
        public void writeByte(byte b) throws IOException {
          take(1);
          super.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          take(length);
          super.writeBytes(b, offset, length);
        }
      };
    }

    private void take(long n) throws IOException {
      if (left.addAndGet(-n) < 0) {
        throw new IOException("No space left on device");
      }
    }
  }
}
