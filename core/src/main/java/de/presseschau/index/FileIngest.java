package de.presseschau.index;

import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.read.Article;
import de.presseschau.read.ArticleFile;
import de.presseschau.read.ArticleReader;
import de.presseschau.read.ReadProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Read → extract → analyse → index for files and folders: the reading thread streams articles to
 * worker threads that extract and write them, so all cores work and memory stays flat whatever
 * the input's size. Incremental: files unchanged since they were last indexed are not read again,
 * a changed file's articles replace what it gave before, and {@link Options#prune()} removes the
 * articles of files that are gone.
 *
 * <p>Commits a few seconds into the run and then every {@value #COMMIT_EVERY_SECONDS} s, so that a
 * crash loses at most the work since the last commit; a rerun skips the files committed whole.
 *
 * <p>One ingest at a time per archive; not thread-safe itself.
 */
public final class FileIngest {

  /** Receives problems and progress; both default to nothing. Called on the reading thread. */
  public interface Listener {
    /** A file or line could not be read; it was skipped and the rest goes on. */
    default void problem(ReadProblem problem) {}

    /**
     * Progress, often (throttle what you show).
     *
     * @param bytesDone input bytes handled so far (read, or skipped as unchanged)
     * @param bytesTotal input bytes of the whole run
     * @param articles articles indexed so far
     */
    default void progress(long bytesDone, long bytesTotal, long articles) {}
  }

  /**
   * How to ingest.
   *
   * @param prune remove the articles of files that were indexed from under the given folders
   *     before but are gone now
   * @param threads worker threads that extract and write ({@link Workers#defaultThreads()})
   * @param stdin what the path {@code -} reads
   * @param commitSeconds how often to commit (the first commit comes after at most 5 s): what a
   *     crash can lose
   */
  public record Options(boolean prune, int threads, java.io.InputStream stdin, int commitSeconds) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      if (commitSeconds < 1) {
        throw new IllegalArgumentException("commitSeconds must be at least 1");
      }
      java.util.Objects.requireNonNull(stdin, "stdin");
    }

    /** Committing every {@value FileIngest#COMMIT_EVERY_SECONDS} s. */
    public Options(boolean prune, int threads, java.io.InputStream stdin) {
      this(prune, threads, stdin, COMMIT_EVERY_SECONDS);
    }

    /** The path {@code -} reads the process's standard input. */
    public Options(boolean prune, int threads) {
      this(prune, threads, System.in);
    }

    /** No pruning, one worker per core. */
    public static Options defaults() {
      return new Options(false, Workers.defaultThreads());
    }

    public Options withPrune(boolean on) {
      return new Options(on, threads, stdin, commitSeconds);
    }

    public Options withThreads(int n) {
      return new Options(prune, n, stdin, commitSeconds);
    }

    public Options withStdin(java.io.InputStream in) {
      return new Options(prune, threads, in, commitSeconds);
    }
  }

  /**
   * What an ingest did.
   *
   * @param added articles new to the index
   * @param updated articles that replaced one with the same id
   * @param unchanged articles of files unchanged since they were indexed (not read again)
   * @param removed articles removed with their vanished files ({@link Options#prune()})
   * @param skipped files or lines that could not be read
   * @param bytes input bytes read
   * @param seconds wall time
   */
  public record Report(
      long added, long updated, long unchanged, long removed, long skipped, long bytes, double seconds) {
    /** Articles written in this run. */
    public long indexed() {
      return added + updated;
    }
  }

  /** The default commit interval. */
  public static final int COMMIT_EVERY_SECONDS = 30;
  private static final long FIRST_COMMIT_NANOS = 5_000_000_000L;

  private final Extractor extractor;
  private final ArticleSink indexer;
  private final IndexReader before;
  private final FileManifest manifest;
  private final Options options;
  private final Listener listener;

  private final ConcurrentLinkedQueue<Done> completed = new ConcurrentLinkedQueue<>();
  /** Problems met on worker threads, reported on the reading thread. */
  private final ConcurrentLinkedQueue<ReadProblem> failures = new ConcurrentLinkedQueue<>();
  private final List<String> removedFiles = new ArrayList<>();
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong updated = new AtomicLong();
  /** When the next commit is due (System.nanoTime). */
  private long nextCommit;

  /** A file whose articles are all written. */
  private record Done(String path, FileManifest.Entry entry) {}

  /**
   * Validates, caps, extracts and writes one article: what {@code NewsArchive.add} does for every
   * backend.
   *
   * @return what was extracted
   * @throws IllegalArgumentException if the id is longer than {@link Article#MAX_ID_CHARS}
   */
  public static Extraction addOne(Extractor extractor, ArticleSink sink, Article article) throws IOException {
    if (article.id().length() > Article.MAX_ID_CHARS) {
      throw new IllegalArgumentException("article id longer than " + Article.MAX_ID_CHARS + " characters");
    }
    Article capped = article.capped();
    Extraction extraction = extractor.extract(capped);
    sink.write(capped, extraction, null);
    return extraction;
  }

  /**
   * Ingests the files under {@code paths}: reads, extracts with {@code extractor} and hands each
   * article to the backend's {@code indexer}; commits as it goes and at the end.
   *
   * @param indexDir the index folder, where the list of indexed files is kept; null for an index
   *     in memory (then nothing is skipped as unchanged)
   * @param fresh the index is being built anew: forget which files it held
   * @param before the index as it was when the ingest began, to tell added from updated; null
   *     when it starts empty
   */
  public static Report run(
      Extractor extractor, ArticleSink indexer, Path indexDir, boolean fresh, IndexReader before, List<Path> paths,
      Options options, Listener listener) throws IOException {
    FileManifest manifest = indexDir == null ? FileManifest.none() : FileManifest.in(indexDir, fresh);
    return new FileIngest(extractor, indexer, before, manifest, options, listener).run(paths);
  }

  private FileIngest(
      Extractor extractor, ArticleSink indexer, IndexReader before, FileManifest manifest, Options options,
      Listener listener) {
    this.extractor = extractor;
    this.indexer = indexer;
    this.before = before;
    this.manifest = manifest;
    this.options = options;
    this.listener = listener;
  }

  private Report run(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    ArticleReader reader = new ArticleReader(options.stdin());
    long[] skipped = {0};
    List<ArticleFile> files =
        reader.files(
            paths,
            p -> {
              skipped[0]++;
              listener.problem(p);
            });
    List<Source> sources = new ArrayList<>(files.size());
    for (ArticleFile f : files) {
      sources.add(Source.of(f));
    }
    // Ids read in this run (as 64-bit hashes: a million ids in a few MB), to report duplicates.
    org.apache.lucene.internal.hppc.LongHashSet ids = new org.apache.lucene.internal.hppc.LongHashSet();
    long total = sources.stream().mapToLong(Source::size).sum();

    long unchanged = 0;
    long bytesDone = 0;
    long bytesRead = 0;
    nextCommit = start + Math.min(FIRST_COMMIT_NANOS, options.commitSeconds() * 1_000_000_000L);
    Set<String> seen = new HashSet<>();
    try (Workers workers = new Workers(options.threads(), options.threads() * 32)) {
      for (Source source : sources) {
        seen.add(source.path);
        FileManifest.Entry known = manifest.get(source.path);
        if (known != null && known.size() == source.size && known.modified() == source.modified) {
          unchanged += known.articles();
          bytesDone += source.size;
          listener.progress(bytesDone, total, added.get() + updated.get());
          continue;
        }
        if (known != null) {
          indexer.removeFile(source.path); // the file changed: what it gave before goes
        }
        long base = bytesDone;
        FileRun run = new FileRun(source);
        long[] lastProgress = {0};
        try {
          reader.readFile(
              source.file,
              new ArticleReader.Sink() {
                @Override
                public void article(Article article) {
                  if (!ids.add(idHash(article.id()))) {
                    listener.problem(
                        new ReadProblem(source.file.path(), 0,
                            "id '" + article.id() + "' was read before in this run; this article replaces it", true));
                  }
                  run.pending.incrementAndGet();
                  run.articles.incrementAndGet();
                  try {
                    workers.submit(
                        () -> {
                          try {
                            boolean existed = before != null && before.docFreq(new Term(Fields.ID, article.id())) > 0;
                            Extraction extraction;
                            try {
                              extraction = extractor.extract(article);
                            } catch (RuntimeException e) {
                              // One unlucky text costs its facets, not the run.
                              extraction = new Extraction(article.date(), List.of(), List.of(), List.of());
                              failures.add(new ReadProblem(source.file.path(), 0,
                                  "article '" + article.id() + "': speakers and places could not be extracted "
                                      + "(please report it); indexed without them", true));
                            }
                            indexer.write(article, extraction, source.path);
                            (existed ? updated : added).incrementAndGet();
                          } finally {
                            run.release();
                          }
                        });
                    maybeCommit(); // also inside one large file, so that a crash loses little
                  } catch (IOException e) {
                    run.pending.decrementAndGet();
                    throw new UncheckedIOException(e);
                  }
                }

                @Override
                public void problem(ReadProblem problem) {
                  if (!problem.kept()) {
                    skipped[0]++;
                    run.clean = false;
                  }
                  listener.problem(problem);
                }

                @Override
                public void bytesRead(Path file, long bytes) {
                  if (bytes - lastProgress[0] > (1 << 20)) {
                    lastProgress[0] = bytes;
                    listener.progress(base + bytes, total, added.get() + updated.get());
                  }
                }
              });
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        run.release(); // the reader's share: the file is read
        reportFailures();
        bytesDone += source.size;
        bytesRead += source.size;
        listener.progress(bytesDone, total, added.get() + updated.get());
        maybeCommit();
      }
      if (options.prune()) {
        for (Map.Entry<String, FileManifest.Entry> e : List.copyOf(manifest.entries().entrySet())) {
          if (!seen.contains(e.getKey()) && under(e.getKey(), paths) && !Files.exists(Path.of(e.getKey()))) {
            indexer.removeFile(e.getKey());
            removedFiles.add(e.getKey());
          }
        }
      }
      workers.await();
    }
    reportFailures();
    long removed = 0;
    for (String f : removedFiles) {
      removed += manifest.get(f).articles();
    }
    commit();
    return new Report(
        added.get(), updated.get(), unchanged, removed, skipped[0], bytesRead, (System.nanoTime() - start) / 1e9);
  }

  private void reportFailures() {
    for (ReadProblem p; (p = failures.poll()) != null; ) {
      listener.problem(p);
    }
  }

  /** Commits when it is time: a few seconds into the run, then every half minute. */
  private void maybeCommit() throws IOException {
    if (System.nanoTime() - nextCommit > 0) {
      commit();
      nextCommit = System.nanoTime() + options.commitSeconds() * 1_000_000_000L;
    }
  }

  /** Commits, then records the files that were whole in that commit. */
  private void commit() throws IOException {
    List<Done> whole = new ArrayList<>();
    for (Done d; (d = completed.poll()) != null; ) {
      whole.add(d);
    }
    indexer.commit();
    for (Done d : whole) {
      manifest.put(d.path, d.entry);
    }
    manifest.removeAll(removedFiles);
    manifest.write();
  }

  private static boolean under(String file, List<Path> roots) {
    Path f = Path.of(file);
    for (Path root : roots) {
      if (f.startsWith(root.toAbsolutePath().normalize())) {
        return true;
      }
    }
    return false;
  }

  private static long idHash(String id) {
    byte[] b = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return org.apache.lucene.util.StringHelper.murmurhash3_x86_32(b, 0, b.length, 0x9747b28c) & 0xFFFFFFFFL
        | (long) org.apache.lucene.util.StringHelper.murmurhash3_x86_32(b, 0, b.length, 0x5bd1e995) << 32;
  }

  /** An input file with what identifies its version. */
  private record Source(ArticleFile file, String path, long size, long modified) {
    static Source of(ArticleFile f) {
      if (f.path().equals(ArticleFile.STDIN)) {
        return new Source(f, "-", 0, -1); // never recorded: read again each time
      }
      Path abs = f.path().toAbsolutePath().normalize();
      try {
        BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
        return new Source(f, abs.toString(), a.size(), a.lastModifiedTime().toMillis());
      } catch (IOException e) {
        return new Source(f, abs.toString(), 0, -1); // reading it will report the problem
      }
    }
  }

  /** A file being indexed: done when the reader has finished it and no article is pending. */
  private final class FileRun {
    final Source source;
    final AtomicInteger pending = new AtomicInteger(1); // the reader's share
    final AtomicLong articles = new AtomicLong();
    volatile boolean clean = true;

    FileRun(Source source) {
      this.source = source;
    }

    void release() {
      if (pending.decrementAndGet() == 0 && clean && source.modified >= 0) {
        // Files with problems are not recorded: the next run reads them again and says why.
        completed.add(new Done(source.path, new FileManifest.Entry(source.size, source.modified, articles.get())));
      }
    }
  }
}
