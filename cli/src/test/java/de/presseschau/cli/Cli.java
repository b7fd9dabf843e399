package de.presseschau.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real `search` command line in-process and captures what it prints. */
final class Cli {

  /**
   * What a run printed and returned.
   *
   * @param code exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int code, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    return run(false, Map.of(), args);
  }

  static Run run(boolean tty, Map<String, String> env, String... args) {
    return run(tty, env, null, args);
  }

  static Run run(boolean tty, Map<String, String> env, InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal t =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            tty,
            false,
            env);
    int code = Main.run(t, stdin, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The repository root (where seeds/ is). */
  static Path repo() {
    String prop = System.getProperty("presseschau.repo");
    if (prop != null && Files.isDirectory(Path.of(prop, "seeds"))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("seeds"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find seeds/");
  }

  static Path seeds() {
    return repo().resolve("seeds");
  }
}
