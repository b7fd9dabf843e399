package de.presseschau;

import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.analysis.Analyzers;
import de.presseschau.analysis.IndexAnalysis;
import de.presseschau.analysis.Decompounder;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.index.Fields;
import de.presseschau.index.IndexSchema;
import de.presseschau.index.IndexedArticle;
import de.presseschau.index.BulkLoad;
import de.presseschau.index.FileIngest;
import de.presseschau.index.Indexer;
import de.presseschau.read.Article;
import de.presseschau.search.ArchiveSearcher;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import de.presseschau.search.Searcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded backend: an archive in a Lucene index of this process (a folder, memory, or a
 * {@link Directory} of the caller's). See {@link NewsArchive} for the contract.
 */
final class EmbeddedArchive implements NewsArchive {

  private final Path location;
  private final Directory directory;
  private final ArchiveConfig config;
  private final Analyzer analyzer;
  private final Searcher searcher;
  private final BM25Similarity similarity;
  private final boolean create;

  // Guarded by this: opened lazily, so that read-only use never takes the write lock.
  private IndexWriter writer;
  private Indexer indexer;
  private SearcherManager searchers;

  private EmbeddedArchive(Path location, Directory directory, ArchiveConfig config, boolean create) {
    this.location = location;
    this.directory = directory;
    this.config = config;
    this.analyzer = Analyzers.perField(config.analysis(), Decompounder.load());
    this.similarity = new BM25Similarity(config.ranking().k1(), config.ranking().b());
    this.searcher = new Searcher(analyzer, config.ranking(), config.searchTimeLimit());
    this.create = create;
  }

  static EmbeddedArchive open(Path dir, ArchiveConfig config) {
    EmbeddedArchive archive = new EmbeddedArchive(dir, readDirectory(dir), config, false);
    archive.checkSchema();
    return archive;
  }

  static EmbeddedArchive create(Path dir, ArchiveConfig config) {
    return new EmbeddedArchive(dir, fsDirectory(dir), config, true);
  }

  static EmbeddedArchive open(Directory directory, ArchiveConfig config) {
    EmbeddedArchive archive = new EmbeddedArchive(null, directory, config, false);
    archive.checkSchema();
    return archive;
  }

  static EmbeddedArchive inMemory(ArchiveConfig config) {
    return new EmbeddedArchive(null, new ByteBuffersDirectory(), config, true);
  }

  /** Below this size an existing index is read without memory mapping; see {@link #readDirectory}. */
  static final long SMALL_INDEX_BYTES = 64L << 20;

  /**
   * The directory of an existing index: memory-mapped, or, for a small index, read with positional
   * reads. Mapping pays off for large indexes, but its first use in a process sets up the foreign
   * linker's native calls, about 35 ms that a single search of a small archive spends on nothing
   * else.
   */
  private static Directory readDirectory(Path dir) {
    if (Files.isDirectory(dir)) {
      try (java.util.stream.Stream<Path> files = Files.list(dir)) {
        long bytes = 0;
        for (Path f : (Iterable<Path>) files::iterator) {
          bytes += Files.isRegularFile(f) ? Files.size(f) : 0;
        }
        if (bytes < SMALL_INDEX_BYTES) {
          return new org.apache.lucene.store.NIOFSDirectory(dir);
        }
      } catch (IOException e) {
        // Fall through: the mapped directory reports what is wrong with the folder.
      }
    }
    return fsDirectory(dir);
  }

  private static Directory fsDirectory(Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new ArchiveException("not a folder: " + dir);
      }
      return FSDirectory.open(dir);
    } catch (IOException e) {
      throw new ArchiveException("cannot open the index folder " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ArchiveConfig config() {
    return config;
  }

  @Override
  public boolean exists() {
    try {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkSchema() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return;
      }
      String version =
          SegmentInfos.readLatestCommit(directory).getUserData().get(IndexSchema.VERSION_KEY);
      if (!IndexSchema.VERSION.equals(version)) {
        throw ArchiveException.Outdated.at("in " + location, String.valueOf(location), version);
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot read the index in " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Extraction add(Article article) throws IOException {
    return FileIngest.addOne(Extractor.load(), indexer(), article);
  }

  @Override
  public FileIngest.Report index(List<Path> paths, FileIngest.Options options, FileIngest.Listener listener)
      throws IOException {
    boolean exists = DirectoryReader.indexExists(directory);
    Indexer i = indexer();
    if (!exists) {
      i.commit(); // an empty index at once: searches meanwhile find nothing rather than "no index"
    }
    DirectoryReader before = create || !exists ? null : DirectoryReader.open(directory);
    try {
      return FileIngest.run(Extractor.load(), i, location, create, before, paths, options, listener);
    } finally {
      if (before != null) {
        before.close();
      }
    }
  }

  @Override
  public void merge() throws IOException {
    Indexer i = indexer();
    IndexWriter w;
    synchronized (this) {
      w = writer;
    }
    w.forceMerge(1);
    i.commit();
  }

  @Override
  public void commit() throws IOException {
    Indexer i;
    synchronized (this) {
      i = indexer;
    }
    if (i != null) {
      i.commit();
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    return withSearcher(
        s -> searcher.search(s, request),
        new SearchResult(request.query(), 0, java.util.List.of(), de.presseschau.search.FacetCounts.none(), null));
  }

  @Override
  public long count(SearchRequest request) throws IOException, QuerySyntaxException {
    return withSearcher(s -> searcher.count(s, request), 0L);
  }

  @Override
  public Optional<IndexedArticle> get(String id) throws IOException {
    return withSearcher(
        s -> {
          TopDocs top = s.search(KeywordField.newExactQuery(Fields.ID, id), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(IndexedArticle.from(s.storedFields().document(top.scoreDocs[0].doc)));
        },
        Optional.empty());
  }

  @Override
  public void export(Consumer<IndexedArticle> sink) throws IOException {
    withSearcher(
        s -> {
          Sort byId = new Sort(KeywordField.newSortField(Fields.ID, false, SortedSetSelector.Type.MIN));
          StoredFields stored = s.storedFields();
          ScoreDoc after = null;
          while (true) {
            TopDocs page = s.searchAfter(after, new MatchAllDocsQuery(), 1000, byId);
            for (ScoreDoc d : page.scoreDocs) {
              sink.accept(IndexedArticle.from(stored.document(d.doc)));
            }
            if (page.scoreDocs.length < 1000) {
              return null;
            }
            after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
          }
        },
        null);
  }

  @Override
  public ArchiveStats stats() throws IOException {
    ArchiveStats empty = new ArchiveStats(location, 0, 0, null, null, 0, 0, sizeBytes());
    return withSearcher(
        s -> {
          IndexReader r = s.getIndexReader();
          int withDate = s.count(LongField.newRangeQuery(Fields.DATE, Long.MIN_VALUE, Long.MAX_VALUE));
          return new ArchiveStats(
              location,
              r.numDocs(),
              withDate,
              edgeDate(s, false),
              edgeDate(s, true),
              distinctTerms(r, Fields.SPEAKER),
              distinctTerms(r, Fields.LOCATION),
              sizeBytes());
        },
        empty);
  }

  private static LocalDate edgeDate(IndexSearcher s, boolean newest) throws IOException {
    SortField sf =
        LongField.newSortField(
            Fields.DATE, newest, SortedNumericSelector.Type.MAX, newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    TopDocs top =
        s.search(LongField.newRangeQuery(Fields.DATE, Long.MIN_VALUE, Long.MAX_VALUE), 1, new Sort(sf));
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Object value = ((FieldDoc) top.scoreDocs[0]).fields[0];
    return LocalDate.ofEpochDay(((Number) value).longValue());
  }

  private static long distinctTerms(IndexReader r, String field) throws IOException {
    Terms terms = MultiTerms.getTerms(r, field);
    if (terms == null) {
      return 0;
    }
    long n = 0;
    TermsEnum te = terms.iterator();
    while (te.next() != null) {
      n++;
    }
    return n;
  }

  private long sizeBytes() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      try {
        total += directory.fileLength(file);
      } catch (IOException e) {
        // A file deleted by a concurrent merge: not part of the index any more.
      }
    }
    return total;
  }

  /** Work on the current searcher; {@code E} lets a search pass its query errors on. */
  @FunctionalInterface
  private interface SearcherFunction<T, E extends Exception> {
    T apply(IndexSearcher searcher) throws IOException, E;
  }

  private <T, E extends Exception> T withSearcher(SearcherFunction<T, E> f, T whenEmpty) throws IOException, E {
    SearcherManager manager = searchers();
    if (manager == null) {
      return whenEmpty;
    }
    refresh(manager);
    IndexSearcher s = manager.acquire();
    try {
      return f.apply(s);
    } finally {
      manager.release(s);
    }
  }

  /**
   * Lets searches see recent changes: what this archive added at once (near-real-time), commits
   * of another process within a second. Looking for another process's commit lists the folder
   * and reads the commit point, which cost a tenth of a millisecond search; so it is done at
   * most once a second.
   */
  private void refresh(SearcherManager manager) throws IOException {
    boolean writing;
    synchronized (this) {
      writing = writer != null;
    }
    long now = System.nanoTime();
    if (writing || now - lastRefresh > REFRESH_NANOS) {
      manager.maybeRefresh();
      lastRefresh = now;
    }
  }

  private static final long REFRESH_NANOS = 1_000_000_000L;
  private volatile long lastRefresh = System.nanoTime();

  private synchronized Indexer indexer() throws IOException {
    if (indexer == null) {
      IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
      iwc.setSimilarity(similarity);
      iwc.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      BulkLoad.configure(iwc);
      try {
        writer = new IndexWriter(directory, iwc);
      } catch (LockObtainFailedException e) {
        throw new ArchiveException(
            "the index in " + location + " is being written by another process; try again when it is done", e);
      }
      indexer = new Indexer(writer, indexAnalysis());
      // Searches from now on see added articles before they are committed.
      SearcherManager old = searchers;
      searchers = new SearcherManager(writer, searcherFactory());
      if (old != null) {
        old.close();
      }
    }
    return indexer;
  }

  /** One-pass analysis of the text fields for the German chain; baselines analyse per field. */
  private IndexAnalysis indexAnalysis() {
    AnalysisOptions a = config.analysis();
    return a.chain() == AnalysisOptions.Chain.PRESSESCHAU
        ? new IndexAnalysis(a, a.decompound() ? Decompounder.load() : null)
        : null;
  }

  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null && !create && DirectoryReader.indexExists(directory)) {
      searchers = new SearcherManager(directory, searcherFactory());
    }
    return searchers;
  }

  private SearcherFactory searcherFactory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher s = new ArchiveSearcher(reader);
        s.setSimilarity(similarity);
        searcher.prepare(s);
        return s;
      }
    };
  }

  /** Commits what was added, and releases the index. */
  @Override
  public synchronized void close() throws IOException {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (indexer != null) {
        indexer.commit();
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
