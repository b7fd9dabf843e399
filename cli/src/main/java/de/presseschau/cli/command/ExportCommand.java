package de.presseschau.cli.command;

import de.presseschau.NewsArchive;
import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Terminal;
import de.presseschau.cli.print.JsonOutput;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code search export}: every article's metadata as JSON lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every article's metadata as JSON lines.",
      "",
      "One object a line, in id order: id, title, date, speakers, locations,",
      "organisations, source, url.",
      ""
    },
    footer = {"", "Example:", "  search export | jq -r 'select(.speakers | index(\"Jens Stoltenberg\")) | .id'"})
public final class ExportCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin IndexOption index = new IndexOption();

  /** The main command, whose --index (given before this command's name) applies too. */
  @ParentCommand SearchCommand parent;

  public ExportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    try (NewsArchive archive = Archives.openForReading(index.or(parent == null ? null : parent.index), terminal)) {
      archive.export(a -> terminal.out().println(JsonOutput.article(a, false)));
    }
    terminal.out().flush();
    return ExitCodes.FOUND;
  }
}
