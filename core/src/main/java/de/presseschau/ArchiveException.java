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
  }

  /** There is no index at the location. */
  public static final class Missing extends ArchiveException {
    public Missing(String message) {
      super(message);
    }
  }
}
