package de.presseschau.eval;

import de.presseschau.extract.Entity;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.extract.Mention;
import de.presseschau.read.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The real-news precision audit: the speaker and place facet values of the 10kGNAD articles, or of
 * the Wikinews articles (what the index stores for them: the extraction of each article), a seeded
 * random sample of each, and the precision over the committed judgements of that sample.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts speakers and places from the 1,028 Austrian news articles of ../shared/corpora/10kgnad",
      "(or, with --corpus wikinews, from the 850 articles of ../shared/corpora/wikinews-quotes; with",
      "--corpus germanquad, from the 474 Wikipedia passages of ../shared/eval/germanquad-dev),",
      "takes a seeded sample (a stable pseudo-random order) of the distinct speaker and place values,",
      "and reports the precision of the sample against the judgements committed in",
      "eval/audit/<corpus>-{speakers,places}.tsv (value<TAB>yes|no<TAB>why<TAB>where). Values of the",
      "sample that are not judged yet, or were judged in another passage than their first mention",
      "now (where: article:offset), are listed with that passage in target/audit/unjudged-*.txt",
      "(not committed: the passages are CC BY-NC-SA).",
      "",
      "Examples:",
      "  evaluate audit                                  both facets of 10kGNAD, 200 values each",
      "  evaluate audit --sample 2000                    every value of 10kGNAD",
      "  evaluate audit --corpus wikinews --facets places",
      "  evaluate audit --corpus germanquad --facets places   Wikipedia prose: another genre, held out",
      ""
    })
public final class AuditEval implements Callable<Integer> {

