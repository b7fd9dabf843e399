package de.presseschau.cli.command;

import de.presseschau.cli.ExitCodes;
import de.presseschau.cli.Main;
import de.presseschau.cli.ResidentServer;
import de.presseschau.cli.Terminal;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code search serve}: keeps a warm JVM that answers the launcher's searches. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps a search process running, so that each ./search answers in tens of milliseconds "
          + "instead of starting Java (some 400 ms).",
      "",
      "Searches, show and stats started from this folder go to it; index, batch, export and "
          + "extract start as usual. It listens on the loopback interface only, answers only your "
          + "user (a token in .cache/server), and each search sees the index's latest commit.",
      ""
    },
    footer = {
      "",
      "It stops after --idle minutes without a search, on Ctrl-C, or when the tool is rebuilt.",
      "PRESSESCHAU_SERVER=off: ./search starts Java as usual although a server runs;",
      "PRESSESCHAU_SERVER=require: ./search fails unless a server answers.",
      "",
      "Example:",
      "  ./search serve &                   then: ./search \"Verbindungsbüro Japan\""
    })
public final class ServeCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Option(names = "--idle", paramLabel = "MINUTES", description = "Stop after this many minutes without a request (default ${DEFAULT-VALUE}).")
  int idleMinutes = 30;

  public ServeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    if (idleMinutes < 1) {
      terminal.err().println("search: --idle must be at least 1 minute");
      return ExitCodes.ERROR;
    }
    Path home = IndexOption.home();
    Path cwd = Path.of("").toAbsolutePath();
    java.util.OptionalInt other = ResidentServer.running(home);
    if (other.isPresent()) {
      terminal.err().println("search: a server already runs for this tool (127.0.0.1:" + other.getAsInt()
          + "); stop it first (Ctrl-C where it runs, or kill it)");
      return ExitCodes.ERROR;
    }
    warmUp();
    try (ResidentServer server = ResidentServer.start(home, cwd, ownJar())) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      terminal.err().printf("Serving searches started in %s (127.0.0.1:%d); stops after %d minutes idle or on Ctrl-C.%n",
          cwd, server.port(), idleMinutes);
      server.serve(Duration.ofMinutes(idleMinutes));
    }
    return ExitCodes.FOUND;
  }

  /**
   * A few searches of the default index, if there is one, so that the first real one finds the
   * code compiled and the dictionary loaded.
   */
  private static void warmUp() {
    if (!Files.isDirectory(IndexOption.home().resolve("index-data"))) {
      return;
    }
    PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Terminal quiet = new Terminal(none, none, false, false, Map.of());
    for (int i = 0; i < 50; i++) {
      Main.run(quiet, "Verbindungsbüro Japan");
      Main.run(quiet, "--json", "--facets", "Stoltenberg Seoul");
    }
  }

  /** The jar this code runs from, or null when it runs from class folders (tests). */
  private static Path ownJar() {
    try {
      Path p = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p : null;
    } catch (Exception e) {
      return null;
    }
  }
}
