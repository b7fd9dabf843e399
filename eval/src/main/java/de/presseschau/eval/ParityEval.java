package de.presseschau.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.presseschau.ArchiveConfig;
import de.presseschau.NewsArchive;
import de.presseschau.index.FileIngest;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.read.Article;
import de.presseschau.search.FacetCounts;
import de.presseschau.search.Hit;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Parity of the OpenSearch backend with the embedded index: the same articles in both, the same
 * questions, side by side; OpenSearch's stock {@code german} analyzer as the baseline; bulk
 * indexing into the node against the stock analyzer on the same corpus in the same run.
 */
@Command(
    name = "parity",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Indexes the same articles into the embedded index and into an OpenSearch node (start one with",
      "bin/opensearch-node start) and prints, side by side: top-1 agreement and mean top-10 overlap",
      "on the seeds' queries and on the GermanQuAD dev questions, MRR@10 of both and of OpenSearch's",
      "stock 'german' analyzer (multi_match title^2 + body), facet agreement, and bulk indexing MB/s",
      "into the node against the stock analyzer on a synthetic corpus. Targets: top-1 >= 0.95,",
      "top-10 overlap >= 0.9, MRR@10 within 0.01 of embedded.",
      ""
    })
public final class ParityEval implements Callable<Integer> {

  /** The seeds' queries: the README's example and what a reader of these five articles asks. */
  static final List<String> SEED_QUERIES =
      List.of(
          "Verbindungsbüro Japan", "Stoltenberg", "Nato Asien", "Kishida", "Nordkorea Raketen", "Südkorea Gipfel",
          "Partnerschaft Indopazifik", "Russland China", "Pressekonferenz Washington", "Verbindungsbüro");

  @Option(names = "--url", paramLabel = "URL", description = "The node (default ${DEFAULT-VALUE}).")
  URI url = URI.create("http://127.0.0.1:9200");

  @Option(names = "--data", paramLabel = "DIR", description = "GermanQuAD-layout folder (default ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/eval/germanquad-dev");

  @Option(names = "--articles", paramLabel = "N", description = "Synthetic articles for the bulk comparison (default ${DEFAULT-VALUE}; 0: skip).")
  int articles = 20_000;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the synthetic corpus goes (default ${DEFAULT-VALUE}).")
  Path work = Path.of("target/bench");

