package de.presseschau.read;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file of articles, as {@link ArticleReader#files} lists it.
 *
 * @param path where it is; {@code -} for standard input
 * @param textId the id of a {@code .txt} article: its path relative to the folder that was named,
 *     without the extension ({@code a/bericht}), or its bare name when the file itself was named
 */
public record ArticleFile(Path path, String textId) {

  /** The name for standard input. */
  public static final Path STDIN = Path.of("-");

  /** A file named by itself: its id is its bare name. */
  public static ArticleFile named(Path file) {
    if (file.equals(STDIN)) {
      return new ArticleFile(STDIN, "stdin");
    }
    return new ArticleFile(file, withoutExtension(file.getFileName().toString()));
  }

  /** A file found in a folder: its id is its path relative to the folder. */
  static ArticleFile under(Path root, Path file) {
    String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    return new ArticleFile(file, withoutExtension(relative));
  }

  boolean isStdin() {
    return path.equals(STDIN);
  }

  boolean isJsonl() {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private static String withoutExtension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }
}
