package de.presseschau.cli.command;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The {@code --index DIR|URI} option every command takes. */
public final class IndexOption {

  /** A URI with a scheme of two or more letters ("C:" stays a path). */
  private static final Pattern URI_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://.*");

  @Option(
      names = "--index",
      paramLabel = "DIR|URI",
      description = "Index folder (default: index-data/ in the Presseschau folder, built from seeds/ on first use), "
          + "or an index on an OpenSearch cluster: opensearch://HOST:PORT/INDEX (see bin/opensearch-node).")
  String location;

  /** The Presseschau folder: where the launcher lives, else the working directory. */
  static Path home() {
    return Path.of(System.getProperty("presseschau.home", "")).toAbsolutePath();
  }

  /**
   * This option if given, else {@code outer} (the one given before the subcommand's name:
   * {@code search --index DIR stats} means the same as {@code search stats --index DIR}).
   */
  public IndexOption or(IndexOption outer) {
    return location != null || outer == null ? this : outer;
  }

  /** Whether the user left the index at its default. */
  public boolean isDefault() {
    return location == null;
  }

  /** Whether the index is elsewhere than in a folder (a cluster's URI). */
  public boolean isRemote() {
    return location != null && URI_LIKE.matcher(location).matches() && !location.startsWith("file:");
  }

  /** The index in force as a URI (folders as file: URIs). */
  public URI uri() {
    return isRemote() ? URI.create(location) : dir().toAbsolutePath().toUri();
  }

  /** The index folder in force (not for a remote index). */
  public Path dir() {
    if (location == null) {
      return home().resolve("index-data");
    }
    return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
  }

  /** The index as the user named it, for messages. */
  public String describe() {
    return isRemote() ? location : dir().toString();
  }

  /** Where the default index is built from. */
  public static Path seeds() {
    return home().resolve("seeds");
  }
}
