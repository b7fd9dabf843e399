package de.presseschau.cli.command;

import de.presseschau.ArchiveStats;
import de.presseschau.NewsArchive;
import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

/** {@code search stats}: figures about the index. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {"Prints figures about the index.", "", "Articles, their dates, distinct speakers and locations, size on disk.", ""},
    footer = {"", "Example:", "  search stats --index ~/archiv"})
public final class StatsCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin IndexOption index = new IndexOption();

  /** The main command, whose --index (given before this command's name) applies too. */
  @ParentCommand SearchCommand parent;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public StatsCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    ArchiveStats s;
    IndexOption where = index.or(parent == null ? null : parent.index);
    try (NewsArchive archive = Archives.openForReading(where, terminal)) {
      s = archive.stats();
    }
    if (json) {
      terminal.out().printf(Locale.ROOT,
          "{\"index\":\"%s\",\"articles\":%d,\"with_date\":%d,\"earliest\":%s,\"latest\":%s,"
              + "\"speakers\":%d,\"locations\":%d,\"size_bytes\":%d}%n",
          jsonEscape(s.location() == null ? where.describe() : s.location().toString()), s.articles(), s.withDate(), quoted(s.earliest()),
          quoted(s.latest()), s.speakers(), s.locations(), s.sizeBytes());
    } else {
      terminal.out().printf(Locale.ROOT,
          "index:      %s%narticles:   %d (%d with a date)%ndates:      %s%n"
              + "speakers:   %d distinct%nlocations:  %d distinct%nsize:       %.1f MB%n",
          s.location() == null ? where.describe() : s.location(), s.articles(), s.withDate(),
          s.earliest() == null ? "none" : s.earliest().equals(s.latest()) ? s.earliest() : s.earliest() + " – " + s.latest(),
          s.speakers(), s.locations(), s.sizeBytes() / 1e6);
    }
    terminal.out().flush();
    return ExitCodes.FOUND;
  }

  private static String quoted(Object o) {
    return o == null ? "null" : "\"" + o + "\"";
  }

  private static String jsonEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
