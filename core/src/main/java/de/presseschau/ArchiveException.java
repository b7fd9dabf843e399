package de.presseschau;

/**
 * The archive cannot be used as asked (no index there, an index of another version, locked by
 * another writer, unreadable). The message is one line for the user.
 */
public class ArchiveException extends RuntimeException {
  public ArchiveException(String message) {
    super(message);
  }

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The index was built by another version of the analysis and must be rebuilt. */
  public static final class Outdated extends ArchiveException {
    public Outdated(String message) {
      super(message);
    }

    /**
     * The exception for the index at {@code location} (described as {@code where}: "in DIR" or the
     * URI), which carries schema {@code version} (null: none, so another program built it), with
     * the command that rebuilds it.
     */
    public static Outdated at(String where, String location, String version) {
      return new Outdated(
          "the index " + where + " was built by "
              + (version == null ? "another program" : "another version of Presseschau")
              + "; rebuild it with: search index --rebuild --index " + location + " PATH…");
    }
  }

  /** There is no index at the location. */
  public static final class Missing extends ArchiveException {
    public Missing(String message) {
      super(message);
    }
  }
}
