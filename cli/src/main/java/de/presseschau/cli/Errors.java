package de.presseschau.cli;

import de.presseschau.ArchiveException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One line for the user from an unexpected failure: never a stack trace. */
public final class Errors {
  private Errors() {}

  public static String describe(Throwable t) {
    if (t instanceof UncheckedIOException u) {
      t = u.getCause();
    }
    if (t instanceof ArchiveException) {
      return t.getMessage();
    }
    if (t instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (t instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (t instanceof org.apache.lucene.index.CorruptIndexException
        || t instanceof org.apache.lucene.index.IndexFormatTooOldException
        || t instanceof org.apache.lucene.index.IndexFormatTooNewException) {
      return "the index is damaged or of another Lucene version; rebuild it with 'search index --rebuild PATH…' ("
          + firstLine(t.getMessage()) + ")";
    }
    if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left")) {
      return "the disk is full; the index keeps what its last commit held (free some space and run again)";
    }
    if (t instanceof IOException) {
      return "input/output error: " + firstLine(t.getMessage());
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory; give Java more, e.g. PRESSESCHAU_JAVA_OPTS=-Xmx4g search …";
    }
    if (t instanceof StackOverflowError) {
      return "the input is nested too deeply to read";
    }
    if (t instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
      return "the query has too many parts; make it shorter or more specific";
    }
    return "internal error (" + t.getClass().getSimpleName() + ": " + firstLine(t.getMessage())
        + "); please report it";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
