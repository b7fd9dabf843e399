package de.presseschau.cli.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command takes. */
public final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: index-data/ in the Presseschau folder, built from seeds/ on first use).")
  Path dir;

  /** The Presseschau folder: where the launcher lives, else the working directory. */
  static Path home() {
    return Path.of(System.getProperty("presseschau.home", "")).toAbsolutePath();
  }

  /**
   * This option if given, else {@code outer} (the one given before the subcommand's name:
   * {@code search --index DIR stats} means the same as {@code search stats --index DIR}).
   */
  public IndexOption or(IndexOption outer) {
    return dir != null || outer == null ? this : outer;
  }

  /** Whether the user left the index at its default. */
  public boolean isDefault() {
    return dir == null;
  }

  /** The index folder in force. */
  public Path dir() {
    return dir != null ? dir : home().resolve("index-data");
  }

  /** Where the default index is built from. */
  public static Path seeds() {
    return home().resolve("seeds");
  }
}
