package de.presseschau.cli;

import de.presseschau.cli.command.BatchCommand;
import de.presseschau.cli.command.ExportCommand;
import de.presseschau.cli.command.ExtractCommand;
import de.presseschau.cli.command.IndexCommand;
import de.presseschau.cli.command.SearchCommand;
import de.presseschau.cli.command.ServeCommand;
import de.presseschau.cli.command.ShowCommand;
import de.presseschau.cli.command.StatsCommand;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the {@code search} command. */
public final class Main {

  /**
   * Lucene logs a warning on every start when the incubating vector API is not enabled; it only
   * concerns vector search, which Presseschau does not use. Held here so the setting sticks.
   */
  private static final Logger LUCENE_VECTOR_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
    String training = System.getProperty("presseschau.aot.training");
    if (training != null) {
      AotTraining.run(java.nio.file.Path.of(training));
      System.exit(0);
    }
    Terminal terminal = Terminal.system();
    int code = run(terminal, args);
    terminal.out().flush();
    System.exit(code);
  }

  /**
   * Runs the command line and returns its exit code: 0 found / done, 1 nothing found, 2 error.
   */
  public static int run(Terminal terminal, String... args) {
    return run(terminal, null, args);
  }

  /** As {@link #run(Terminal, String...)}, with {@code stdin} for {@code batch} (null: System.in). */
  public static int run(Terminal terminal, java.io.InputStream stdin, String... args) {
    int code;
    try {
      code = plainSearch(args) ? runPlainSearch(terminal, args)
          : commandLine(terminal, stdin == null ? System.in : stdin, args).execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Errors pass picocli's handler; the user still gets one line, not the JVM's stack trace.
      terminal.err().println("search: " + Errors.describe(e));
      return ExitCodes.ERROR;
    }
    if (terminal.out() instanceof WatchedOutput watched) {
      java.io.IOException failure = watched.failure();
      if (failure != null && !WatchedOutput.isClosedPipe(failure)) {
        terminal.err().println("search: cannot write the output: " + failure.getMessage());
        return ExitCodes.ERROR;
      }
    }
    return code;
  }

  /** The subcommands' names and "help": a word among the arguments that is one of them may name it. */
  static final java.util.Set<String> SUBCOMMANDS =
      java.util.Set.of("index", "show", "stats", "export", "extract", "batch", "serve", "help");

  /**
   * Whether the arguments are plain words only ({@code search Verbindungsbüro Japan}): no option,
   * no {@code @file}, no word that could name a subcommand. That is the most common command line
   * and picocli would parse it into the search command with every option at its default.
   */
  static boolean plainSearch(String... args) {
    if (args.length == 0) {
      return false;
    }
    for (String a : args) {
      if (a.isEmpty() || a.startsWith("-") || a.startsWith("@") || SUBCOMMANDS.contains(a)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs plain words as picocli would, without building its model of the command line by
   * reflection first: about a fifth of a cold search's start-up. The options keep the defaults
   * their fields start with, which are also what picocli uses.
   */
  private static int runPlainSearch(Terminal terminal, String... args) {
    SearchCommand search = new SearchCommand(terminal);
    search.query(java.util.List.of(args));
    try {
      return search.call();
    } catch (Exception e) {
      terminal.err().println("search: " + Errors.describe(e));
      return ExitCodes.ERROR;
    }
  }

  /**
   * The command line for {@code args}. Picocli builds each command's model by reflection when it
   * is registered, which took a third of a plain search's start-up; so only the subcommand the
   * arguments name is registered (all of them when help is asked for). Parsing is the same either
   * way: a word names a subcommand only if that subcommand is among the arguments.
   */
  static CommandLine commandLine(Terminal terminal, java.io.InputStream stdin, String... args) {
    java.util.Map<String, java.util.function.Supplier<Object>> subcommands = new java.util.LinkedHashMap<>();
    subcommands.put("index", () -> new IndexCommand(terminal, stdin));
    subcommands.put("show", () -> new ShowCommand(terminal));
    subcommands.put("stats", () -> new StatsCommand(terminal));
    subcommands.put("export", () -> new ExportCommand(terminal));
    subcommands.put("extract", () -> new ExtractCommand(terminal));
    subcommands.put("batch", () -> new BatchCommand(terminal, stdin));
    subcommands.put("serve", () -> new ServeCommand(terminal));
    java.util.List<String> named = java.util.Arrays.asList(args);
    boolean help = named.stream().anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("help")
        || a.equals("-V") || a.equals("--version"));
    CommandLine cli = new CommandLine(new SearchCommand(terminal));
    subcommands.forEach((name, command) -> {
      if (help || named.contains(name)) {
        cli.addSubcommand(new CommandLine(command.get()));
      }
    });
    cli.setOut(new java.io.PrintWriter(terminal.out(), true));
    cli.setErr(new java.io.PrintWriter(terminal.err(), true));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(
        java.time.LocalDate.class,
        value -> {
          try {
            return java.time.LocalDate.parse(value);
          } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (use YYYY-MM-DD)");
          }
        });
    cli.setParameterExceptionHandler(
        (ex, argv) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("search: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for examples.");
          return ExitCodes.ERROR;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          c.getErr().println("search: " + Errors.describe(ex));
          return ExitCodes.ERROR;
        });
    return cli;
  }
}
