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
      "  Stoltenberg Japan                 either word, best matches first",
      "  \"Nato-Gipfel in Madrid\"           these words in this order",
      "  \"Nato Gipfel\"~3                   ... at most 3 words apart",
      "  Japan AND Rakete                  both words",
      "  Japan -China, Japan NOT China     without a word",
      "  (Japan OR Korea) AND Rakete       groups",
      "  titel:Asien, text:Asien           in the title; in the body",
      "  sprecher:Stoltenberg ort:Tokio    quoting a person; naming a place",
      "  datum:2023-01, jahr:2023          published in a month; in a year",
      "  datum:[2023-01-01 TO 2023-06-30]  published in a range (* for open)",
      "  Stolt*, M?ller                    words starting with; one letter any",
      "  Stoltenbrg~                       similar spelling (1 or 2 letters off)",
      "A misspelt word also finds its close spellings when no article has it.",
      "Punctuation that is no syntax is searched as words: Wer ist Stoltenberg?",
      "",
      "Examples:",
      "  search \"Verbindungsbüro Japan\"",
      "  search --speaker Stoltenberg --facets Nato",
      "  search --from 2023 --sort date --json Raketen | jq .hits[].id",
      "  search --ids --limit 100 Raketen | xargs search show",
      "  search --facets --limit 0 Nordkorea           facets only",
      "  search index ~/artikel/          add articles (.txt, .jsonl), then search them",
      "",
      "Results go to standard output; counts, hints and errors to standard error.",
      "Exit status: 0 found, 1 nothing found, 2 error."
    })
public final class SearchCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin IndexOption index = new IndexOption();

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to search for (see Query syntax).")
  List<String> query = new ArrayList<>();

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Only articles quoting this person (full or last name; accents and umlauts as you like). "
          + "Repeated: articles quoting all of them.")
  List<String> speakers = new ArrayList<>();

  @Option(
      names = "--location",
      paramLabel = "PLACE",
      description = "Only articles naming this place. Repeated: articles naming all of them.")
  List<String> locations = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DAY",
      converter = DayConverter.First.class,
      description = "Only articles published on or after this day (YYYY-MM-DD; YYYY-MM or YYYY: its first day).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DAY",
      converter = DayConverter.Last.class,
      description = "Only articles published on or before this day (YYYY-MM or YYYY: its last day).")
  LocalDate to;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      converter = SortConverter.class,
      description = "relevance (default) or date (newest first).")
  SortOrder sort = SortOrder.RELEVANCE;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Show at most N hits (default ${DEFAULT-VALUE}; 0 with --facets: facets only).")
  int limit = SearchRequest.DEFAULT_LIMIT;

  @Option(names = "--offset", paramLabel = "N", description = "Pass over the N best hits first (for the next page).")
  int offset;

  @Option(names = "--facets", description = "Also count matches by speaker, location and year.")
  boolean facets;

  @Option(names = "--facet-limit", paramLabel = "N", description = "Show the N most frequent values of each facet (default ${DEFAULT-VALUE}).")
  int facetLimit = SearchRequest.DEFAULT_FACET_LIMIT;

  @Option(names = "--count", description = "Print only how many articles match (counted exactly).")
  boolean count;

  @Option(names = "--ids", description = "Print only the ids of the hits, one a line.")
  boolean ids;

  @Option(names = "--plain", description = "Read the query as plain words: no syntax, never a syntax error.")
  boolean plain;

  @Option(names = "--json", description = "Print one JSON object (snippet matches in <mark>…</mark>).")
  boolean json;

  @Option(names = "--color", paramLabel = "WHEN", description = "auto (default: on a terminal, unless NO_COLOR is set or TERM is dumb), always, never.")
  Terminal.ColourChoice color = Terminal.ColourChoice.auto;

  public SearchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Sets the query's words, as picocli does from the positional arguments (for a plain command line). */
  public void query(List<String> words) {
    this.query = new ArrayList<>(words);
  }

  @Override
  public Integer call() throws Exception {
    String text = String.join(" ", query).strip();
    if (text.isEmpty() && speakers.isEmpty() && locations.isEmpty() && from == null && to == null) {
      terminal.err().println("search: what should I search for? e.g. search \"Verbindungsbüro Japan\"");
      terminal.err().println("Try 'search --help' for the query syntax and the commands.");
      return ExitCodes.ERROR;
    }
    if (limit < 0 || offset < 0 || facetLimit < 1) {
      terminal.err().println("search: --limit and --offset must not be negative, --facet-limit at least 1");
      return ExitCodes.ERROR;
    }
    if (limit == 0 && !facets && !count) {
      terminal.err().println("search: --limit 0 shows no hits; use it with --facets (facets only)");
      return ExitCodes.ERROR;
    }
    if ((long) offset + limit > SearchRequest.MAX_WINDOW) {
      terminal.err().println("search: --offset plus --limit may be at most " + SearchRequest.MAX_WINDOW
          + "; narrow the query or use 'search export'");
      return ExitCodes.ERROR;
    }
    if (count && (ids || json)) {
      terminal.err().println("search: --count prints a number; it goes with neither --ids nor --json");
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
            .withOffset(offset)
            .withFacets(facets && !ids)
            .withFacetLimit(facetLimit)
            .withSnippets(ids ? 0 : 3);
    SearchResult result;
    try (NewsArchive archive = Archives.openForReading(index, terminal)) {
      if (count) {
        long n = archive.count(request);
        terminal.out().println(n);
        terminal.out().flush();
        return n > 0 ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
      }
      result = archive.search(request);
    } catch (QuerySyntaxException e) {
      terminal.err().println("search: " + e.getMessage());
      return ExitCodes.ERROR;
    }
    if (json) {
      terminal.out().println(JsonOutput.result(result, facets));
    } else if (ids) {
      result.hits().forEach(h -> terminal.out().println(h.id()));
      if (result.total() == 0) {
        terminal.err().println("No articles match.");
      }
    } else {
      new HitPrinter(terminal.out(), terminal.err(), new Styles(terminal.colour(color))).print(result, facets);
    }
    if (result.suggestion() != null) {
      terminal.err().println("Did you mean: " + result.suggestion());
    }
    terminal.out().flush();
    return result.total() > 0 ? ExitCodes.FOUND : ExitCodes.NOT_FOUND;
  }
}
