package de.presseschau.cli.command;

import de.presseschau.NewsArchive;
import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import de.presseschau.cli.print.JsonOutput;
import de.presseschau.cli.print.Printable;
import de.presseschau.index.IndexedArticle;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search show ID…}: articles with their metadata. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {"Prints articles with their metadata.", "",
      "Title, date, speakers, locations, quoted organisations, source and the text;",
      "several articles are separated by a line of dashes (with --json: one object",
      "a line).", ""},
    footer = {"", "Examples:", "  search show 003_3383e3607a9eb9dd",
      "  search --ids Raketen | xargs search show --json", "",
      "Exit status: 0 all shown, 1 some id not found (said on stderr), 2 error."})
public final class ShowCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin IndexOption index = new IndexOption();

  /** The main command, whose --index (given before this command's name) applies too. */
  @ParentCommand SearchCommand parent;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids, as shown by search.")
  java.util.List<String> ids;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public ShowCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = terminal.out();
    boolean missing = false;
    boolean first = true;
    try (NewsArchive archive = Archives.openForReading(index.or(parent == null ? null : parent.index), terminal)) {
      for (String id : ids) {
        Optional<IndexedArticle> found = archive.get(id);
        if (found.isEmpty()) {
          terminal.err().println("search: no article with id '" + Printable.clean(id) + "'");
          missing = true;
          continue;
        }
        if (json) {
          out.println(JsonOutput.article(found.get(), true));
        } else {
          if (!first) {
            out.println();
            out.println("-".repeat(72));
            out.println();
          }
          print(out, found.get());
        }
        first = false;
      }
    }
    out.flush();
    return missing ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
  }

  private static void print(PrintStream out, IndexedArticle a) {
    out.println(Printable.clean(a.displayTitle()));
    out.println();
    out.println("id:            " + Printable.clean(a.id()));
    out.println("date:          " + (a.date() == null ? "-" : a.date()));
    out.println("speakers:      " + Printable.clean(join(a.speakers())));
    out.println("locations:     " + Printable.clean(join(a.locations())));
    out.println("organisations: " + Printable.clean(join(a.organisations())));
    out.println("source:        " + (a.source() == null ? "-" : Printable.clean(a.source())));
    if (a.url() != null) {
      out.println("url:           " + Printable.clean(a.url()));
    }
    out.println();
    out.println(Printable.clean(a.text()));
  }

  private static String join(java.util.List<String> values) {
    return values.isEmpty() ? "-" : String.join(", ", values);
  }
}
