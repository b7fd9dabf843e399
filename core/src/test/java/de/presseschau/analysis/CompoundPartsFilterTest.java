package de.presseschau.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/** The trie-walking compound filter gives exactly what Lucene's dictionary filter gives. */
class CompoundPartsFilterTest {

  private static final List<String> DICTIONARY = List.of("verb", "verbindung", "buro", "bund", "burg",
      "meister", "meist", "land", "landes", "regierung", "gesetz", "ungsb", "rind", "fleisch");

  @Test
  void sameTokensAsLuceneOnTheSeedArticlesAndOnRandomCompounds() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Seeds.dir())) {
      for (Path p : seeds.sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Random random = new Random(7);
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      int parts = 1 + random.nextInt(4);
      for (int p = 0; p < parts; p++) {
        String part = DICTIONARY.get(random.nextInt(DICTIONARY.size()));
        words.append(random.nextInt(5) == 0 ? part.substring(0, Math.max(1, part.length() - 2)) : part);
        if (random.nextInt(6) == 0) {
          words.append('s');
        }
      }
      words.append(' ');
    }
    texts.add(words.toString());
    for (boolean longest : new boolean[] {true, false}) {
      for (int minSub : new int[] {3, 4, 5}) {
        CharArraySet dict = new CharArraySet(DICTIONARY, false);
        WordTrie trie = WordTrie.of(DICTIONARY);
        Analyzer lucene = analyzer(in -> new DictionaryCompoundWordTokenFilter(in, dict, 5, minSub, 20, longest));
        Analyzer ours = analyzer(in -> new CompoundPartsFilter(in, trie, 5, minSub, 20, longest));
        for (String text : texts) {
          assertEquals(tokens(lucene, text), tokens(ours, text), "minSub " + minSub + ", longest " + longest);
        }
      }
    }
  }

  @Test
  void theBundledDictionarySplitsTheSeedsAsLucenesFilterWould() throws IOException {
    Decompounder d = Decompounder.load();
    AnalysisOptions options = AnalysisOptions.defaults();
    Analyzer ours = analyzer(in -> d.filter(Folding.filter(in, true), options));
    Analyzer lucene = analyzer(in -> new DictionaryCompoundWordTokenFilter(Folding.filter(in, true),
        d.dictionary(options), Decompounder.MIN_WORD_SIZE, options.minSubwordSize(),
        Decompounder.MAX_SUBWORD_SIZE, options.onlyLongestMatch()));
    try (Stream<Path> seeds = Files.list(Seeds.dir())) {
      for (Path p : seeds.sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertEquals(tokens(lucene, text), tokens(ours, text), p.toString());
      }
    }
    assertEquals("verbindungsburo|verbindungs|buro", TokenStreams.render(ours, "Verbindungsbüro"));
  }

  private interface Filter {
    TokenStream wrap(TokenStream in);
  }

  private static Analyzer analyzer(Filter filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filter.wrap(new LowerCaseFilter(source)));
      }
    };
  }

  private static String tokens(Analyzer analyzer, String text) throws IOException {
    return TokenStreams.renderAll(analyzer.tokenStream("f", text), true);
  }
}
