package de.presseschau.eval;

import de.presseschau.ArchiveConfig;
import de.presseschau.NewsArchive;
import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.analysis.Decompounder;
import de.presseschau.analysis.IndexAnalysis;
import de.presseschau.index.FileIngest;
import de.presseschau.index.Workers;
import de.presseschau.read.Article;
import de.presseschau.read.ArticleReader;
import de.presseschau.search.SearchRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate bench}: indexing, query and start-up speed at archive scale, each against a
 * reference measured in the same run (the machine is shared and noisy; ratios drift less than
 * times): indexing against the floor of reading and analysing alone, the CLI against
 * {@code java -version} of the same JDK.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Speed at archive scale, on a synthetic corpus made from the real sentences in ../shared",
      "(deterministic; written once under target/bench/, never committed). Prints, from one run:",
      "  floor   reading + German analysis of every field (no extraction, no index), all threads",
      "  full    read → extract → analyse → index → commit, all threads: MB/s, articles/s, the",
      "          ratio to the floor, peak heap and index size per raw byte",
      "  query   top-10 with 3 highlighted snippets for a fixed query set: p50/p95/p99 and QPS",
      "          on one thread, then on all threads, on the index as loaded",
      "  merge   the index merged into one segment (what search index --merge does after a load),",
      "          its time, then the query part again on the merged index",
      "  cli     ./search \"Verbindungsbüro Japan\" on the seed index, cold and with search serve, against java -version",
      "  peer    (only when asked) the same corpus bulk-loaded into an OpenSearch node with its stock",
      "          German analyzer (bin/opensearch-node start; 1 shard, 8 MB bulks), loaded twice;",
      "          full's time against the faster load",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  ./evaluate bench                          100,000 articles (~250 MB), about 5 minutes",
      "  ./evaluate bench --articles 10000         a quick look",
      "  PRESSESCHAU_JAVA_OPTS=-Xmx1g ./evaluate bench --articles 1000000 --only index",
      "  bin/opensearch-node start && ./evaluate bench --only floor,index,peer    against OpenSearch"
    })
