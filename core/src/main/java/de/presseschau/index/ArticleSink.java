package de.presseschau.index;

import de.presseschau.extract.Extraction;
import de.presseschau.read.Article;
import java.io.IOException;

/**
 * Where {@link FileIngest} hands the articles it reads: a backend's writer. It extracts, builds
 * the backend's document and writes it, replacing an article with the same id.
 *
 * <p>Thread-safe: the ingest's worker threads call it at once.
 */
public interface ArticleSink {

  /** Extracts and (re)indexes one article read from {@code file} (an absolute path, or null). */
  Extraction add(Article article, String file) throws IOException;

  /**
   * Indexes an article without extraction (its own date only): the fallback when extraction of
   * this article fails, so that one unlucky text costs its facets, not the run.
   */
  void addUnextracted(Article article, String file) throws IOException;

  /** Removes the articles read from {@code file} (an absolute path). */
  void removeFile(String file) throws IOException;

  /** Makes everything added so far durable. */
  void commit() throws IOException;
}
