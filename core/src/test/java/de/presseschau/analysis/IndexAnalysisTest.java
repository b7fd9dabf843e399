package de.presseschau.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.index.Fields;
import de.presseschau.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass index analysis gives every field exactly the tokens its query-time analyzer gives:
 * otherwise queries would miss what was indexed.
 */
class IndexAnalysisTest {

  private static final List<AnalysisOptions> OPTIONS = List.of(
      AnalysisOptions.defaults(),
      AnalysisOptions.defaults().withDecompound(false),
      AnalysisOptions.defaults().withStem(false),
      AnalysisOptions.defaults().withStopWords(false),
      AnalysisOptions.defaults().withFoldAccents(false),
      AnalysisOptions.defaults().withMinSubwordSize(3).withOnlyLongestMatch(false));

  @Test
  void eachFieldGetsTheTokensOfItsAnalyzer() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "",
        "und der die",
        "Verbindungsbüro Japan: Vakuumkondensatoren:Sie sagte, das sei es.",
        "Bürgermeisters Straße STRASSE Pjöngjang Gabčíkovo Ünal 4. April 2023 und",
        "Nato-Generalsekretär Jens Stoltenberg kam am Sonntag in Seoul an. Wer? Warum nicht"));
    try (Stream<Path> seeds = Files.list(Seeds.dir())) {
      for (Path p : seeds.sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Decompounder d = Decompounder.load();
    for (AnalysisOptions options : OPTIONS) {
      Analyzer perField = Analyzers.perField(options, d);
      try (IndexAnalysis one = new IndexAnalysis(options, d)) {
        for (String text : texts) {
          IndexAnalysis.Analysed a = one.analyse(text);
          String label = options + " / " + text.substring(0, Math.min(40, text.length()));
          assertEquals(render(perField.tokenStream(Fields.BODY, text)), render(a.german()), label);
          assertEquals(render(perField.tokenStream(Fields.WHOLE, text)), render(a.whole()), label);
          assertEquals(render(perField.tokenStream(Fields.SPELL, text)), render(a.spelling()), label);
        }
      }
    }
  }

  private static String render(TokenStream ts) throws IOException {
    return TokenStreams.renderAll(ts, false);
  }
}
