package de.presseschau.index;

import de.presseschau.extract.Extraction;
import de.presseschau.read.Article;
import java.io.IOException;

/**
 * A backend's writer: where {@link FileIngest} hands each article with what was extracted from it
 * (extraction runs before, the same for every backend). It builds the backend's document and
 * writes it, replacing an article with the same id.
 *
 * <p>Thread-safe: the ingest's worker threads call it at once.
 */
public interface ArticleSink {

  /** (Re)indexes one article read from {@code file} (an absolute path, or null). */
  void write(Article article, Extraction extraction, String file) throws IOException;

  /** Removes the articles read from {@code file} (an absolute path). */
  void removeFile(String file) throws IOException;

  /** Makes everything written so far durable. */
  void commit() throws IOException;
}
