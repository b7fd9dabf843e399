package de.presseschau.eval;

import de.presseschau.ArchiveConfig;
import de.presseschau.NewsArchive;
import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.read.Article;
import de.presseschau.search.Hit;
import de.presseschau.search.RankingOptions;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate relevance}: indexes a passage collection, runs its questions as plain queries
 * (what {@code search batch --plain} runs) and prints MRR@10, Recall@1/5/10 and the mean query
 * time, for the default configuration and, in the same run, for baselines and for the default
 * with each part switched off in turn.
 */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ranking quality and speed on a passage-retrieval collection (GermanQuAD dev by default):",
      "indexes docs.tsv in memory, runs every question of queries.tsv as plain words (as",
      "'search batch --plain' does), and prints MRR@10, Recall@1/5/10 against qrels.tsv and the",
      "mean time per query with snippets (single thread, after a warm-up pass, median of three",
      "passes). Then, unless --no-ablation, the same for two stock baselines and for the default",
      "with each part switched off or changed in turn (their ms/query from a single pass).",
      ""
    })
public final class RelevanceEval implements Callable<Integer> {

  static final int DEPTH = 10;
  static final int TIMED_PASSES = 3;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder with docs.tsv, queries.tsv, qrels.tsv (default ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/eval/germanquad-dev");

  @Option(
      names = "--run",
      paramLabel = "FILE",
      description = "TREC run file of the default configuration (default ${DEFAULT-VALUE}).")
  Path run = Path.of("target/germanquad-dev.run");

  @Option(names = "--no-ablation", description = "Only the default configuration.")
  boolean noAblation;

  private final PrintStream out;

  public RelevanceEval() {
    this(System.out);
  }

  RelevanceEval(PrintStream out) {
    this.out = out;
  }

  /** One configuration to measure. */
  record Variant(String name, ArchiveConfig config) {}

  /** Figures of one variant. */
  record Figures(double mrr10, double r1, double r5, double r10, double msPerQuery, int queries) {}

  @Override
  public Integer call() throws IOException {
    Path dir = resolve(data);
    if (!Files.isRegularFile(dir.resolve("docs.tsv"))) {
      System.err.println("evaluate relevance: no docs.tsv in " + dir + " (use --data DIR)");
      return 2;
    }
    GermanQuad quad = GermanQuad.load(dir);
    out.printf(
        Locale.ROOT,
        "%s: %d passages, %d questions; hits per question %d%n",
        dir.normalize(), quad.docs().size(), quad.queries().size(), DEPTH);

    ArchiveConfig main = ArchiveConfig.defaults();
    Path runFile = resolve(run);
    Figures f = measure(quad, main, runFile, true);
    out.println();
    out.printf(Locale.ROOT, "MRR@10     %.4f%n", f.mrr10());
    out.printf(Locale.ROOT, "Recall@1   %.4f%n", f.r1());
    out.printf(Locale.ROOT, "Recall@5   %.4f%n", f.r5());
    out.printf(Locale.ROOT, "Recall@10  %.4f%n", f.r10());
    out.printf(Locale.ROOT,
        "ms/query   %.2f  (mean over %d questions incl. snippets, one thread, after a warm-up pass;"
            + " median of %d passes)%n",
        f.msPerQuery(), f.queries(), TIMED_PASSES);
    out.println("run file   " + runFile.normalize());

    if (!noAblation) {
      out.println();
      out.printf(Locale.ROOT, "%-44s %7s %7s %7s %7s %8s %7s%n",
          "variant", "MRR@10", "R@1", "R@5", "R@10", "ms/q", "ΔMRR");
      for (Variant v : ablation(main)) {
        Figures g = v.config().equals(main) ? f : measure(quad, v.config(), null, false);
        out.printf(Locale.ROOT, "%-44s %7.4f %7.4f %7.4f %7.4f %8.2f %+7.4f%n",
            v.name(), g.mrr10(), g.r1(), g.r5(), g.r10(), g.msPerQuery(), g.mrr10() - f.mrr10());
      }
    }
    return 0;
  }

  /** The baselines, the default, and the default with one part off in turn. */
  static List<Variant> ablation(ArchiveConfig main) {
    AnalysisOptions a = main.analysis();
    RankingOptions r = main.ranking();
    RankingOptions flat = RankingOptions.baseline();
    List<Variant> v = new ArrayList<>();
    v.add(new Variant("StandardAnalyzer, BM25 (baseline)",
        new ArchiveConfig(a.withChain(AnalysisOptions.Chain.STANDARD), flat)));
    v.add(new Variant("Lucene GermanAnalyzer, BM25 (baseline)",
        new ArchiveConfig(a.withChain(AnalysisOptions.Chain.LUCENE_GERMAN), flat)));
    v.add(new Variant("Presseschau (default)", main));
    v.add(new Variant("  - compound splitting", main.withAnalysis(a.withDecompound(false))));
    v.add(new Variant("  - dictionary-only splitting (hyphenation)", main.withAnalysis(a.withHyphenation(true))));
    v.add(new Variant("  - only longest part (all parts)", main.withAnalysis(a.withOnlyLongestMatch(false))));
    v.add(new Variant("  - min. part size 4 (3)", main.withAnalysis(a.withMinSubwordSize(3))));
    v.add(new Variant("  - min. part size 4 (5)", main.withAnalysis(a.withMinSubwordSize(5))));
    v.add(new Variant("  - extra stemming rules", main.withAnalysis(a.withExtraStemRules(false))));
    v.add(new Variant("  - stemming", main.withAnalysis(a.withStem(false))));
    v.add(new Variant("  - stop words", main.withAnalysis(a.withStopWords(false))));
    v.add(new Variant("  - question words as stop words", main.withAnalysis(a.withQuestionWords(false))));
    v.add(new Variant("  - accent folding (é, ı, ş)", main.withAnalysis(a.withFoldAccents(false))));
    v.add(new Variant("  - whole-word field", main.withRanking(r.withWholeBoost(0))));
    v.add(new Variant("  - whole-word weight 2 (1)", main.withRanking(r.withWholeBoost(1))));
    v.add(new Variant("  - title field (title weight 0)", main.withRanking(r.withTitleBoost(0))));
    v.add(new Variant("  - title weight 1 (2)", main.withRanking(r.withTitleBoost(2))));
    v.add(new Variant("  - proximity pairs", main.withRanking(r.withProximity(0, r.proximitySlop()))));
    v.add(new Variant("  - joining split compounds", main.withRanking(r.withJoinWords(false))));
    v.add(new Variant("  - typo tolerance", main.withRanking(r.withTypoTolerance(false))));
    v.add(new Variant("  - BM25 k1 0.9 b 0.4 (1.2/0.75)", main.withRanking(r.withBm25(1.2f, 0.75f))));
    v.removeIf(x -> !x.name().startsWith("Presseschau") && x.config().equals(main));
    return v;
  }

  /**
   * Indexes the collection with {@code config}, runs every question, optionally writes a run.
   * Careful: a warm-up pass, then the median of three timed passes; otherwise one pass (for the
   * ablation, which runs after the JIT has warmed up on the default).
   */
  Figures measure(GermanQuad quad, ArchiveConfig config, Path runFile, boolean careful)
      throws IOException {
    List<String> ids = new ArrayList<>(quad.queries().keySet());
    try (NewsArchive archive = NewsArchive.inMemory(config)) {
      for (Article doc : quad.docs()) {
        archive.add(doc);
      }
      archive.commit();
      if (careful) {
        runAll(archive, quad.queries(), ids); // warm-up
      }
      // Other processes on the machine disturb single passes: report the median of three.
      double[] passes = new double[careful ? TIMED_PASSES : 1];
      List<SearchResult> results = null;
      for (int p = 0; p < passes.length; p++) {
        long start = System.nanoTime();
        results = runAll(archive, quad.queries(), ids);
        passes[p] = (System.nanoTime() - start) / 1e6 / ids.size();
      }
      java.util.Arrays.sort(passes);
      double ms = passes[passes.length / 2];
      if (runFile != null) {
        writeRun(runFile, ids, results);
      }
      return score(ids, results, quad.qrels(), ms);
    }
  }

  private static List<SearchResult> runAll(NewsArchive archive, Map<String, String> queries, List<String> ids)
      throws IOException {
    List<SearchResult> results = new ArrayList<>(ids.size());
    for (String id : ids) {
      try {
        results.add(archive.search(SearchRequest.plain(queries.get(id)).withLimit(DEPTH)));
      } catch (de.presseschau.query.QuerySyntaxException e) {
        throw new IllegalStateException("plain query failed: " + queries.get(id), e);
      }
    }
    return results;
  }

  static Figures score(List<String> ids, List<SearchResult> results, Map<String, Set<String>> qrels, double ms) {
    double rr = 0;
    int[] foundAt = new int[DEPTH + 1];
    double[] recall = new double[DEPTH + 1];
    for (int q = 0; q < ids.size(); q++) {
      Set<String> relevant = qrels.get(ids.get(q));
      List<Hit> hits = results.get(q).hits();
      boolean first = true;
      for (int i = 0; i < Math.min(DEPTH, hits.size()); i++) {
        if (relevant.contains(hits.get(i).id())) {
          if (first) {
            rr += 1.0 / (i + 1);
            first = false;
          }
          for (int k = i + 1; k <= DEPTH; k++) {
            recall[k] += 1.0 / relevant.size();
          }
        }
      }
    }
    int n = ids.size();
    return new Figures(rr / n, recall[1] / n, recall[5] / n, recall[10] / n, ms, n);
  }

  private static void writeRun(Path file, List<String> ids, List<SearchResult> results) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (int q = 0; q < ids.size(); q++) {
        for (Hit h : results.get(q).hits()) {
          w.printf(Locale.ROOT, "%s Q0 %s %d %.6f presseschau%n", ids.get(q), h.id(), h.rank(), h.score());
        }
      }
    }
  }

  /** Relative paths are read from the working folder, else from the repository root. */
  private static Path resolve(Path p) {
    if (p.isAbsolute() || Files.exists(p)) {
      return p;
    }
    String home = System.getProperty("presseschau.home");
    if (home != null) {
      Path fromHome = Path.of(home).resolve(p);
      if (Files.exists(fromHome) || Files.exists(fromHome.getParent() == null ? fromHome : fromHome.getParent())) {
        return fromHome;
      }
    }
    return p;
  }
}
