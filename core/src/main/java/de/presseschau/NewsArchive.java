package de.presseschau;

import de.presseschau.extract.Extraction;
import de.presseschau.index.FileIngest;
import de.presseschau.index.IndexedArticle;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.read.Article;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.apache.lucene.store.Directory;

/**
 * A searchable archive of German news articles: the entry point of the library.
 *
 * <pre>{@code
 * try (NewsArchive archive = NewsArchive.open(Path.of("index-data"))) {
 *   archive.add(Article.of("a1", "Stoltenberg in Seoul", "Nato-Generalsekretär Jens Stoltenberg ..."));
 *   archive.commit();
 *   SearchResult result = archive.search(SearchRequest.of("Stoltenberg Seoul").withFacets(true));
 *   result.hits().forEach(hit -> System.out.println(hit.rank() + " " + hit.title()));
 * }
 * }</pre>
 *
 * <p>Where the articles live is the backend's: an embedded Lucene index in a folder ({@link
 * #open(Path)}), or an index on an OpenSearch cluster ({@link #open(URI, ArchiveConfig)} with
 * {@code opensearch://host:9200/news}, when presseschau-opensearch is on the class path). Either
 * way the archive reads, extracts and analyses the same, and answers the same records.
 *
 * <p>Thread-safe: any number of threads may search while others add; searches see what was added
 * up to their start (an archive that only reads sees another process's commits within a second,
 * or when opened anew). Writes become durable on {@link #commit()} (and on {@link #close()}). One
 * process at a time may write to an embedded index folder; any number may read it.
 */
public interface NewsArchive extends Closeable {

  /**
   * Opens the archive in {@code dir} with the default configuration. The folder and index are
   * created on the first {@link #add}; searching an archive with no index finds nothing.
   *
   * @throws ArchiveException.Outdated if the index there was built by an incompatible version
   */
  static NewsArchive open(Path dir) {
    return open(dir, ArchiveConfig.defaults());
  }

  /** Opens the archive in {@code dir} with the given configuration; see {@link #open(Path)}. */
  static NewsArchive open(Path dir, ArchiveConfig config) {
    return EmbeddedArchive.open(dir, config);
  }

  /**
   * Opens {@code dir} to build its index anew: the old articles are dropped at the first
   * {@link #commit()} (until then, readers still see them).
   */
  static NewsArchive create(Path dir, ArchiveConfig config) {
    return EmbeddedArchive.create(dir, config);
  }

  /**
   * An archive in a Lucene {@link Directory} of the caller's (storage of its own, or a directory
   * that simulates failures in tests). The archive closes it on {@link #close()}. Files are not
   * tracked for incremental indexing there: {@link #index} reads every file it is given.
   *
   * @throws ArchiveException.Outdated if the index there was built by an incompatible version
   */
  static NewsArchive open(Directory directory, ArchiveConfig config) {
    return EmbeddedArchive.open(directory, config);
  }

  /** An archive in memory, gone on close: for tests and evaluations. */
  static NewsArchive inMemory(ArchiveConfig config) {
    return EmbeddedArchive.inMemory(config);
  }

  /**
   * Opens the archive at {@code location}: a {@code file:} URI is an embedded index folder; any
   * other scheme is served by the {@link ArchiveProvider} registered for it (e.g. {@code
   * opensearch://127.0.0.1:9200/news}), looked up with {@link ServiceLoader} through this
   * library's class loader and then the thread's context class loader (where an application keeps
   * backends off its class path until one is named).
   *
   * @throws ArchiveException if no backend serves the scheme, or the backend cannot be reached
   */
  static NewsArchive open(URI location, ArchiveConfig config) {
    return at(location, config, false);
  }

  /** As {@link #open(URI, ArchiveConfig)}, building the index anew (see {@link #create(Path, ArchiveConfig)}). */
  static NewsArchive create(URI location, ArchiveConfig config) {
    return at(location, config, true);
  }

  private static NewsArchive at(URI location, ArchiveConfig config, boolean create) {
    String scheme = location.getScheme();
    if (scheme == null || scheme.equals("file")) {
      Path dir = scheme == null ? Path.of(location.getPath()) : Path.of(location);
      return create ? create(dir, config) : open(dir, config);
    }
    ClassLoader own = NewsArchive.class.getClassLoader();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    for (ClassLoader loader : context == null || context == own ? List.of(own) : List.of(own, context)) {
      for (ArchiveProvider p : ServiceLoader.load(ArchiveProvider.class, loader)) {
        if (p.scheme().equalsIgnoreCase(scheme)) {
          return p.open(location, config, create);
        }
      }
    }
    throw new ArchiveException("no backend for " + scheme + ":// archives is installed (for OpenSearch: presseschau-opensearch)");
  }

  /** The configuration in force. */
  ArchiveConfig config();

  /** Whether the location holds an index (possibly with no articles). */
  boolean exists();

  /**
   * Extracts date, speakers and locations from the article and indexes it, replacing an article
   * with the same id. Visible to searches at once (embedded) or within a second (a cluster);
   * durable after {@link #commit()}. A body longer than {@link Article#MAX_TEXT_CHARS} is indexed
   * up to there.
   *
   * @return what the extractor found
   * @throws IllegalArgumentException if the id is longer than {@link Article#MAX_ID_CHARS}
   */
  Extraction add(Article article) throws IOException;

  /**
   * Indexes the article files under {@code paths} (see {@link de.presseschau.read.ArticleReader}):
   * on {@code options.threads()} worker threads, streaming (memory stays flat whatever the input's
   * size). An embedded index folder is updated incrementally: files unchanged since this archive
   * last indexed them are not read again, changed files replace what they gave before. Commits as
   * it goes and at the end.
   *
   * @return counts of what was added, updated, left unchanged, removed and skipped
   */
  FileIngest.Report index(List<Path> paths, FileIngest.Options options, FileIngest.Listener listener)
      throws IOException;

  /**
   * Merges the index into few segments and commits: for an archive that was loaded in bulk and
   * will mostly be searched (queries look up each term once instead of once per segment). It
   * rewrites the whole index and needs that much free disk again while it runs.
   */
  void merge() throws IOException;

  /** Makes every article added so far durable. */
  void commit() throws IOException;

  /**
   * Searches the archive.
   *
   * @throws QuerySyntaxException when the query text is not valid syntax, or too long (in plain
   *     mode only the latter)
   */
  SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException;

  /**
   * How many articles match the request (its query and filters), counted exactly; limit, offset
   * and facets do not matter.
   *
   * @throws QuerySyntaxException as {@link #search}
   */
  long count(SearchRequest request) throws IOException, QuerySyntaxException;

  /** The stored article with this id. */
  Optional<IndexedArticle> get(String id) throws IOException;

  /** Hands every article to {@code sink}, in id order. */
  void export(Consumer<IndexedArticle> sink) throws IOException;

  /** Figures about the archive. */
  ArchiveStats stats() throws IOException;

  /** Commits what was added, and releases the index (or the connection). */
  @Override
  void close() throws IOException;
}
