package de.presseschau.cli.command;

import de.presseschau.ArchiveConfig;
import de.presseschau.NewsArchive;
import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import de.presseschau.index.FileIngest;
import de.presseschau.index.Workers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search index PATH…}: add or update articles. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Adds articles to the index, or updates them.",
      "",
      "Reads .txt files (one article each; title = the first line when it",
      "reads as a headline; id = the path inside the folder named, without",
      ".txt, e.g. a/bericht, or the bare file name for a file named itself)",
      "and .jsonl files (one article a line: id, text, and optional title,",
      "date, source, url; dates as YYYY-MM-DD, ISO date-times or 1.3.2016).",
      "Folders are read recursively; '-' reads standard input (JSONL, or one",
      "text article with id 'stdin'). UTF-8, UTF-16 with a byte-order mark",
      "and Windows-1252/Latin-1 are read (the last with a note). An article",
      "replaces an indexed one with the same id. Unreadable input is skipped,",
      "with one line on stderr each, and the rest is indexed.",
      "",
      "Incremental: files unchanged since they were last indexed are not read",
      "again; a changed file's articles replace what it gave before. Uses every",
      "core and streams (memory stays flat however large the input); commits",
      "every 30 s, so an interrupted run loses little and its rerun resumes.",
      "On a terminal a progress bar shows on stderr.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  search index seeds/                      add the seed articles to index-data/",
      "  search index --index ~/archiv nachrichten.jsonl",
      "  zcat export.jsonl.gz | search index -     from standard input",
      "  search index --rebuild seeds/ more/      start the index afresh",
      "  search index --prune archiv/             also drop articles of vanished files",
      "  search index --rebuild --merge archiv/   bulk load, then one segment for speed",
      "  PRESSESCHAU_JAVA_OPTS=-Xmx4g search index gross.jsonl",
      "                                           with JVM options (here: more heap)",
      "",
      "Exit status: 0 when articles were indexed or already up to date, 2 when nothing could be."
    })
public final class IndexCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin IndexOption index = new IndexOption();

  /** The main command, whose --index (given before this command's name) applies too. */
  @ParentCommand SearchCommand parent;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of articles; - for standard input.")
  List<Path> paths;

  @Option(names = "--rebuild", description = "Drop the articles indexed so far and build the index anew.")
  boolean rebuild;

  @Option(
      names = "--prune",
      description = "Also remove the articles of files that were indexed from under the given folders but are gone now.")
  boolean prune;

  @Option(
      names = "--merge",
      description = "Afterwards merge the index into one segment: queries get faster (at 100,000 articles "
          + "about a third), the merge takes a while on a large index (6 s per 400 MB on two cores).")
  boolean merge;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads that extract and index (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = Workers.defaultThreads();

  private final java.io.InputStream stdin;

  /** For the crash test, which needs many commits in a short run; not for users. */
  @Option(names = "--commit-every", paramLabel = "SECONDS", hidden = true)
  int commitSeconds = FileIngest.COMMIT_EVERY_SECONDS;

  public IndexCommand(Terminal terminal, java.io.InputStream stdin) {
    this.terminal = terminal;
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws Exception {
    IndexOption where = index.or(parent == null ? null : parent.index);
    if (threads < 1 || commitSeconds < 1) {
      terminal.err().println("search: --threads and --commit-every must be 1 or more");
      return ExitCodes.ERROR;
    }
    if (where.isRemote()) {
      Backends.offer();
    }
    FileIngest.Report report;
    try (NewsArchive archive =
        rebuild ? NewsArchive.create(where.uri(), ArchiveConfig.defaults()) : NewsArchive.open(where.uri(), ArchiveConfig.defaults())) {
      report = Ingest.run(archive, paths, terminal, new FileIngest.Options(prune, threads, stdin, commitSeconds), false);
      if (merge) {
        archive.merge();
      }
    }
    terminal.err().printf(Locale.ROOT, "Indexed %d %s into %s in %.1f s: %d added, %d updated, %d unchanged, "
            + "%d removed, %d skipped.%n",
        report.indexed(), report.indexed() == 1 ? "article" : "articles", where.describe(), report.seconds(),
        report.added(), report.updated(), report.unchanged(), report.removed(), report.skipped());
    return report.indexed() + report.unchanged() > 0 || report.skipped() == 0 ? ExitCodes.FOUND : ExitCodes.ERROR;
  }
}
