package de.presseschau.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where the CLI writes and what it may assume about it: the two streams, whether stdout is a
 * terminal (for colour) and the environment. Passed in, so tests run the real commands.
 *
 * @param out standard output: results only, so that it pipes well
 * @param err standard error: messages, progress and problems
 * @param stdoutIsTerminal whether stdout is a terminal (the launcher tells; the JVM cannot reliably)
 * @param stderrIsTerminal whether stderr is a terminal (for progress lines)
 * @param env the environment (NO_COLOR)
 */
public record Terminal(
    PrintStream out,
    PrintStream err,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    Map<String, String> env) {

  /** The process's own streams; terminal-ness from the launcher's system properties. */
  public static Terminal system() {
    boolean tty = Boolean.getBoolean("presseschau.tty");
    boolean errTty = Boolean.parseBoolean(System.getProperty("presseschau.errtty", Boolean.toString(tty)));
    PrintStream out = WatchedOutput.of(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        java.nio.charset.StandardCharsets.UTF_8);
    return new Terminal(out, err, tty, errTty, System.getenv());
  }

  /** Whether colour is wanted for {@code choice} (auto: a terminal, no NO_COLOR, TERM not dumb). */
  public boolean colour(ColourChoice choice) {
    return switch (choice) {
      case always -> true;
      case never -> false;
      case auto -> stdoutIsTerminal && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty())
          && !"dumb".equals(env.get("TERM"));
    };
  }

  /** The --color option's values. */
  public enum ColourChoice {
    auto,
    always,
    never
  }
}
