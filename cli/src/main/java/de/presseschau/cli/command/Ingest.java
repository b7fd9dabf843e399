package de.presseschau.cli.command;

import de.presseschau.NewsArchive;
import de.presseschau.cli.Terminal;
import de.presseschau.index.FileIngest;
import de.presseschau.read.ReadProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Files into an archive (read → extract → analyse → index, on every core, incrementally: see
 * {@link FileIngest}), telling the user about skipped input (one line each) and, on a terminal,
 * showing a progress bar with rate and time left on stderr.
 */
final class Ingest {

  private Ingest() {}

  static FileIngest.Report run(NewsArchive archive, List<Path> paths, Terminal terminal, FileIngest.Options options,
      boolean quiet) throws IOException {
    try (Progress progress = new Progress(terminal, quiet)) {
      return archive.index(paths, options, progress);
    }
  }

  /** A bar on stderr over the input's bytes, shown only on a terminal; problems go above it. */
  private static final class Progress implements FileIngest.Listener, AutoCloseable {
    private final Terminal terminal;
    private final boolean enabled;
    private ProgressBar bar;

    Progress(Terminal terminal, boolean quiet) {
      this.terminal = terminal;
      this.enabled = !quiet && terminal.stderrIsTerminal();
    }

    @Override
    public void problem(ReadProblem problem) {
      if (bar != null) {
        // Clear the bar's line, print the problem, and let the bar redraw below it.
        terminal.err().print("\r\033[K");
      }
      terminal.err().println((problem.kept() ? "note: " : "skipped ") + problem);
    }

    @Override
    public void progress(long bytesDone, long bytesTotal, long articles) {
      if (!enabled) {
        return;
      }
      if (bar == null) {
        bar = new ProgressBarBuilder()
            .setTaskName("Indexing")
            .setInitialMax(Math.max(1, bytesTotal))
            .setUnit(" MB", 1_000_000)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(terminal.err()))
            .clearDisplayOnFinish()
            .build();
      }
      bar.stepTo(bytesDone);
      bar.setExtraMessage(" " + articles + (articles == 1 ? " article" : " articles"));
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