  private final PrintStream out = System.out;
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("presseschau.home", ".")).toAbsolutePath().normalize();
    Path quadDir = data.isAbsolute() ? data : home.resolve(data).normalize();
    String node = "opensearch://" + url.getHost() + ":" + url.getPort() + "/";
    ArchiveConfig config = ArchiveConfig.defaults();
    try (StockGerman stock = StockGerman.connect(url)) {

      out.println("== seeds: " + SEED_QUERIES.size() + " queries");
      Side seeds;
      try (NewsArchive embedded = NewsArchive.inMemory(config);
          NewsArchive cluster = NewsArchive.create(URI.create(node + "parity-seeds"), config)) {
        FileIngest.Options opts = FileIngest.Options.defaults();
        embedded.index(List.of(home.resolve("seeds")), opts, new FileIngest.Listener() {});
        cluster.index(List.of(home.resolve("seeds")), opts, new FileIngest.Listener() {});
        cluster.commit();
        seeds = compare(embedded, cluster, SEED_QUERIES, null);
      }
      seeds.print(out);

      GermanQuad quad = GermanQuad.load(quadDir);
      List<String> ids = new ArrayList<>(quad.queries().keySet());
      List<String> questions = ids.stream().map(quad.queries()::get).toList();
      out.printf(Locale.ROOT, "%n== GermanQuAD dev: %d passages, %d questions%n", quad.docs().size(), ids.size());
      Side dev;
      try (NewsArchive embedded = NewsArchive.inMemory(config);
          NewsArchive cluster = NewsArchive.create(URI.create(node + "parity-germanquad"), config)) {
        for (Article a : quad.docs()) {
          embedded.add(a);
          cluster.add(a);
        }
        embedded.commit();
        cluster.commit();
        dev = compare(embedded, cluster, questions, new Qrels(ids, quad.qrels()));
      }
      dev.print(out);
      double stockMrr = stockGerman(stock, quad, ids);
      out.printf(Locale.ROOT, "MRR@10 OpenSearch stock 'german' (multi_match title^2 + body)  %.4f%n", stockMrr);

      if (articles > 0) {
        Path corpus = SyntheticCorpus.ensure(new SharedData(SharedData.root(null)), home.resolve(work), articles);
        bulk(stock, node, config, corpus);
      }

      boolean met = seeds.top1() >= 0.95 && dev.top1() >= 0.95 && dev.overlap() >= 0.9 && seeds.overlap() >= 0.9
          && Math.abs(dev.mrrCluster() - dev.mrrEmbedded()) <= 0.01;
      out.printf(Locale.ROOT, "%nTargets (top-1 >= 0.95, top-10 overlap >= 0.9, MRR@10 within 0.01): %s%n",
          met ? "met" : "NOT met");
      return met ? 0 : 1;
    }
  }

  /** Relevance judgements of the questions, for MRR. */
  record Qrels(List<String> ids, Map<String, Set<String>> relevant) {}

  /** The figures of one comparison. */
  record Side(int queries, double top1, double overlap, double facets, double mrrEmbedded, double mrrCluster) {
    void print(PrintStream out) {
      out.printf(Locale.ROOT, "top-1 agreement        %.4f%n", top1);
      out.printf(Locale.ROOT, "top-10 overlap (mean)  %.4f%n", overlap);
      out.printf(Locale.ROOT, "facets identical       %.4f  (speakers, places, years of each query's matches)%n", facets);
      if (!Double.isNaN(mrrEmbedded)) {
        out.printf(Locale.ROOT, "MRR@10 embedded        %.4f%n", mrrEmbedded);
        out.printf(Locale.ROOT, "MRR@10 OpenSearch      %.4f  (Δ %+.4f)%n", mrrCluster, mrrCluster - mrrEmbedded);
      }
    }
  }

  private Side compare(NewsArchive embedded, NewsArchive cluster, List<String> queries, Qrels qrels)
      throws IOException, QuerySyntaxException {
    int same1 = 0;
    double overlap = 0;
    int sameFacets = 0;
    double rrE = 0;
    double rrC = 0;
    for (int q = 0; q < queries.size(); q++) {
      SearchRequest request = SearchRequest.plain(queries.get(q)).withLimit(RelevanceEval.DEPTH).withFacets(true);
      SearchResult e = embedded.search(request);
      SearchResult c = cluster.search(request);
      List<String> a = e.hits().stream().map(Hit::id).toList();
      List<String> b = c.hits().stream().map(Hit::id).toList();
      if (a.isEmpty() ? b.isEmpty() : !b.isEmpty() && a.getFirst().equals(b.getFirst())) {
        same1++;
      }
      Set<String> common = new HashSet<>(a);
      common.retainAll(b);
      overlap += Math.max(a.size(), b.size()) == 0 ? 1 : (double) common.size() / Math.max(a.size(), b.size());
      if (sameFacets(e.facets(), c.facets())) {
        sameFacets++;
      }
      if (qrels != null) {
        Set<String> relevant = qrels.relevant().get(qrels.ids().get(q));
        rrE += reciprocalRank(a, relevant);
        rrC += reciprocalRank(b, relevant);
      }
    }
    int n = queries.size();
    return new Side(n, (double) same1 / n, overlap / n, (double) sameFacets / n,
        qrels == null ? Double.NaN : rrE / n, qrels == null ? Double.NaN : rrC / n);
  }

  private static boolean sameFacets(FacetCounts a, FacetCounts b) {
    return a.speakers().equals(b.speakers()) && a.locations().equals(b.locations()) && a.years().equals(b.years());
  }

  private static double reciprocalRank(List<String> hits, Set<String> relevant) {
    for (int i = 0; i < Math.min(hits.size(), RelevanceEval.DEPTH); i++) {
      if (relevant.contains(hits.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** MRR@10 of OpenSearch's stock German analysis on the same passages and questions. */
  private double stockGerman(StockGerman stock, GermanQuad quad, List<String> ids) throws IOException {
    String index = "parity-stock-german";
    stock.create(index);
    StringBuilder bulk = new StringBuilder();
    for (Article a : quad.docs()) {
      ObjectNode doc = json.createObjectNode().put("title", a.title()).put("body", a.text());
      bulk.append("{\"index\":{\"_id\":").append(json.writeValueAsString(a.id())).append("}}\n")
          .append(json.writeValueAsString(doc)).append('\n');
    }
    stock.send("POST", "/" + index + "/_bulk?refresh=true", bulk.toString(), "application/x-ndjson");
    double rr = 0;
    for (String id : ids) {
      ObjectNode body = json.createObjectNode();
      body.put("size", RelevanceEval.DEPTH);
      body.put("_source", false);
      ObjectNode mm = body.putObject("query").putObject("multi_match");
      mm.put("query", quad.queries().get(id));
      mm.putArray("fields").add("title^2").add("body");
      JsonNode hits = stock.send("POST", "/" + index + "/_search", json.writeValueAsString(body), "application/json")
          .path("hits").path("hits");
      List<String> found = new ArrayList<>();
      hits.forEach(h -> found.add(h.path("_id").asText()));
      rr += reciprocalRank(found, quad.qrels().get(id));
    }
    stock.delete(index);
    return rr / ids.size();
  }

  /**
   * Bulk indexing into the node: Presseschau (reading, extraction client-side, our analysis on the
   * node) against the stock analyzer (title and body only, no extraction), same corpus, same run.
   */
  private void bulk(StockGerman stock, String node, ArchiveConfig config, Path corpus) throws Exception {
    double mb = Files.size(corpus) / 1e6;
    out.printf(Locale.ROOT, "%n== bulk indexing into the node: %s (%.1f MB, %d articles)%n", corpus.getFileName(), mb, articles);
    long t0 = System.nanoTime();
    try (NewsArchive cluster = NewsArchive.create(URI.create(node + "parity-bulk"), config)) {
      cluster.index(List.of(corpus), FileIngest.Options.defaults(), new FileIngest.Listener() {});
      cluster.commit();
    }
    double ours = (System.nanoTime() - t0) / 1e9;
    stock.delete("parity-bulk");
    double stockSeconds = stock.load("parity-bulk-stock", corpus);
    stock.delete("parity-bulk-stock");
    out.printf(Locale.ROOT, "Presseschau (extraction + German analysis)  %6.1f s  %5.2f MB/s%n", ours, mb / ours);
    out.printf(Locale.ROOT, "stock 'german' (title + body only)          %6.1f s  %5.2f MB/s%n", stockSeconds, mb / stockSeconds);
    out.printf(Locale.ROOT, "ratio                                        %.2f× the stock time%n", ours / stockSeconds);
  }

}
