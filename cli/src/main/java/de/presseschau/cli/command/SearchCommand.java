package de.presseschau.cli.command;

import de.presseschau.NewsArchive;
import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import de.presseschau.cli.print.HitPrinter;
import de.presseschau.cli.print.JsonOutput;
import de.presseschau.cli.print.Styles;
import de.presseschau.query.QueryMode;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import de.presseschau.search.SortOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search QUERY}: the default action. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    version = "Presseschau 0.1.0",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Searches German news articles: ranked hits with the matched words highlighted.",
      "German-aware: 'Büro' finds 'Verbindungsbüro', 'Raketen' finds 'Rakete', 'buero' finds 'Büro'.",
      ""
    },
    footerHeading = "%nQuery syntax:%n",
    footer = {
      "  Stoltenberg Japan               either word, best matches first",
      "  \"Nato-Gipfel in Madrid\"          a phrase",
      "  Japan AND Rakete, Japan -China  both words; without a word (also NOT)",
      "  titel:Asien                     in the title (text: for the body)",
      "  sprecher:Stoltenberg ort:Tokio  quoted person; place named",
      "  datum:[2023-01-01 TO 2023-06-30] published in that range",
      "  datum:2023-01  jahr:2023        in a month; in a year",
      "  Stolt*  Stoltenbrg~             prefix; similar spelling",
      "",
      "Examples:",
      "  search \"Verbindungsbüro Japan\"",
      "  search --speaker Stoltenberg --facets Nato",
      "  search --from 2023-01-01 --sort date --json Raketen | jq .hits[].id",
      "  search index ~/artikel/          add articles (.txt, .jsonl), then search them",
      "",
      "Exit status: 0 found, 1 nothing found, 2 error.",
      "Commands: index, show, stats, export, extract, batch (each has --help)."
    })
public final class SearchCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin IndexOption index = new IndexOption();

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to search for (see Query syntax).")
  List<String> query = new ArrayList<>();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this person (repeatable).")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--location", paramLabel = "PLACE", description = "Only articles naming this place (repeatable).")
  List<String> locations = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.")
  LocalDate to;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default) or date (newest first).")
  SortOrder sort = SortOrder.RELEVANCE;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Show at most N hits (default ${DEFAULT-VALUE}).")
  int limit = SearchRequest.DEFAULT_LIMIT;

  @Option(names = "--facets", description = "Also count matches by speaker, location and year.")
  boolean facets;

  @Option(names = "--plain", description = "Read the query as plain words: no syntax, never a syntax error.")
  boolean plain;

  @Option(names = "--json", description = "Print one JSON object (snippet matches in <mark>…</mark>).")
  boolean json;

  @Option(names = "--color", paramLabel = "WHEN", description = "auto (default: on a terminal unless NO_COLOR is set), always, never.")
  Terminal.ColourChoice color = Terminal.ColourChoice.auto;

  public SearchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    String text = String.join(" ", query).strip();
    if (text.isEmpty() && speakers.isEmpty() && locations.isEmpty() && from == null && to == null) {
      terminal.err().println("search: what should I search for? e.g. search \"Verbindungsbüro Japan\"");
      terminal.err().println("Try 'search --help' for the query syntax and the commands.");
      return ExitCodes.ERROR;
    }
    if (limit < 1) {
      terminal.err().println("search: --limit must be at least 1");
      return ExitCodes.ERROR;
    }
    if (from != null && to != null && from.isAfter(to)) {
      terminal.err().println("search: --from " + from + " is after --to " + to);
      return ExitCodes.ERROR;
    }
    SearchRequest request =
        SearchRequest.of(text)
            .withMode(plain ? QueryMode.PLAIN : QueryMode.SYNTAX)
            .withSpeakers(speakers)
            .withLocations(locations)
            .withDates(from, to)
            .withSort(sort)
            .withLimit(limit)
            .withFacets(facets);
    SearchResult result;
    try (NewsArchive archive = Archives.openForReading(index, terminal)) {
      result = archive.search(request);
    } catch (QuerySyntaxException e) {
      terminal.err().println("search: " + e.getMessage());
      return ExitCodes.ERROR;
    }
    if (json) {
      terminal.out().println(JsonOutput.result(result, facets));
    } else {
      new HitPrinter(terminal.out(), new Styles(terminal.colour(color))).print(result, facets);
    }
    if (result.suggestion() != null) {
      terminal.err().println("Did you mean: " + result.suggestion());
    }
    terminal.out().flush();
    return result.total() > 0 ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
  }
}
