package de.presseschau.cli.command;

import de.presseschau.ArchiveConfig;
import de.presseschau.ArchiveException;
import de.presseschau.NewsArchive;
import de.presseschau.cli.Terminal;
import de.presseschau.index.FileIngest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens the archive a command reads; builds the default one from seeds/ when needed. */
final class Archives {
  private Archives() {}

  /**
   * Opens the index for reading. The default index is built from {@code seeds/} when it does not
   * exist yet or was built by another version; any other index must exist.
   */
  static NewsArchive openForReading(IndexOption option, Terminal terminal) throws IOException {
    if (option.isRemote()) {
      Backends.offer();
      NewsArchive archive = NewsArchive.open(option.uri(), ArchiveConfig.defaults());
      if (!archive.exists()) {
        archive.close();
        throw new ArchiveException.Missing(
            "no index at " + option.describe() + "; create one with: search index --index " + option.describe() + " PATH…");
      }
      return archive;
    }
    Path dir = option.dir();
    if (option.isDefault()) {
      try {
        NewsArchive archive = NewsArchive.open(dir);
        if (archive.exists()) {
          return archive;
        }
        archive.close();
      } catch (ArchiveException.Outdated e) {
        // Built by an older version: the seeds are the default index's source, so rebuild.
      }
      buildDefault(dir, terminal);
      return NewsArchive.open(dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new ArchiveException.Missing(
          "no index in " + dir + "; create one with: search index --index " + dir + " PATH…");
    }
    NewsArchive archive = NewsArchive.open(dir);
    if (!archive.exists()) {
      archive.close();
      throw new ArchiveException.Missing(
          "no index in " + dir + "; create one with: search index --index " + dir + " PATH…");
    }
    return archive;
  }

  private static void buildDefault(Path dir, Terminal terminal) throws IOException {
    Path seeds = IndexOption.seeds();
    if (!Files.isDirectory(seeds)) {
      throw new ArchiveException.Missing(
          "no index in " + dir + " and no seeds/ folder to build it from; create one with: search index PATH…");
    }
    if (terminal.stderrIsTerminal()) {
      terminal.err().println("Building the index from " + seeds + " (first use)…");
    }
    try (NewsArchive archive = NewsArchive.create(dir, ArchiveConfig.defaults())) {
      Ingest.run(archive, List.of(seeds), terminal, FileIngest.Options.defaults(), true);
      // One segment: the workers leave one each, and every search that starts a process opens
      // each segment's files (a cold search of the seeds spends tens of milliseconds on it).
      archive.merge();
    }
  }
}
