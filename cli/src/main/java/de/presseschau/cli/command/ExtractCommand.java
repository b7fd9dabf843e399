package de.presseschau.cli.command;

import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import de.presseschau.cli.print.JsonOutput;
import de.presseschau.extract.Entity;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.read.Article;
import de.presseschau.read.ArticleReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search extract PATH…}: what the extractor finds, without indexing. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what the extractor finds, without indexing.",
      "",
      "Publication date, speakers (people quoted), locations and quoted organisations,",
      "each with its mentions. With --json, one object per article; mention offsets",
      "point into the title and text joined by a blank line (for a .txt file: the file",
      "minus page furniture), and a speaker's mention carries the \"cue\" that made it",
      "one (\"sagte\", \"laut\", \"zufolge\", \":\").",
      ""
    },
    footer = {"", "Examples:", "  search extract seeds/000_08eac7061dea31a1.txt",
      "  search extract --json seeds/ | jq '.speakers[].name'"})
public final class ExtractCommand implements Callable<Integer> {

  private final Terminal terminal;

  /** Accepted like every command's, though extraction reads no index: scripts pass it to all. */
  @Mixin IndexOption index = new IndexOption();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of articles.")
  List<Path> paths;

  @Option(names = "--json", description = "One JSON object per article, with mention offsets.")
  boolean json;

  public ExtractCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Extractor extractor = Extractor.load();
    PrintStream out = terminal.out();
    int[] counts = new int[2];
    new ArticleReader()
        .read(
            paths,
            ArticleReader.Sink.of(
                a -> {
                  Extraction x = extractor.extract(a);
                  counts[0]++;
                  if (json) {
                    out.println(JsonOutput.extraction(a, x));
                  } else {
                    printHuman(out, a, x);
                  }
                },
                p -> {
                  counts[1]++;
                  terminal.err().println("skipped " + p);
                }));
    out.flush();
    return counts[0] > 0 || counts[1] == 0 ? ExitCodes.FOUND : ExitCodes.ERROR;
  }

  private static void printHuman(PrintStream out, Article a, Extraction x) {
    out.println(a.id() + "  " + a.displayTitle());
    java.time.LocalDate date = a.date() != null ? a.date() : x.date();
    out.println("  date:          " + (date == null ? "-" : date));
    out.println("  speakers:      " + entities(x.speakers()));
    out.println("  locations:     " + entities(x.locations()));
    out.println("  organisations: " + entities(x.sources()));
    out.println();
  }

  private static String entities(List<Entity> entities) {
    if (entities.isEmpty()) {
      return "-";
    }
    return entities.stream()
        .map(e -> e.name() + " (" + e.mentions().size() + "×)")
        .collect(Collectors.joining(", "));
  }
}
