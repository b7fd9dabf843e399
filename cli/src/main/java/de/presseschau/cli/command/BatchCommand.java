package de.presseschau.cli.command;

import de.presseschau.NewsArchive;
import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import de.presseschau.cli.print.JsonOutput;
import de.presseschau.query.QueryMode;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.search.SearchRequest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

/** {@code search batch}: one query a line on stdin, one JSON line a query on stdout. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs one query per line of standard input.",
      "",
      "Prints one JSON line per query, shaped like 'search --json'. A query that fails",
      "prints {\"query\":…,\"error\":…} and the rest go on. Blank lines are skipped.",
      ""
    },
    footer = {"", "Examples:", "  printf 'Stoltenberg\\nRaketen Japan\\n' | search batch --limit 3",
      "  cut -f2 questions.tsv | search batch --plain > runs.jsonl", "",
      "Exit status: 0 when every query ran, 2 when one or more failed."})
public final class BatchCommand implements Callable<Integer> {

  private final Terminal terminal;
  private final InputStream in;

  @Mixin IndexOption index = new IndexOption();

  /** The main command, whose --index (given before this command's name) applies too. */
  @ParentCommand SearchCommand parent;

  @Option(names = "--plain", description = "Each line is plain words: no syntax (for questions like \"Wie viele …?\").")
  boolean plain;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Hits per query (default ${DEFAULT-VALUE}).")
  int limit = SearchRequest.DEFAULT_LIMIT;

  public BatchCommand(Terminal terminal, InputStream in) {
    this.terminal = terminal;
    this.in = in;
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      terminal.err().println("search: --limit must be at least 1");
      return ExitCodes.ERROR;
    }
    int failed = 0;
    try (NewsArchive archive = Archives.openForReading(index.or(parent == null ? null : parent.index), terminal);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String query = line.strip();
        if (query.isEmpty()) {
          continue;
        }
        SearchRequest request =
            SearchRequest.of(query).withMode(plain ? QueryMode.PLAIN : QueryMode.SYNTAX).withLimit(limit);
        try {
          terminal.out().println(JsonOutput.result(archive.search(request), false));
        } catch (QuerySyntaxException e) {
          failed++;
          terminal.out().println(JsonOutput.error(query, e.getMessage()));
        }
      }
    }
    terminal.out().flush();
    return failed == 0 ? ExitCodes.FOUND : ExitCodes.ERROR;
  }
}
