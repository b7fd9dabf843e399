package de.presseschau.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.extract.SpeakerRule;
import de.presseschau.read.Article;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Speakers: runs the extractor over the Wikinews quotation articles and scores the predicted
 * people with {@code score_speakers.py} (article level, matched by folded family name).
 */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    description = "Scores the speakers the extractor finds in ../shared/corpora/wikinews-quotes/<split>.jsonl "
        + "against ../shared/eval/wikinews-speakers-<split>.json (P/R/F1, ms per article).")
public final class SpeakersEval implements Callable<Integer> {

  private static final Pattern DOCUMENT_NAME = Pattern.compile("^(\\d+) - (.*) \\((\\d{4}-\\d{2}-\\d{2})\\)$");

  @Option(names = "--split", defaultValue = "dev", description = "dev or train (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--ablate", description = "Switch each speaker rule off in turn and print ΔP/ΔR/ΔF1 on train and dev.")
  boolean ablate;

  @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "list the errors of N articles")
  int errors;

  @Option(names = {"--shared", "--data"}, paramLabel = "DIR",
      description = "the shared data folder (default: ../shared beside the repository root; without ./evaluate, "
          + "../shared relative to the current folder)")
  Path shared;

  @Override
  public Integer call() {
    try {
      return run();
    } catch (SharedData.Problem e) {
      System.err.println("evaluate speakers: " + e.getMessage());
      return 2;
    }
  }

  private int run() throws SharedData.Problem {
    if (!split.equals("dev") && !split.equals("train")) {
      throw new SharedData.Problem("--split must be dev or train, not " + split);
    }
    SharedData data = new SharedData(SharedData.root(shared));
    if (ablate) {
      return ablation(data);
    }
    Path corpus = data.file("corpora/wikinews-quotes/" + split + ".jsonl");
    Path gold = data.file("eval/wikinews-speakers-" + split + ".json");
    data.file("eval/score_speakers.py");
    Map<String, Article> articles = read(corpus);

    Extractor extractor = Extractor.load();
    Map<String, Extraction> results = new LinkedHashMap<>();
    Benchmark.Timing time = Benchmark.perItem(articles.size(), () -> {
      results.clear();
      articles.forEach((name, a) -> results.put(name, extractor.extract(a)));
    });

    Path predictions = SharedData.predictionsFile("speakers-" + split + ".jsonl");
    write(predictions, results);
    List<String> args = new ArrayList<>(List.of(gold.toString(), predictions.toString()));
    if (errors > 0) {
      args.addAll(List.of("--errors", Integer.toString(errors)));
    }
    System.out.printf("speakers, %s split: %d articles, predictions in %s%n", split, articles.size(), predictions);
    int rc = data.score("score_speakers.py", args);
    System.out.println("extraction time per article: " + time);
    return rc;
  }

  /** P/R/F1 of one configuration on one split. */
  record Figures(double p, double r, double f1) {}

  /**
   * Each rule switched off in turn, on both splits: what each contributes (a rule that helps on
   * only one split was likely written from that split's errors).
   */
  private int ablation(SharedData data) throws SharedData.Problem {
    Map<String, Map<String, Article>> splits = new LinkedHashMap<>();
    for (String s : List.of("train", "dev")) {
      splits.put(s, read(data.file("corpora/wikinews-quotes/" + s + ".jsonl")));
    }
    Extractor all = Extractor.load();
    Map<String, Figures> base = new LinkedHashMap<>();
    for (String s : splits.keySet()) {
      base.put(s, figures(data, s, splits.get(s), all));
    }
    System.out.printf(java.util.Locale.ROOT, "speaker rules, each switched off in turn (Δ = without the rule − with all)%n%n");
    System.out.printf(java.util.Locale.ROOT, "%-18s %8s %8s %8s   %8s %8s %8s%n", "", "train ΔP", "ΔR", "ΔF1", "dev ΔP", "ΔR", "ΔF1");
    System.out.printf(java.util.Locale.ROOT, "%-18s %8.4f %8.4f %8.4f   %8.4f %8.4f %8.4f%n", "all rules",
        base.get("train").p(), base.get("train").r(), base.get("train").f1(),
        base.get("dev").p(), base.get("dev").r(), base.get("dev").f1());
    for (SpeakerRule rule : SpeakerRule.values()) {
      Extractor without = all.withSpeakerRulesOff(java.util.EnumSet.of(rule));
      Figures t = figures(data, "train", splits.get("train"), without);
      Figures d = figures(data, "dev", splits.get("dev"), without);
      Figures bt = base.get("train");
      Figures bd = base.get("dev");
      System.out.printf(java.util.Locale.ROOT, "- %-16s %+8.4f %+8.4f %+8.4f   %+8.4f %+8.4f %+8.4f%n",
          rule.name().toLowerCase(java.util.Locale.ROOT), t.p() - bt.p(), t.r() - bt.r(), t.f1() - bt.f1(),
          d.p() - bd.p(), d.r() - bd.r(), d.f1() - bd.f1());
    }
    return 0;
  }

  private static Figures figures(SharedData data, String split, Map<String, Article> articles, Extractor extractor)
      throws SharedData.Problem {
    Map<String, Extraction> results = new LinkedHashMap<>();
    articles.forEach((name, a) -> results.put(name, extractor.extract(a)));
    Path predictions = SharedData.predictionsFile("speakers-" + split + "-ablation.jsonl");
    write(predictions, results);
    String out = data.scoreQuietly("score_speakers.py",
        List.of(data.file("eval/wikinews-speakers-" + split + ".json").toString(), predictions.toString(), "--json"));
    try {
      JsonNode j = new ObjectMapper().readTree(out);
      return new Figures(j.path("precision").asDouble(), j.path("recall").asDouble(), j.path("f1").asDouble());
    } catch (IOException e) {
      throw new SharedData.Problem("score_speakers.py printed no figures: " + out);
    }
  }

  static Map<String, Article> read(Path corpus) throws SharedData.Problem {
    ObjectMapper json = new ObjectMapper();
    Map<String, Article> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(s);
        String name = doc.path("documentName").asText("");
        Matcher m = DOCUMENT_NAME.matcher(name);
        if (!m.matches()) {
          throw new SharedData.Problem(corpus + ":" + line + ": unexpected documentName " + name);
        }
        // originalText is the body without the title; the title comes from documentName.
        out.put(name, new Article(m.group(1), m.group(2), doc.path("originalText").asText(""),
            LocalDate.parse(m.group(3)), null, null));
      }
    } catch (IOException e) {
      throw new SharedData.Problem("cannot read " + corpus + ": " + e.getMessage());
    }
    return out;
  }

  private static void write(Path file, Map<String, Extraction> results) throws SharedData.Problem {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Extraction> e : results.entrySet()) {
        w.write(json.writeValueAsString(Map.of("id", e.getKey(), "speakers", e.getValue().speakerNames())));
        w.newLine();
      }
    } catch (IOException e) {
      throw new SharedData.Problem("cannot write " + file + ": " + e.getMessage());
    }
  }
}