  @Option(names = "--sample", paramLabel = "N", description = "Values sampled per facet (default ${DEFAULT-VALUE}).")
  int sample = 200;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the sample (default ${DEFAULT-VALUE}).")
  long seed = 20261202L;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: ../shared).")
  Path shared;

  /** The news the audit reads: each has its own judgements. */
  enum Corpus {
    /** The 1,028 Austrian articles of 10kGNAD; the place rules were partly written from its errors. */
    TENKGNAD("10kgnad", "10kGNAD", "gnad-"),
    /** The 850 Wikinews articles (train and dev): news no place rule was written from. */
    WIKINEWS("wikinews", "Wikinews", "wn-"),
    /**
     * The 474 Wikipedia passages of the GermanQuAD dev collection: encyclopaedic prose, another
     * genre than news, whose place values were judged before any rule was written from them.
     */
    GERMANQUAD("germanquad", "GermanQuAD passages", "gq-");

    final String file;
    final String label;
    final String idPrefix;

    Corpus(String file, String label, String idPrefix) {
      this.file = file;
      this.label = label;
      this.idPrefix = idPrefix;
    }
  }

  @Option(names = "--corpus", paramLabel = "NAME", converter = CorpusConverter.class,
      description = "10kgnad (default), wikinews or germanquad.")
  Corpus corpus = Corpus.TENKGNAD;

  @Option(names = "--facets", paramLabel = "LIST", split = ",",
      description = "speakers, places or both (default: speakers,places).")
  List<String> facets = List.of("speakers", "places");

  /** Reads "10kgnad", "wikinews" or "germanquad" (the file names of the judgements). */
  static final class CorpusConverter implements picocli.CommandLine.ITypeConverter<Corpus> {
    @Override
    public Corpus convert(String value) {
      for (Corpus c : Corpus.values()) {
        if (c.file.equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected 10kgnad, wikinews or germanquad, not '" + value + "'");
    }
  }

  /**
   * A facet value with a passage around its first mention, and where that mention is ("gnad-12:345"):
   * a judgement holds for that passage only.
   */
  record Value(String name, String context, String where) {}

  @Override
  public Integer call() throws Exception {
    SharedData data = new SharedData(SharedData.root(shared));
    Path home = Path.of(System.getProperty("presseschau.home", ".")).toAbsolutePath().normalize();
    Extractor extractor = Extractor.load();
    Map<String, Value> speakers = new TreeMap<>();
    Map<String, Value> places = new TreeMap<>();
    for (String facet : facets) {
      if (!facet.equals("speakers") && !facet.equals("places")) {
        System.err.println("evaluate audit: --facets takes speakers and places, not '" + facet + "'");
        return 2;
      }
    }
    List<Article> articles = articles(data);
    for (Article a : articles) {
      Extraction x = extractor.extract(a);
      collect(x.speakers(), a, speakers);
      collect(x.locations(), a, places);
    }
    System.out.printf(Locale.ROOT, "%s: %d articles; %d distinct speaker values, %d distinct place values%n",
        corpus.label, articles.size(), speakers.size(), places.size());
    boolean complete = true;
    for (String facet : facets) {
      complete &= report(facet, facet.equals("speakers") ? speakers : places, home);
    }
    return complete ? 0 : 1;
  }

  /** The corpus's articles, each with the id its judgements' passages name ("gnad-12", "wn-11059"). */
  private List<Article> articles(SharedData data) throws SharedData.Problem, IOException {
    List<Article> out = new ArrayList<>();
    if (corpus == Corpus.TENKGNAD) {
      for (String text : data.tenKGnadTexts()) {
        out.add(Article.of(corpus.idPrefix + (out.size() + 1), "", text));
      }
      return out;
    }
    if (corpus == Corpus.GERMANQUAD) {
      for (Article a : GermanQuad.load(data.file("eval/germanquad-dev/docs.tsv").getParent()).docs()) {
        out.add(new Article(corpus.idPrefix + a.id(), a.title(), a.text(), a.date(), a.source(), a.url()));
      }
      return out;
    }
    for (String split : List.of("train", "dev")) {
      for (Article a : SpeakersEval.read(data.file("corpora/wikinews-quotes/" + split + ".jsonl")).values()) {
        out.add(new Article(corpus.idPrefix + a.id(), a.title(), a.text(), a.date(), a.source(), a.url()));
      }
    }
    return out;
  }

  private static void collect(List<Entity> entities, Article a, Map<String, Value> into) {
    String text = a.fullText();
    for (Entity e : entities) {
      if (e.mentions().isEmpty()) {
        continue;
      }
      Mention m = e.mentions().getFirst();
      int from = Math.max(0, m.start() - 80);
      int to = Math.min(text.length(), m.end() + 80);
      String context = text.substring(from, m.start()) + "[" + text.substring(m.start(), m.end()) + "]" + text.substring(m.end(), to);
      into.putIfAbsent(e.name(),
          new Value(e.name(), context.replace('\n', ' ').replace('\t', ' '), a.id() + ":" + m.start()));
    }
  }

  /** A value's seeded pseudo-random rank. */
  private long rank(String value) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update((seed + "\t" + value).getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** Prints the precision of one facet's sample; false when some of it is not judged yet. */
  private boolean report(String facet, Map<String, Value> values, Path home) throws IOException {
    // Each value's place in the sample depends on the value and the seed alone, so a change of
    // the extractor that adds or removes a few values changes the sample by those few: the
    // judgements made before still cover the rest.
    List<String> names = new ArrayList<>(values.keySet());
    names.sort(java.util.Comparator.comparingLong((String v) -> rank(v)).thenComparing(v -> v));
    List<String> drawn = names.subList(0, Math.min(sample, names.size()));
    Path judged = home.resolve("eval/audit/" + corpus.file + "-" + facet + ".tsv");
    Map<String, String[]> verdicts = new LinkedHashMap<>();
    if (Files.isRegularFile(judged)) {
      for (String line : Files.readAllLines(judged, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 4);
        verdicts.put(f[0], f);
      }
    }
    int yes = 0;
    int no = 0;
    List<String> wrong = new ArrayList<>();
    List<Value> open = new ArrayList<>();
    int moved = 0;
    for (String name : drawn) {
      String[] v = verdicts.get(name);
      if (v == null || v.length < 2) {
        open.add(values.get(name));
      } else if (v.length > 3 && !v[3].isBlank() && !v[3].equals(values.get(name).where())) {
        // Judged in another passage: the extractor's first mention of the value moved.
        open.add(values.get(name));
        moved++;
      } else if (v[1].equals("yes")) {
        yes++;
      } else {
        no++;
        wrong.add(name + (v.length > 2 ? " (" + v[2] + ")" : ""));
      }
    }
    int judgedCount = yes + no;
    System.out.printf(Locale.ROOT, "%n%s: sample of %d (seed %d); judged %d: %d right, %d wrong; precision %.3f%n",
        facet, drawn.size(), seed, judgedCount, yes, no, judgedCount == 0 ? Double.NaN : (double) yes / judgedCount);
    if (!wrong.isEmpty()) {
      System.out.println("  wrong: " + String.join("; ", wrong));
    }
    Path out = home.resolve("target/audit/unjudged-" + corpus.file + "-" + facet + ".txt");
    // A list left from an earlier run would name values this sample no longer needs.
    Files.deleteIfExists(out);
    if (!open.isEmpty()) {
      Files.createDirectories(out.getParent());
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        for (Value v : open) {
          w.println(v.name() + "\t" + v.where() + "\t" + v.context());
        }
      }
      System.out.printf(Locale.ROOT, "  %d not judged yet (%d of them judged in another passage before): %s"
          + " (judge them into %s as value, yes|no, why, where)%n", open.size(), moved, out, judged);
    }
    return open.isEmpty();
  }
}
