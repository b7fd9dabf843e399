package de.presseschau.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.extract.Entity;
import de.presseschau.extract.Extractor;
import de.presseschau.extract.LocationRule;
import de.presseschau.extract.Mention;
import de.presseschau.read.Article;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Locations: runs the extractor's place finder over the GermEval 2014 dev sentences and scores
 * the spans with {@code score_loc.py} (exact spans, overall and on news sentences).
 */
@Command(
    name = "locations",
    mixinStandardHelpOptions = true,
    description = "Scores the places the extractor finds in ../shared/eval/germeval-loc-dev.jsonl against its LOC "
        + "spans (P/R/F1 overall and on news sentences, ms per sentence).")
public final class LocationsEval implements Callable<Integer> {

  @Option(names = "--ablate", description = "Switch each place rule off in turn and print ΔP/ΔR/ΔF1 (news and all sentences).")
  boolean ablate;

  @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "list N sentences with errors")
  int errors;

  @Option(names = {"--shared", "--data"}, paramLabel = "DIR",
      description = "the shared data folder (default: ../shared beside the repository root; without ./evaluate, "
          + "../shared relative to the current folder)")
  Path shared;

  /** One gold sentence: its id and text. */
  private record Sentence(long id, String text) {}

  @Override
  public Integer call() {
    try {
      return run();
    } catch (SharedData.Problem e) {
      System.err.println("evaluate locations: " + e.getMessage());
      return 2;
    }
  }

  private int run() throws SharedData.Problem {
    SharedData data = new SharedData(SharedData.root(shared));
    Path gold = data.file("eval/germeval-loc-dev.jsonl");
    data.file("eval/score_loc.py");
    List<Sentence> sentences = read(gold);
    if (ablate) {
      return ablation(data, gold, sentences);
    }

    Extractor extractor = Extractor.load();
    Map<Long, List<int[]>> predicted = new LinkedHashMap<>();
    Benchmark.Timing time = Benchmark.perItem(sentences.size(), () -> {
      predicted.clear();
      for (Sentence s : sentences) {
        // What the index stores: the whole extraction (its speaker pass may take a name first).
        predicted.put(s.id(), spans(s.text(), extractor.extract(Article.of("s" + s.id(), "", s.text())).locations()));
      }
    });

    Path predictions = SharedData.predictionsFile("locations-dev.jsonl");
    write(predictions, predicted);
    List<String> args = new ArrayList<>(List.of(gold.toString(), predictions.toString()));
    if (errors > 0) {
      args.addAll(List.of("--errors", Integer.toString(errors)));
    }
    System.out.printf("locations, GermEval 2014 dev: %d sentences, predictions in %s%n", sentences.size(), predictions);
    int rc = data.score("score_loc.py", args);
    System.out.println("extraction time per sentence: " + time);
    return rc;
  }

  /** P/R/F1 on the news sentences and on all. */
  record Figures(double newsP, double newsR, double newsF1, double allP, double allR, double allF1) {}

  /**
   * Each place rule switched off in turn. GermEval 2014 has one split here (dev); its news
   * sentences are the figure that counts, all sentences (Wikipedia too) the second split.
   */
  private int ablation(SharedData data, Path gold, List<Sentence> sentences) throws SharedData.Problem {
    Extractor all = Extractor.load();
    Figures base = figures(data, gold, sentences, all);
    System.out.printf(java.util.Locale.ROOT, "place rules, each switched off in turn (Δ = without the rule − with all)%n%n");
    System.out.printf(java.util.Locale.ROOT, "%-22s %8s %8s %8s   %8s %8s %8s%n", "", "news ΔP", "ΔR", "ΔF1", "all ΔP", "ΔR", "ΔF1");
    System.out.printf(java.util.Locale.ROOT, "%-22s %8.4f %8.4f %8.4f   %8.4f %8.4f %8.4f%n", "all rules",
        base.newsP(), base.newsR(), base.newsF1(), base.allP(), base.allR(), base.allF1());
    for (LocationRule rule : LocationRule.values()) {
      Figures f = figures(data, gold, sentences, all.withLocationRulesOff(java.util.EnumSet.of(rule)));
      System.out.printf(java.util.Locale.ROOT, "- %-20s %+8.4f %+8.4f %+8.4f   %+8.4f %+8.4f %+8.4f%n",
          rule.name().toLowerCase(java.util.Locale.ROOT), f.newsP() - base.newsP(), f.newsR() - base.newsR(),
          f.newsF1() - base.newsF1(), f.allP() - base.allP(), f.allR() - base.allR(), f.allF1() - base.allF1());
    }
    return 0;
  }

  private static Figures figures(SharedData data, Path gold, List<Sentence> sentences, Extractor extractor)
      throws SharedData.Problem {
    Map<Long, List<int[]>> predicted = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      predicted.put(s.id(), spans(s.text(), extractor.extract(Article.of("s" + s.id(), "", s.text())).locations()));
    }
    Path predictions = SharedData.predictionsFile("locations-dev-ablation.jsonl");
    write(predictions, predicted);
    String out = data.scoreQuietly("score_loc.py", List.of(gold.toString(), predictions.toString(), "--json"));
    try {
      JsonNode j = new ObjectMapper().readTree(out);
      JsonNode n = j.path("news");
      JsonNode a = j.path("all");
      return new Figures(n.path("precision").asDouble(), n.path("recall").asDouble(), n.path("f1").asDouble(),
          a.path("precision").asDouble(), a.path("recall").asDouble(), a.path("f1").asDouble());
    } catch (IOException e) {
      throw new SharedData.Problem("score_loc.py printed no figures: " + out);
    }
  }

  /**
   * The mentions that cover whole tokens. GermEval tags whole tokens; a place inside a compound
   * ("Indopazifik-Raum") is what its scheme calls LOCpart, which the outer LOC gold leaves out.
   */
  private static List<int[]> spans(String text, List<Entity> places) {
    List<int[]> out = new ArrayList<>();
    for (Entity e : places) {
      for (Mention m : e.mentions()) {
        // Quality counts places named by name: a part of a compound ("US-Präsident") or a
        // derived word feeds the facet but is no GermEval LOC span.
        boolean startsToken = m.start() == 0 || text.charAt(m.start() - 1) == ' ';
        boolean endsToken = m.end() == text.length() || text.charAt(m.end()) == ' ';
        if (startsToken && endsToken && m.kind() == Mention.Kind.NAME) {
          out.add(new int[] {m.start(), m.end()});
        }
      }
    }
    return out;
  }

  private static List<Sentence> read(Path gold) throws SharedData.Problem {
    ObjectMapper json = new ObjectMapper();
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        if (!s.isBlank()) {
          JsonNode n = json.readTree(s);
          out.add(new Sentence(n.path("id").asLong(), n.path("text").asText("")));
        }
      }
    } catch (IOException e) {
      throw new SharedData.Problem("cannot read " + gold + ": " + e.getMessage());
    }
    return out;
  }

  private static void write(Path file, Map<Long, List<int[]>> predicted) throws SharedData.Problem {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<Long, List<int[]>> e : predicted.entrySet()) {
        w.write(json.writeValueAsString(Map.of("id", e.getKey(), "loc", e.getValue())));
        w.newLine();
      }
    } catch (IOException e) {
      throw new SharedData.Problem("cannot write " + file + ": " + e.getMessage());
    }
  }
}
