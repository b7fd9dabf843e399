package de.presseschau.cli.command;

import de.presseschau.NewsArchive;
import de.presseschau.cli.Terminal;
import de.presseschau.read.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Read → extract → analyse → index, from files into an archive, telling the user about skipped
 * input (one line each) and, on a terminal, about progress.
 */
final class Ingest {

  /**
   * What an ingest did.
   *
   * @param indexed articles added or updated
   * @param skipped files or lines that could not be read
   * @param seconds wall time
   */
  record Report(int indexed, int skipped, double seconds) {}

  /** Commit at least this often on long runs, so that a crash loses little (re-running resumes). */
  private static final long COMMIT_EVERY_NANOS = 30_000_000_000L;

  private Ingest() {}

  static Report run(NewsArchive archive, List<Path> paths, Terminal terminal, boolean quiet)
      throws IOException {
    long start = System.nanoTime();
    Progress progress = new Progress(terminal, quiet);
    int[] counts = new int[2];
    long[] lastCommit = {start};
    try {
      new ArticleReader()
          .read(
              paths,
              ArticleReader.Sink.of(
                  article -> {
                    try {
                      archive.add(article);
                      counts[0]++;
                      progress.update(counts[0]);
                      if (System.nanoTime() - lastCommit[0] > COMMIT_EVERY_NANOS) {
                        archive.commit();
                        lastCommit[0] = System.nanoTime();
                      }
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  problem -> {
                    counts[1]++;
                    progress.clear();
                    terminal.err().println("skipped " + problem);
                  }));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    archive.commit();
    progress.clear();
    return new Report(counts[0], counts[1], (System.nanoTime() - start) / 1e9);
  }

  /** A counter line on stderr, rewritten at most every 200 ms, only on a terminal. */
  private static final class Progress {
    private final Terminal terminal;
    private final boolean enabled;
    private long lastShown;
    private boolean shown;

    Progress(Terminal terminal, boolean quiet) {
      this.terminal = terminal;
      this.enabled = !quiet && terminal.stderrIsTerminal();
    }

    void update(int indexed) {
      if (!enabled) {
        return;
      }
      long now = System.nanoTime();
      if (now - lastShown > 200_000_000L) {
        terminal.err().print("\rindexing… " + indexed + " articles");
        terminal.err().flush();
        lastShown = now;
        shown = true;
      }
    }

    void clear() {
      if (shown) {
        terminal.err().print("\r\033[K");
        terminal.err().flush();
        shown = false;
      }
    }
  }
}
