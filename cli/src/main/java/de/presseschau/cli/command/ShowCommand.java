package de.presseschau.cli.command;

import de.presseschau.NewsArchive;
import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import de.presseschau.cli.print.JsonOutput;
import de.presseschau.index.IndexedArticle;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search show ID}: one article with its metadata. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {"Prints one article with its metadata.", "", "Title, date, speakers, locations, quoted organisations, source and the text.", ""},
    footer = {"", "Example:", "  search show 003_3383e3607a9eb9dd", "",
      "Exit status: 0 shown, 1 no such article, 2 error."})
public final class ShowCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin IndexOption index = new IndexOption();

  /** The main command, whose --index (given before this command's name) applies too. */
  @ParentCommand SearchCommand parent;

  @Parameters(paramLabel = "ID", description = "Article id, as shown by search.")
  String id;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public ShowCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    Optional<IndexedArticle> found;
    try (NewsArchive archive = Archives.openForReading(index.or(parent == null ? null : parent.index), terminal)) {
      found = archive.get(id);
    }
    if (found.isEmpty()) {
      terminal.err().println("search: no article with id '" + id + "'");
      return ExitCodes.NOT_FOUND;
    }
    IndexedArticle a = found.get();
    PrintStream out = terminal.out();
    if (json) {
      out.println(JsonOutput.article(a, true));
    } else {
      out.println(a.displayTitle());
      out.println();
      out.println("id:            " + a.id());
      out.println("date:          " + (a.date() == null ? "-" : a.date()));
      out.println("speakers:      " + join(a.speakers()));
      out.println("locations:     " + join(a.locations()));
      out.println("organisations: " + join(a.organisations()));
      out.println("source:        " + (a.source() == null ? "-" : a.source()));
      if (a.url() != null) {
        out.println("url:           " + a.url());
      }
      out.println();
      out.println(a.text());
    }
    out.flush();
    return ExitCodes.FOUND;
  }

  private static String join(java.util.List<String> values) {
    return values.isEmpty() ? "-" : String.join(", ", values);
  }
}