public final class SpeedBench implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", description = "Articles in the synthetic corpus (default ${DEFAULT-VALUE}).")
  int articles = 100_000;

  @Option(names = "--corpus", paramLabel = "FILE", description = "A JSONL corpus of your own instead of the synthetic one.")
  Path corpus;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Workers.defaultThreads();

  @Option(names = "--queries", paramLabel = "N", description = "Queries in the fixed set (default ${DEFAULT-VALUE}).")
  int queries = 1000;

  @Option(
      names = "--only",
      paramLabel = "PART",
      split = ",",
      description = "Run only these parts: floor, extract, index, query, merge, cli, peer, big (default: all but extract, peer and big).")
  List<String> only = List.of("floor", "index", "query", "merge", "cli");

  @Option(names = "--url", paramLabel = "URL", description = "The OpenSearch node of the peer part (default ${DEFAULT-VALUE}).")
  java.net.URI url = java.net.URI.create("http://127.0.0.1:9200");

  @Option(names = "--work", paramLabel = "DIR", description = "Where corpus and index go (default ${DEFAULT-VALUE}).")
  Path work = Path.of("target/bench");

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: ../shared).")
  Path sharedDir;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("presseschau.home", ".")).toAbsolutePath().normalize();
    Path workDir = home.resolve(work);
    Path file;
    try {
      file = corpus != null ? corpus : SyntheticCorpus.ensure(new SharedData(SharedData.root(sharedDir)), workDir, articles);
    } catch (SharedData.Problem e) {
      System.err.println("evaluate: " + e.getMessage());
      return 2;
    }
    long bytes = Files.size(file);
    out.printf(Locale.ROOT, "corpus: %s, %.1f MB; %d worker threads on %d cores; %s %s, max heap %d MB%n",
        file, bytes / 1e6, threads, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    Path indexDir = workDir.resolve("index");

    Run floor = null;
    if (only.contains("floor")) {
      floor = floor(file);
      out.printf(Locale.ROOT, "floor  read + analysis of every field   %7.1f s  %6.2f MB/s  %7.0f articles/s%n",
          floor.seconds, bytes / 1e6 / floor.seconds, floor.articles / floor.seconds);
    }
    if (only.contains("extract")) {
      Run extract = extract(file);
      out.printf(Locale.ROOT, "extract read + extraction alone            %7.1f s  %6.2f MB/s  %7.0f articles/s%n",
          extract.seconds, bytes / 1e6 / extract.seconds, extract.articles / extract.seconds);
    }
    Run full = null;
    if (only.contains("index")) {
      full = index(file, indexDir);
      out.printf(Locale.ROOT, "full   read → extract → analyse → index %7.1f s  %6.2f MB/s  %7.0f articles/s%s%n",
          full.seconds, bytes / 1e6 / full.seconds, full.articles / full.seconds,
          floor == null ? "" : String.format(Locale.ROOT, "  = %.2f× the floor's time", full.seconds / floor.seconds));
      long size = folderSize(indexDir);
      out.printf(Locale.ROOT, "       heap: peak used %d MB, peak live after GC %d MB; index %.1f MB = %.2f× the raw input%n",
          full.peakHeap >> 20, full.peakLive >> 20, size / 1e6, (double) size / bytes);
    }
    if ((only.contains("query") || only.contains("merge")) && !Files.isDirectory(indexDir)) {
      System.err.println("evaluate: no index in " + indexDir + "; run the index part first");
      return 2;
    }
    if (only.contains("query")) {
      queries(file, indexDir);
    }
    if (only.contains("merge")) {
      double seconds = merge(indexDir);
      out.printf(Locale.ROOT, "merge  into one segment (search index --merge) %5.1f s%s%n",
          seconds,
          full == null || floor == null
              ? ""
              : String.format(Locale.ROOT, "  (full + merge = %.2f× the floor's time)", (full.seconds + seconds) / floor.seconds));
      queries(file, indexDir);
    }
    if (only.contains("cli")) {
      cli(home);
    }
    if (only.contains("peer")) {
      peer(file, bytes, full, floor);
    }
    if (only.contains("big")) {
      big(file, workDir.resolve("big"));
    }
    return 0;
  }

  /**
   * One article of 1, 50 and 200 MB (corpus texts run together in one .txt file), each indexed
   * alone on one thread: the cost of an unlucky dump among the articles. The body is capped at
   * {@link Article#MAX_TEXT_CHARS}, so time and memory stay near the 1 MB article's.
   */
  private void big(Path corpusFile, Path dir) throws IOException {
    Files.createDirectories(dir);
    double base = 0;
    for (int mb : new int[] {1, 50, 200}) {
      Path txt = dir.resolve("article-" + mb + "mb.txt");
      if (!Files.exists(txt) || Files.size(txt) < mb * 1_000_000L) {
        try (var w = Files.newBufferedWriter(txt); Stream<String> lines = Files.lines(corpusFile)) {
          w.write("Ein sehr langer Artikel\n\n");
          long[] written = {0};
          var it = lines.iterator();
          while (written[0] < mb * 1_000_000L) {
            if (!it.hasNext()) {
              break;
            }
            String text = ArticleReaderAccess.text(it.next());
            w.write(text);
            w.write("\n\n");
            written[0] += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 2;
          }
        }
      }
      Path indexDir = dir.resolve("index-" + mb);
      deleteFolder(indexDir);
      HeapWatch heap = new HeapWatch();
      heap.start();
      long t0 = System.nanoTime();
      try (NewsArchive archive = NewsArchive.create(indexDir, ArchiveConfig.defaults())) {
        archive.index(List.of(txt), FileIngest.Options.defaults().withThreads(1), new FileIngest.Listener() {});
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      heap.stopWatch();
      if (mb == 1) {
        base = seconds;
      }
      out.printf(Locale.ROOT, "big    one %3d MB article                %7.1f s  = %5.2f× the 1 MB article's time; peak heap %d MB%n",
          mb, seconds, seconds / base, heap.peakUsed >> 20);
    }
  }

  /** The text of a corpus line (JSONL), read as the reader does. */
  private static final class ArticleReaderAccess {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static String text(String jsonLine) throws IOException {
      return JSON.readTree(jsonLine).path("text").asText();
    }
  }

  /** Figures of one timed pass. */
  private record Run(double seconds, long articles, long peakHeap, long peakLive) {}

  /**
   * Reading and analysing every field (as the index does: one pass per text for all its fields)
   * on the same threads as indexing: what no indexer can beat.
   */
  private Run floor(Path file) throws IOException {
    IndexAnalysis analysis = new IndexAnalysis(AnalysisOptions.defaults(), Decompounder.load());
    AtomicLong tokens = new AtomicLong();
    AtomicLong count = new AtomicLong();
    long t0 = System.nanoTime();
    try (Workers workers = new Workers(threads, threads * 32)) {
      new ArticleReader()
          .readFile(
              file,
              ArticleReader.Sink.of(
                  a -> {
                    try {
                      workers.submit(
                          () -> {
                            long n = 0;
                            for (String text : new String[] {a.title(), a.text()}) {
                              IndexAnalysis.Analysed t = analysis.analyse(text);
                              n += count(t.german()) + count(t.whole()) + count(t.spelling());
                            }
                            tokens.addAndGet(n);
                            count.incrementAndGet();
                          });
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  },
                  p -> System.err.println("skipped " + p)));
      workers.await();
    }
    return new Run((System.nanoTime() - t0) / 1e9, count.get(), 0, 0);
  }

  /** Reading and extraction alone, on the same threads: what extraction costs. */
  private Run extract(Path file) throws IOException {
    de.presseschau.extract.Extractor extractor = de.presseschau.extract.Extractor.load();
    AtomicLong count = new AtomicLong();
    long t0 = System.nanoTime();
    try (Workers workers = new Workers(threads, threads * 32)) {
      new ArticleReader().readFile(file, ArticleReader.Sink.of(a -> {
        try {
          workers.submit(() -> {
            extractor.extract(a);
            count.incrementAndGet();
          });
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, p -> {}));
      workers.await();
    }
    return new Run((System.nanoTime() - t0) / 1e9, count.get(), 0, 0);
  }

  private static long count(TokenStream stream) throws IOException {
    long n = 0;
    try (TokenStream ts = stream) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }

  private Run index(Path file, Path indexDir) throws IOException {
    deleteFolder(indexDir);
    HeapWatch heap = new HeapWatch();
    heap.start();
    long t0 = System.nanoTime();
    FileIngest.Report report;
    try (NewsArchive archive = NewsArchive.create(indexDir, ArchiveConfig.defaults())) {
      report =
          archive.index(
              List.of(file),
              FileIngest.Options.defaults().withThreads(threads),
              new FileIngest.Listener() {
                @Override
                public void problem(de.presseschau.read.ReadProblem p) {
                  System.err.println("skipped " + p);
                }
              });
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    heap.stopWatch();
    return new Run(seconds, report.indexed(), heap.peakUsed, heap.peakLive);
  }

  /** The fixed query set: 1–3 capitalised words of 5+ letters from random corpus sentences. */
  static List<String> querySet(Path file, int n) throws IOException {
    List<String> words = new ArrayList<>();
    try (Stream<String> lines = Files.lines(file)) {
      lines.limit(2000).forEach(line -> {
        for (String w : line.split("[^\\p{L}]+")) {
          if (w.length() >= 5 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
            words.add(w);
          }
        }
      });
    }
    SplittableRandom random = new SplittableRandom(SyntheticCorpus.SEED);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = 1 + random.nextInt(3);
      StringBuilder q = new StringBuilder();
      for (int j = 0; j < k; j++) {
        q.append(j == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
      }
      out.add(q.toString());
    }
    return out;
  }

  /**
   * The peer of the parity target: OpenSearch's stock German analysis of title and body
   * (no decompounding, no extraction) on the same corpus and machine, in the same run.
   */
  private void peer(Path file, long bytes, Run full, Run floor) throws IOException {
    try (StockGerman stock = StockGerman.connect(url)) {
      String version = stock.send("GET", "/", null, null).path("version").path("number").asText("?");
      String index = "bench-peer-stock-german";
      long articles;
      try (Stream<String> lines = Files.lines(file)) {
        articles = lines.count();
      }
      // Twice: the first load also warms the node's JVM (a node that has run for a while is the
      // fair peer); the ratio is taken against the faster load.
      double seconds = Double.MAX_VALUE;
      for (int load = 1; load <= 2; load++) {
        double s = stock.load(index, file);
        long held = stock.count(index);
        stock.delete(index);
        if (held != articles) {
          throw new IOException("the node held " + held + " of " + articles + " articles after the load");
        }
        out.printf(Locale.ROOT, "peer   OpenSearch %s stock 'german', 1 shard, load %d %6.1f s  %6.2f MB/s  %7.0f articles/s%n",
            version, load, s, bytes / 1e6 / s, articles / s);
        seconds = Math.min(seconds, s);
      }
      if (full != null) {
        out.printf(Locale.ROOT, "       full = %.2f× the peer's faster load%s%n", full.seconds / seconds,
            floor == null ? "" : String.format(Locale.ROOT, "; the floor = %.2f×", floor.seconds / seconds));
      }
    } catch (IOException e) {
      throw new IOException("the peer part needs an OpenSearch node at " + url + " (bin/opensearch-node start): " + e.getMessage(), e);
    }
  }

  /** Merges the index into one segment, as {@code search index --merge} does; seconds taken. */
  private static double merge(Path indexDir) throws IOException {
    long t0 = System.nanoTime();
    try (NewsArchive archive = NewsArchive.open(indexDir)) {
      archive.merge();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The least time the query set is run before the timed passes. */
  private static final int WARM_UP_SECONDS = 10;

  private void queries(Path file, Path indexDir) throws Exception {
    List<String> set = querySet(file, queries);
    int segments = segments(indexDir);
    out.printf(Locale.ROOT, "query  on the index in %d segment%s%n", segments, segments == 1 ? "" : "s");
    try (NewsArchive archive = NewsArchive.open(indexDir)) {
      // Warm-up: the whole set until at least WARM_UP_SECONDS have passed (three passes at least),
      // so that the optimising compiler has compiled the scoring loops before anything is timed,
      // as in a resident process (search serve, an embedding application).
      long warmStart = System.nanoTime();
      for (int pass = 0; pass < 3 || System.nanoTime() - warmStart < WARM_UP_SECONDS * 1_000_000_000L; pass++) {
        for (String q : set) {
          archive.search(request(q));
        }
      }
      // What the snippets cost: the same queries, one thread, without them.
      long[] bare = new long[set.size()];
      for (int i = 0; i < set.size(); i++) {
        long s0 = System.nanoTime();
        archive.search(request(set.get(i)).withSnippets(0));
        bare[i] = System.nanoTime() - s0;
      }
      Arrays.sort(bare);
      out.printf(Locale.ROOT, "query  1 thread , %d queries, top-10, no snippets:      p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n",
          set.size(), pct(bare, 50), pct(bare, 95), pct(bare, 99));
      for (int t : threads > 1 ? new int[] {1, threads} : new int[] {1}) {
        long[] nanos = new long[set.size()];
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < t; i++) {
          Thread th =
              Thread.ofPlatform().start(() -> {
                for (int q; (q = next.getAndIncrement()) < set.size(); ) {
                  long s = System.nanoTime();
                  try {
                    archive.search(request(set.get(q)));
                  } catch (Exception e) {
                    throw new RuntimeException(e);
                  }
                  nanos[q] = System.nanoTime() - s;
                }
              });
          running.add(th);
        }
        for (Thread th : running) {
          th.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "query  %d thread%s, %d queries, top-10 + 3 snippets: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  %.0f QPS%n",
            t, t == 1 ? " " : "s", set.size(), pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), set.size() / wall);
      }
    }
  }

  private static int segments(Path indexDir) throws IOException {
    try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).size();
    }
  }

  private static SearchRequest request(String q) {
    return SearchRequest.plain(q).withLimit(10).withSnippets(3);
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  /**
   * Cold start of the real CLI, median of 10 runs after one, against java -version; then the same
   * with a {@code search serve} of its own running (started here, stopped after).
   */
  private void cli(Path home) throws Exception {
    Path search = home.resolve("search");
    if (!Files.isExecutable(search)) {
      out.println("cli    skipped: no ./search in " + home);
      return;
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> searchCmd = List.of(search.toString(), "Verbindungsbüro Japan");
    List<String> javaCmd = List.of(java, "-version");
    Map<String, String> cold = Map.of("PRESSESCHAU_SERVER", "off");
    run(searchCmd, home, cold);
    run(javaCmd, home, cold);
    double[] m = medians(searchCmd, javaCmd, home, cold);
    out.printf(Locale.ROOT, "cli    ./search \"Verbindungsbüro Japan\" (seed index): median %.0f ms over 10 runs; "
        + "java -version %.0f ms; ratio %.1f×%n", m[0], m[1], m[0] / m[1]);

    Path announced = home.resolve(".cache").resolve("server");
    long before = Files.exists(announced) ? Files.getLastModifiedTime(announced).toMillis() : 0;
    Process server = new ProcessBuilder(search.toString(), "serve", "--idle", "5").directory(home.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!(Files.exists(announced) && Files.getLastModifiedTime(announced).toMillis() > before)) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          out.println("cli    with search serve: skipped, the server did not start");
          return;
        }
        Thread.sleep(100);
      }
      Map<String, String> served = Map.of();
      run(searchCmd, home, served);
      double[] w = medians(searchCmd, javaCmd, home, served);
      out.printf(Locale.ROOT, "cli    the same with `search serve` running: median %.0f ms over 10 runs; "
          + "java -version %.0f ms; ratio %.1f×%n", w[0], w[1], w[0] / w[1]);
    } finally {
      server.destroy(); // SIGTERM: the server withdraws its announcement
      server.waitFor();
    }
  }

  /** Medians of 10 interleaved runs of each command, so that both see the same machine load. */
  private static double[] medians(List<String> a, List<String> b, Path dir, Map<String, String> env) throws Exception {
    long[] s = new long[10];
    long[] j = new long[10];
    for (int i = 0; i < 10; i++) {
      s[i] = run(a, dir, env);
      j[i] = run(b, dir, env);
    }
    Arrays.sort(s);
    Arrays.sort(j);
    return new double[] {(s[4] + s[5]) / 2e6, (j[4] + j[5]) / 2e6};
  }

  private static long run(List<String> cmd, Path dir, Map<String, String> env) throws Exception {
    long t0 = System.nanoTime();
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    pb.environment().remove("PRESSESCHAU_JAVA_OPTS"); // the launcher's defaults, as a user has them
    if (!env.containsKey("PRESSESCHAU_SERVER")) {
      pb.environment().remove("PRESSESCHAU_SERVER");
    }
    Process p = pb.start();
    p.waitFor();
    return System.nanoTime() - t0;
  }

  /** Samples the heap every 20 ms: peak in use, and peak still in use right after a GC. */
  private static final class HeapWatch extends Thread {
    volatile boolean running = true;
    volatile long peakUsed;
    volatile long peakLive;

    HeapWatch() {
      setDaemon(true);
    }

    @Override
    public void run() {
      List<MemoryPoolMXBean> pools =
          ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
      while (running) {
        long used = 0;
        long live = 0;
        for (MemoryPoolMXBean p : pools) {
          used += p.getUsage().getUsed();
          if (p.getCollectionUsage() != null) {
            live += p.getCollectionUsage().getUsed();
          }
        }
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stopWatch() {
      running = false;
    }
  }

  private static long folderSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteFolder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
